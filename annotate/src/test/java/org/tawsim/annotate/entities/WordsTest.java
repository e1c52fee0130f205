package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.TokenList;

class WordsTest {

  /** Words with and without proclitics, one with four readings (وللرئيس), digits, punctuation. */
  private static final String[] WORDS = {
    "وللرئيس", "وبموسكو", "الرئيس", "قال", "فلاديمير", "بوتين", "للطاقة", "وكالعادة", "2024", "،",
    "«", "موسكو", "وزارة", "والدبلوماسي", "لم", "ف"
  };

  /**
   * Seeded random texts, some where nearly every token has several readings (more than the flat
   * arrays first hold): every token's readings, cuts and lexicon entries are those {@link
   * Words#readings} and the lexicon give for its key alone.
   */
  @Test
  void eachTokenReadsAsItsKeyAloneWouldInAnyText() {
    Lexicon lexicon = Lexicon.defaults();
    Random random = new Random(11);
    for (int round = 0; round < 40; round++) {
      StringBuilder text = new StringBuilder();
      int tokens = 1 + random.nextInt(round < 20 ? 30 : 3000);
      boolean cliticHeavy = round % 2 == 1;
      for (int t = 0; t < tokens; t++) {
        text.append(cliticHeavy && random.nextInt(4) > 0 ? WORDS[random.nextInt(2)]
            : WORDS[random.nextInt(WORDS.length)]);
        text.append(random.nextInt(10) == 0 ? "\n" : " ");
      }
      String s = text.toString();
      TokenList list = new ArabicTokenizer().tokenize(s);
      Words w = new Words(s, list, lexicon);
      String[] out = new String[4];
      int[] cut = new int[4];
      for (int i = 0; i < w.size; i++) {
        String key = w.key[i];
        int n = w.letters[i] ? Words.readings(key, out, cut) : 1;
        assertEquals(n, w.readingCount(i), key);
        assertSame(key, w.reading(i, 0), key);
        for (int r = 0; r < n; r++) {
          assertEquals(r == 0 ? key : out[r], w.reading(i, r), key);
          assertEquals(r == 0 ? 0 : cut[r], w.cut(i, r), key);
          assertSame(w.letters[i] ? lexicon.info(w.reading(i, r)) : null, w.info(i, r), key);
        }
        assertEquals(w.reading(i, n - 1), w.lastReading(i));
        assertEquals(w.cut(i, w.bestReading[i]), w.bestCut(i));
      }
    }
  }
}

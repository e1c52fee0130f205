package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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

  /**
   * A long text, whose tokenizer gives a word seen again the form of its first occurrence, reads
   * token for token as the same tokens each with a form of its own: readings made once per form
   * are those of every token of the form.
   */
  @Test
  void tokensOfOneFormReadAsTokensOfTheirOwn() {
    Random random = new Random(29);
    StringBuilder text = new StringBuilder();
    while (text.length() < 100_000) {
      text.append(WORDS[random.nextInt(WORDS.length)]);
      if (random.nextInt(5) == 0) {
        text.append(random.nextInt(1000)); // forms met once
      }
      text.append(random.nextInt(10) == 0 ? "\n" : " ");
    }
    String s = text.toString();
    TokenList shared = new ArabicTokenizer().tokenize(s);
    TokenList own = TokenList.copyOf(new ArrayList<>(shared));
    assertTrue(shared.formCount() < shared.size() / 4, shared.formCount() + " forms");
    assertEquals(own.size(), own.formCount());
    Lexicon lexicon = Lexicon.defaults();
    Words a = new Words(s, shared, lexicon);
    Words b = new Words(s, own, lexicon);
    for (int i = 0; i < a.size; i++) {
      String at = "token " + i + " " + a.key[i];
      assertEquals(b.key[i], a.key[i], at);
      assertEquals(b.flags[i], a.flags[i], at);
      assertEquals(b.ownFlags[i], a.ownFlags[i], at);
      assertEquals(b.bestReading[i], a.bestReading[i], at);
      assertEquals(b.letters[i], a.letters[i], at);
      assertEquals(b.number[i], a.number[i], at);
      assertEquals(b.definite(i), a.definite(i), at);
      assertEquals(b.readingCount(i), a.readingCount(i), at);
      for (int r = 0; r < a.readingCount(i); r++) {
        assertEquals(b.reading(i, r), a.reading(i, r), at);
        assertEquals(b.cut(i, r), a.cut(i, r), at);
        assertSame(b.info(i, r), a.info(i, r), at);
      }
    }
  }
}

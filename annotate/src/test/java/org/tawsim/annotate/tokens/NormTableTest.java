package org.tawsim.annotate.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tawsim.core.Token;
import org.tawsim.core.text.ArabicNormalizer;

class NormTableTest {

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

  @Test
  void sameCharactersShareOneStringAndTheMakerRunsOncePerDistinctText() {
    String text = "قالَ الرئيسُ قالَ قال الرئيسُ";
    List<String> made = new ArrayList<>();
    NormTable table = new NormTable(text, (b, e) -> {
      made.add(text.substring(b, e));
      return NORMALIZER.normalizeToString(text, b, e);
    });
    String first = table.norm(0, 4); // قالَ
    String second = table.norm(13, 17); // قالَ again
    String bare = table.norm(18, 21); // قال, another text with the same norm: its own entry
    assertSame(first, second);
    assertEquals("قال", first);
    assertEquals("قال", bare);
    assertNotSame(first, bare);
    assertSame(table.norm(5, 12), table.norm(22, 29));
    assertEquals(List.of("قالَ", "قال", "الرئيسُ"), made.stream().distinct().toList());
    assertEquals(3, made.size());
  }

  /** Many distinct words (the table grows) and repeats: each norm as computed directly. */
  @Test
  void growsAndStillGivesEachTextItsOwnNorm() {
    Random random = new Random(7);
    StringBuilder sb = new StringBuilder();
    String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى" + "\u064E\u064F\u0650\u0651\u0640";
    List<String> words = new ArrayList<>();
    for (int w = 0; w < 20_000; w++) {
      StringBuilder word = new StringBuilder();
      int n = 1 + random.nextInt(8);
      for (int i = 0; i < n; i++) {
        word.append(letters.charAt(random.nextInt(letters.length())));
      }
      words.add(word.toString());
    }
    for (int i = 0; i < 30_000; i++) {
      sb.append(words.get(random.nextInt(words.size()))).append(' ');
    }
    String text = sb.toString();
    List<Token> tokens = new ArabicTokenizer().tokenize(text);
    for (Token t : tokens) {
      String direct = NORMALIZER.normalizeToString(text, t.span().begin(), t.span().end());
      assertEquals(direct.isEmpty() ? t.span().coveredText(text) : direct, t.norm(), t.toString());
    }
    // one string per distinct token text, and more distinct texts than the table first holds
    Set<String> texts = new HashSet<>();
    Set<String> norms = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Token t : tokens) {
      texts.add(t.span().coveredText(text));
      norms.add(t.norm());
    }
    assertTrue(texts.size() > 10_000, "distinct texts: " + texts.size());
    assertEquals(texts.size(), norms.size());
  }

  /**
   * Once it holds half {@link NormTable#MAX_CAPACITY} words the table stops storing: those share
   * their string, a word first seen after that gets a new one each time, every norm stays right.
   */
  @Test
  void aFullTableStillGivesEveryNormAndSharesTheWordsItHolds() {
    int held = NormTable.MAX_CAPACITY / 2;
    StringBuilder sb = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    for (int w = 0; w < held + 100; w++) {
      int begin = sb.length();
      sb.append("\u0643").append(Integer.toString(w, 36)); // ك and a distinct suffix
      spans.add(new int[] {begin, sb.length()});
      sb.append(' ');
    }
    String text = sb.toString();
    int[] made = new int[1];
    NormTable table = new NormTable(text, (b, e) -> {
      made[0]++;
      return text.substring(b, e);
    });
    List<String> first = new ArrayList<>();
    for (int[] s : spans) {
      first.add(table.norm(s[0], s[1]));
    }
    for (int w = 0; w < spans.size(); w++) {
      int[] s = spans.get(w);
      String again = table.norm(s[0], s[1]);
      assertEquals(text.substring(s[0], s[1]), again);
      if (w < held) {
        assertSame(first.get(w), again, "word " + w);
      } else {
        assertNotSame(first.get(w), again, "word " + w);
      }
    }
    assertEquals(spans.size() + spans.size() - held, made[0]);
  }
}

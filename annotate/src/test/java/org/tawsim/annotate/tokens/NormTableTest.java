/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tawsim.core.Token;
import org.tawsim.core.TokenList;
import org.tawsim.core.text.ArabicNormalizer;

class NormTableTest {

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

  @Test
  void sameCharactersShareOneFormAndTheMakerRunsOncePerDistinctText() {
    String text = "قالَ الرئيسُ قالَ قال الرئيسُ";
    List<String> made = new ArrayList<>();
    TokenList.Builder tokens = TokenList.builder(0);
    NormTable table = new NormTable(text, (b, e) -> {
      made.add(text.substring(b, e));
      return NORMALIZER.normalizeToString(text, b, e);
    }, tokens);
    int[][] spans = {{0, 4}, {5, 12}, {13, 17}, {18, 21}, {22, 29}};
    for (int[] span : spans) {
      tokens.add(span[0], span[1], table.form(span[0], span[1]));
    }
    TokenList list = tokens.build();
    assertEquals(list.form(0), list.form(2)); // قالَ again
    assertSame(list.norm(0), list.norm(2));
    assertEquals("قال", list.norm(0));
    assertEquals("قال", list.norm(3)); // قال, another text with the same norm: a form of its own
    assertNotEquals(list.form(0), list.form(3));
    assertEquals(list.form(1), list.form(4)); // الرئيسُ
    assertEquals(3, list.formCount());
    assertEquals(List.of("قالَ", "الرئيسُ", "قال"), made);
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
    // one form and one string per distinct token text, and more distinct texts than the table
    // first holds
    TokenList list = (TokenList) tokens;
    Map<String, Integer> formOfText = new HashMap<>();
    Set<String> norms = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < list.size(); i++) {
      int form = list.form(i);
      assertEquals(form, formOfText.computeIfAbsent(list.get(i).span().coveredText(text), t -> form));
      norms.add(list.norm(i));
    }
    assertTrue(formOfText.size() > 10_000, "distinct texts: " + formOfText.size());
    assertEquals(formOfText.size(), list.formCount());
    assertEquals(formOfText.size(), norms.size());
  }

  /**
   * Once it holds half {@link NormTable#MAX_CAPACITY} words the table stops storing: those keep
   * their form, a word first seen after that gets a new one each time, every norm stays right.
   */
  @Test
  void aFullTableStillGivesEveryNormAndSharesTheFormsItHolds() {
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
    TokenList.Builder tokens = TokenList.builder(0);
    NormTable table = new NormTable(text, (b, e) -> {
      made[0]++;
      return text.substring(b, e);
    }, tokens);
    int[] first = new int[spans.size()];
    for (int w = 0; w < spans.size(); w++) {
      first[w] = table.form(spans.get(w)[0], spans.get(w)[1]);
    }
    for (int w = 0; w < spans.size(); w++) {
      int[] s = spans.get(w);
      int again = table.form(s[0], s[1]);
      tokens.add(s[0], s[1], again);
      if (w < held) {
        assertEquals(first[w], again, "word " + w);
      } else {
        assertNotEquals(first[w], again, "word " + w);
      }
    }
    TokenList list = tokens.build();
    for (int w = 0; w < spans.size(); w++) {
      assertEquals(text.substring(spans.get(w)[0], spans.get(w)[1]), list.norm(w));
    }
    assertEquals(spans.size() + spans.size() - held, made[0]);
    assertEquals(made[0], list.formCount());
  }
}

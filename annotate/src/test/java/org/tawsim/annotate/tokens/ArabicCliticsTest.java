/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Span;

class ArabicCliticsTest {

  private static final ArabicClitics CLITICS = new ArabicClitics();

  /** Word, then every candidate as "clitic+clitic+stem" (the text of each part), ";"-joined. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "والصين | والصين; و+الصين; و+ال+صين",
        "للصين | للصين; ل+لصين; ل+ل+صين",
        "وللولايات | وللولايات; و+للولايات; و+ل+لولايات; و+ل+ل+ولايات",
        "بالرياض | بالرياض; ب+الرياض; ب+ال+رياض",
        "فبالتالي | فبالتالي; ف+بالتالي; ف+ب+التالي; ف+ب+ال+تالي",
        "كالعادة | كالعادة; ك+العادة; ك+ال+عادة",
        "سيكون | سيكون; س+يكون",
        "وسنعمل | وسنعمل; و+سنعمل; و+س+نعمل",
        "سلمان | سلمان",
        "الصين | الصين; ال+صين",
        "ولد | ولد; و+لد",
        "وَالصِّينُ | وَالصِّينُ; وَ+الصِّينُ; وَ+ال+صِّينُ",
        "بـالرياض | بـالرياض; بـ+الرياض; بـ+ال+رياض",
        "و2006 | و2006; و+2006",
        "وا | وا",
        "Paris | Paris",
        "2017 | 2017",
      })
  void offersEveryCandidate(String word, String expected) {
    String actual =
        CLITICS.analyze(word).stream()
            .map(a -> render(word, a))
            .collect(Collectors.joining("; "));
    assertEquals(expected, actual);
  }

  @Test
  void givesKindsAndOffsetsInTheText() {
    String text = "قال وللصين";
    List<CliticAnalysis> all = CLITICS.analyze(text, new Span(4, 10));
    CliticAnalysis deepest = all.get(all.size() - 1);
    assertEquals(
        List.of(
            new Clitic(Proclitic.WA, new Span(4, 5)),
            new Clitic(Proclitic.LI, new Span(5, 6)),
            new Clitic(Proclitic.AL, new Span(6, 7))),
        deepest.proclitics());
    assertEquals(new Span(7, 10), deepest.stem());
    assertEquals("صين", deepest.normalizedStem());
    assertEquals("وللصين", all.get(0).normalizedStem());
  }

  @Test
  void normalisesTheStem() {
    CliticAnalysis a = CLITICS.analyze("والمدرسةُ").get(2);
    assertEquals("مدرسه", a.normalizedStem());
    assertTrue(CLITICS.analyze("").size() == 1);
  }

  private static String render(String word, CliticAnalysis a) {
    StringBuilder sb = new StringBuilder();
    for (Clitic c : a.proclitics()) {
      sb.append(c.span().coveredText(word)).append('+');
    }
    return sb.append(a.stem().coveredText(word)).toString();
  }
}

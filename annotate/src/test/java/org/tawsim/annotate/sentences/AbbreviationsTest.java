/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbbreviationsTest {

  private static final Abbreviations SHIPPED = Abbreviations.of(Abbreviations.shippedList());

  /** The word is checked as if a full stop followed it. */
  private static boolean isAbbreviation(Abbreviations a, String word) {
    String text = word + ".";
    return a.isAbbreviation(text, 0, word.length());
  }

  @ParameterizedTest
  @CsvSource({
    "د, true", "أ.د, true", "ق.م, true", "ص.ب, true", "هـ, true", "ز, true", "A, false", "Dr, true",
    "Prof, true", "الوزير, false", "2025, false", "دي آر, false", "ق.مم, false", "'', false",
  })
  void recognisesListedWordsAndInitials(String word, boolean expected) {
    assertEquals(expected, isAbbreviation(SHIPPED, word), word);
  }

  @Test
  void listsTheAbbreviationsTheIssueNames() {
    assertTrue(Abbreviations.shippedList().containsAll(Set.of("د.", "أ.د.", "م.", "هـ.", "ق.م.", "ص.ب.")));
  }

  @Test
  void aUserListAddsWords() {
    Abbreviations a = Abbreviations.of(Set.of("إلخ."));
    assertTrue(isAbbreviation(a, "إلخ"));
    assertEquals(Set.of("إلخ."), a.words());
  }
}

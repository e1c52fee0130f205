/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The article test of {@link ArabicWords}: a stem that starts with alef and lam is no article. */
class ArabicWordsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "الوزير, true",
    "ٱلله, true",
    "الـ, true",
    "آلية, false",
    "ألمانيا, false",
    "إلى, false",
    "ألف, false",
    "وزير, false",
    "ال, true",
    "ا, false",
  })
  void readsTheArticle(String word, boolean article) {
    assertEquals(article, ArabicWords.hasArticle(word, 0, word.length()));
  }
}

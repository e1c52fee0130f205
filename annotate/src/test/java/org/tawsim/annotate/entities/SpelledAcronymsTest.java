/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SpelledAcronyms}: Latin acronyms spelled in Arabic letter names; each row all the entities. */
class SpelledAcronymsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // letters apart, joined by dots, or with dots between them
        "ونقلت بي. بي. سي عن مصدر | بي. بي. سي/ORG",
        "وقال في مقابلة مع شبكة سي.أن.أن إن المنطقة | سي.أن.أن/ORG",
        "عمل في الكي. جي. بي. سنوات | الكي. جي. بي/ORG",
        "وكالة الأمن القومي ( أن أس أيه ) تتنصت | أن أس أيه/ORG",
        // letter names that are also words need two plain letters beside them
        "ما من شك في أن الأمر صعب | ''",
        "وقال في بي بي سي إن الوضع صعب | بي بي سي/ORG",
        // a number after the letters: a product's model
        "وهو موديل كي جي 320 الجديد | ''",
      })
  void tagsSpelledAcronyms(String text, String expected) {
    assertEquals(expected, Tagging.entities(text), text);
  }
}

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
        // letters with dots between them, or joined by dots in one word
        "ونقلت بي. بي. سي عن مصدر | بي. بي. سي/ORG",
        "وقال في مقابلة مع شبكة سي.أن.أن إن المنطقة | سي.أن.أن/ORG",
        "عمل في الكي. جي. بي. سنوات | الكي. جي. بي/ORG",
        // a word after the letters, apart from them, is that word
        "وقال لشبكة سي. إن. إن إن الوضع صعب | سي. إن. إن/ORG",
        // letters apart are as often a product or initials
        "وربطه بمنفذ يو إس بي الجديد | ''",
        // letter names that are also words are no acronym; nor are letters before a number
        "ما من شك في أن الأمر صعب | ''",
        "وهو موديل كي. جي. 320 الجديد | ''",
      })
  void tagsSpelledAcronyms(String text, String expected) {
    assertEquals(expected, Tagging.entities(text), text);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link TitledGivenNames}: a title, a given name that is also a word, a second name word. */
class TitledGivenNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // an unknown family name after the given name: نادر (rare), سحر (magic), بدر (full moon)
        "وقال الدكتور نادر السقاف في تصريح | نادر السقاف/PER",
        "كما ألقت الدكتورة سحر العطار كلمة | سحر العطار/PER",
        "وقال الرائد بدر السحيباني الناطق الإعلامي | بدر السحيباني/PER",
        // a word whose letters are a common word's is no family name: the noun stays a noun
        "وقال الدكتور نجاح الخطة مرهون بالتمويل | ''",
        // a closed-class word after it is none either
        "وأكد المدرب فارس في المباراة | ''",
      })
  void tagsAnAmbiguousGivenNameWithASecondWordAfterATitle(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}

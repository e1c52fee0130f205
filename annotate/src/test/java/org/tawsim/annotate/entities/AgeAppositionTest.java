/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link AgeApposition}: each row a sentence and all its entities. */
class AgeAppositionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // an unknown name before its age in parentheses
        "ولم يحتج أغاسي ( 36 عاما ) وقتا طويلا | أغاسي/PER",
        // with a comma, and the definite half of a name with عبد
        "وقال إنه تحول الى عبد الوحيد ، 21 عاما ، بعد سنوات | عبد الوحيد/PER",
        // a known given name before the last word
        "ويقول يحيى بيرت ، 38 عاما ، إنه مسرور | يحيى بيرت/PER",
        // no name before the number: a count of years, a common noun
        "منذ 10 ( 000 سنة ) عاش الإنسان | ''",
        "وكانت الشركة ، 20 عاما ، رائدة | ''",
        // no age: a number too large
        "وصل العدد كانافارو ( 500 عاما ) | ''",
      })
  void tagsTheNameBeforeAnAgeInApposition(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link RelativeClauseNames}: a name word right before الذي; each row all the entities. */
class RelativeClauseNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a name word of open data after a function word, right before الذي
        "للتعاقد مع تيفيز الذي يريده النادي | تيفيز/PER",
        // a comma between the name and الذي
        "وكشفت الصحف أن مونتاري ، الذي انتهى عقده | مونتاري/PER",
        // a word that no list knows, whose letters are a name's
        "وكشفت الصحف أن زيرفاكيس الذي انتهى عقده | زيرفاكيس/PER",
        // the same without الذي: one name word and no cue, nothing
        "للتعاقد مع تيفيز قريبا | ''",
        // after a noun the name is a thing's: a tower, a film
        "واغلق برج سيرز الذي يعد أعلى مبنى | ''",
        // an unknown word after a preposition is no name by itself
        "وذكرت هذه الكارثة بتسونامي الذي أوقع آلاف الضحايا | ''",
        // a definite word before الذي is a common noun
        "وقال المسؤول الذي طلب عدم نشر اسمه | ''",
      })
  void tagsANameWordBeforeARelativeClause(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link QuotedAsSaying}: the person a report quotes; each row all the entities of a sentence. */
class QuotedAsSayingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // one word, two words, a given name that is also a word (رمضان, Ramadan)
        "ونقلت الوكالة عن موراليس قوله إن الحكومة مستعدة | موراليس/PER",
        "ونقلت الوكالة عن صلاد حسن قوله إن الشعب يرفض | صلاد حسن/PER",
        "ونقلت الوكالة عن رمضان قوله إن الوفد وصل | رمضان/PER",
        // a nationality without the article alone before a singular قوله is a family name
        // (Kenyon, not Kenyans); with the article it is the adjective
        "ونقلت الإذاعة عن كينيون قوله إن البحث بدأ | كينيون/PER",
        "ونقلت الإذاعة عن الكيني قوله إن البحث بدأ | الكيني/NORP",
        // a source, a role or a body is a common noun
        "ونقلت الوكالة عن مصدر مسؤول قوله إن الاجتماع انتهى | ''",
        "ونقلت الصحيفة عن المتحدث قوله إن الوزير وصل | ''",
        "ونقلت الوكالة عن الشركة قولها إن الأرباح ارتفعت | ''",
        // قوله without عن or إلى before it
        "وعلى حد قوله فإن الأمر انتهى | ''",
      })
  void tagsThePersonAReportQuotes(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}

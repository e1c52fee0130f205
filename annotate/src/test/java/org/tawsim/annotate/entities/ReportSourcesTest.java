/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ReportSources}: the agency of a dateline, a photo credit or a credit in parentheses; each
 * row all the entities.
 */
class ReportSourcesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a word no list knows between the place's dash and a dash or a colon
        "طوكيو - رويترز - قالت وسائل الاعلام | طوكيو/LOC; رويترز/ORG",
        "مدريد ـ رويترز ـ قال نادي ريال مدريد | مدريد/LOC; رويترز/ORG; ريال مدريد/ORG",
        // a definite word before a colon: a newspaper
        "الدوحة - الراية : يشارك الاعلامي | الدوحة/LOC; الراية/ORG",
        // a plural of agencies and a second place are no source
        "عواصم - وكالات : اختتمت الفصائل اجتماعها | ''",
        "مقديشو - نيروبي - قالت الحكومة | مقديشو/LOC; نيروبي/LOC",
        // the agency of an archive picture, not a nationality adjective
        "المشردون بعد الفيضان ( رويترز - أرشيف ) | رويترز/ORG",
        "المشردون بعد الفيضان ( الفرنسية - أرشيف ) | الفرنسية/NORP",
        // a credit in parentheses before the report, after a place or a headline
        "كراتشي ( رويترز ) - قال الحزب | كراتشي/LOC; رويترز/ORG",
        "عشرات آلاف المشردين ( رويترز ) وقال مسؤول | رويترز/ORG",
        // a gloss in parentheses goes on with a preposition, an adjective or punctuation; a
        // common noun's letters name no agency
        "يقود المقاومة ب ( تفرسيت ) ب الجبال | ''",
        "قوات الأمم المتحدة في السودان ( انميس ) العاملة حاليا | الأمم المتحدة/ORG; السودان/LOC",
        "لمعرفة معاني العنوان انظر أسد ( توضيح ) أسد مملكة | ''",
      })
  void tagsTheSourceOfADatelineOrACredit(String text, String expected) {
    assertEquals(expected, Tagging.entities(text), text);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cue a quotation takes among the cues of its sentence ({@link SentenceCues}): a strong cue
 * (a participle, a cue whose complement came first, a speech verb close before a long quotation or
 * one after a colon), else a weak one (a verb far back before a short quotation, a noun cue), else
 * an "according to" word; the sentence's cues end at its end and at a return to the narration.
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class SentenceCuesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      قال الوزير "نحن مستعدون للحوار". # speech|"نحن مستعدون للحوار"|الوزير|قال
      قال الوزير: "نعم". # speech|"نعم"|الوزير|قال
      قال الوزير في مؤتمر صحفي عقده في العاصمة يوم الأحد بعد لقائه مع نظيره الفرنسي "نعم". # speech|"نعم"|الوزير|قال
      قال الوزير في مؤتمر صحفي عقده في العاصمة يوم الأحد بعد لقائه مع نظيره الفرنسي "نعم"، بحسب الوكالة. # speech|"نعم"|الوكالة|بحسب
      وقال الوزير إن الحوار مستمر، مضيفا "لن نتراجع عن موقفنا أبدا". # indirect|الحوار مستمر|الوزير|وقال ; speech|"لن نتراجع عن موقفنا أبدا"|الوزير|مضيفا
      وأكد الوزير أن الحل "ممكن". # indirect|الحل "ممكن"|الوزير|وأكد ; speech|"ممكن"|الوزير|وأكد
      وأكد الوزير أن تصريحات المعارضة "لا أساس لها". # indirect|تصريحات المعارضة "لا أساس لها"|الوزير|وأكد ; speech|"لا أساس لها"|الوزير|وأكد
      وفي تصريحات الوزير للصحفيين "الحوار مستمر بيننا". # speech|"الحوار مستمر بيننا"|الوزير|تصريحات
      وبحسب الوزارة فإن "الوضع مستقر تماما الآن". # speech|"الوضع مستقر تماما الآن"|الوزارة|وبحسب
      قال الوزير إن الحوار مستمر. "الوضع مستقر تماما الآن". # indirect|الحوار مستمر|الوزير|قال ; other|"الوضع مستقر تماما الآن"|-|-
      قال الوزير "نحن مستعدون للحوار"، في إشارة إلى "الاتفاق النووي". # speech|"نحن مستعدون للحوار"|الوزير|قال ; other|"الاتفاق النووي"|-|-
      """)
  void takesTheCueOfTheQuotationsSentence(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip()));
  }
}

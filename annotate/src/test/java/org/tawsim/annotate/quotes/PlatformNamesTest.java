/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A platform quoted by its place ({@link PlatformNames}): after a preposition that follows a noun
 * of an account or a post, or a verb of posting, or after التواصل الاجتماعي, a short quotation
 * names the platform; words quoted after a colon, or after a preposition with no such noun, are
 * still someone's. The platforms in these rows are in no list.
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class PlatformNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      وقال النادي في تغريدة على «كيك»: «نحن جاهزون للموسم الجديد». # other|«كيك»|-|- ; speech|«نحن جاهزون للموسم الجديد»|النادي|وقال
      وأعلن اللاعب عبر حسابه الشخصي في «سناب شات» رحيله عن الفريق. # other|«سناب شات»|-|-
      وقالت الشركة عبر حسابها بـ "ماستودون": "لا صحة لهذه الأنباء". # other|"ماستودون"|-|- ; speech|"لا صحة لهذه الأنباء"|الشركة|وقالت
      ونشرت الوزارة مقطعا على موقع التواصل الاجتماعي «تيك توك» أمس. # other|«تيك توك»|-|-
      وغرد الكاتب على «بلوسكاي» بعد المباراة. # other|«بلوسكاي»|-|-
      وانتشر مقطع الفيديو بين مستخدمي «ثريدز» في ساعات. # other|«ثريدز»|-|-
      وقال الوزير إن الحكومة حصلت على «ضمانات» من الشركاء. # indirect|الحكومة حصلت على «ضمانات» من الشركاء|الوزير|وقال ; speech|«ضمانات»|الوزير|وقال
      وكتب الوزير على حسابه: «نحن مستعدون للحوار». # speech|«نحن مستعدون للحوار»|الوزير|وكتب
      وأعلن النادي على «ماستودون» أن المباراة تأجلت. # other|«ماستودون»|-|- ; indirect|المباراة تأجلت|النادي|وأعلن
      وقال الرئيس بعد لقائه الوزراء في العاصمة على «ماستودون»: «نحن متفقون». # other|«ماستودون»|-|- ; speech|«نحن متفقون»|الرئيس|وقال
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip()));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attribution after a quotation ({@link TrailingCues}).
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class TrailingCuesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      "الاقتصاد ينمو بسرعة"، وفق ما كشفت الوزارة أمس. # speech|"الاقتصاد ينمو بسرعة"|الوزارة|كشفت
      "سنواصل العمل حتى النهاية"، قال الرئيس. # speech|"سنواصل العمل حتى النهاية"|الرئيس|قال
      ارتفع الإنفاق على "التسليح"، وفقا لهذا البيان. # speech|"التسليح"|هذا البيان|وفقا
      أصبح المكان «أجمل مما كان» على حد تعبيره. # speech|«أجمل مما كان»|-|على حد تعبيره
      «الأسعار سترتفع في الربع المقبل»، بحسب مصادر مطلعة. # speech|«الأسعار سترتفع في الربع المقبل»|مصادر مطلعة|بحسب
      «الوضع في البلاد مستقر تماما» بحسب «سانا». # speech|«الوضع في البلاد مستقر تماما»|سانا|بحسب ; other|«سانا»|-|-
      «الوضع في البلاد مستقر تماما»، نقلا عن "رويترز". # speech|«الوضع في البلاد مستقر تماما»|رويترز|نقلا ; other|"رويترز"|-|-
      «لن نسمح بذلك أبدا»، نقلا عن مسؤول في الوزارة. # speech|«لن نسمح بذلك أبدا»|مسؤول|نقلا
      «نحن ندرس كل الخيارات المتاحة»، قالت المتحدثة باسم الحكومة، «ولن نتسرع». # speech|«نحن ندرس كل الخيارات المتاحة»|المتحدثة باسم الحكومة|قالت ; speech|«ولن نتسرع»|المتحدثة باسم الحكومة|قالت
      يشير إلى أن القضية «لم تكن معقدة»، كما قالت الخبيرة باز زاراتي. # indirect|القضية «لم تكن معقدة»|-|يشير ; speech|«لم تكن معقدة»|الخبيرة باز زاراتي|كما قالت
      «أعيد إغلاق المطار مجددا بصورة مؤقتة»، كما قال متحدث باسم الوزارة، جي.آي. باراتا، أمس. # speech|«أعيد إغلاق المطار مجددا بصورة مؤقتة»|جي.آي. باراتا|كما قال
      «الكثير من المسلمين» يريدون مشاهدة الوثيقة، قال محمد علي الذي يعمل في الجامع. # speech|«الكثير من المسلمين»|محمد علي|قال
      وقال الوزير «نحن مستعدون للحوار». وعلى حد قوله «لا بديل عنه». # speech|«نحن مستعدون للحوار»|الوزير|وقال ; speech|«لا بديل عنه»|^الوزير|وعلى حد قوله
      «الوضع تحت السيطرة تماما الآن»، هكذا قال المتحدث باسم الشرطة. # speech|«الوضع تحت السيطرة تماما الآن»|المتحدث باسم الشرطة|هكذا قال
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip().replace("\\n", "\n")));
  }
}

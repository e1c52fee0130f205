/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names and terms by their place in the document ({@link QuotedNames}).
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class QuotedNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      افتتح الوزير مقر جمعية "بشائر" الجديد. وكشفت "بشائر" عن برنامجها للعام المقبل. # other|"بشائر"|-|- ; other|"بشائر"|-|-
      افتتح الوزير مقر جمعية "بشائر" الجديد. وقال الوزير إن الاتفاق "تاريخي" بكل المقاييس. # other|"بشائر"|-|- ; indirect|الاتفاق "تاريخي" بكل المقاييس|الوزير|وقال ; speech|"تاريخي"|الوزير|وقال
      قال الخبير إن الاتحاد يريد "الشراكة" مع جيرانه. وأضاف أن البلدين يريدان "الشراكة" أيضا. # indirect|الاتحاد يريد "الشراكة" مع جيرانه|الخبير|قال ; speech|"الشراكة"|الخبير|قال ; indirect|البلدين يريدان "الشراكة" أيضا|^الخبير|وأضاف ; speech|"الشراكة"|^الخبير|وأضاف
      وقال الوزير إن الهجمات من فعل "داعش" وحده. وأضاف أن ما يحدث في المدن لا يشبه ما يفعله "داعش" في القرى. # indirect|الهجمات من فعل "داعش" وحده|الوزير|وقال ; other|"داعش"|-|- ; indirect|ما يحدث في المدن لا يشبه ما يفعله "داعش" في القرى|^الوزير|وأضاف ; other|"داعش"|-|-
      قالت له أمه "انتبه على نفسك" ثم خرجت. وقال الجار "انتبه على نفسك" أيضا. # speech|"انتبه على نفسك"|أمه|قالت ; speech|"انتبه على نفسك"|الجار|وقال
      وأوضح مدير الفرع "سامي الأحمد"، أن المعرض يستمر عشرة أيام. # other|"سامي الأحمد"|-|- ; indirect|المعرض يستمر عشرة أيام|مدير الفرع|وأوضح
      وأوضح مدير الفرع أن المعرض «ناجح جدا»، وأن الزوار كثر. # indirect|المعرض «ناجح جدا»، وأن الزوار كثر|مدير الفرع|وأوضح ; speech|«ناجح جدا»|مدير الفرع|وأوضح
      يقول الفنان إنه رسم «22» لوحة هذا العام. # indirect|رسم «22» لوحة هذا العام|الفنان|يقول ; other|«22»|-|-
      وقال المخرج إن الجمهور أحب «بيت العائلة» و«الطريق الطويل» و«ليلة صيف» كثيرا. # indirect|الجمهور أحب «بيت العائلة» و«الطريق الطويل» و«ليلة صيف» كثيرا|المخرج|وقال ; other|«بيت العائلة»|-|- ; other|«الطريق الطويل»|-|- ; other|«ليلة صيف»|-|-
      وقال الوزير إن الخطة «طموحة» و«لن نتراجع عنها» و«واقعية». # indirect|الخطة «طموحة» و«لن نتراجع عنها» و«واقعية»|الوزير|وقال ; speech|«طموحة»|الوزير|وقال ; speech|«لن نتراجع عنها»|الوزير|وقال ; speech|«واقعية»|الوزير|وقال
      وذكر التقرير أن الأصناف هي: "القهوة"، "الهيل"، "الزعفران". # indirect|الأصناف هي: "القهوة"، "الهيل"، "الزعفران"|التقرير|وذكر ; other|"القهوة"|-|- ; other|"الهيل"|-|- ; other|"الزعفران"|-|-
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip().replace("\\n", "\n")));
  }
}

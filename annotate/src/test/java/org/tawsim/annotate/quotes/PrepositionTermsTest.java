/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A definite noun phrase in marks right after a separate preposition is a name or term ({@link
 * PrepositionTerms}), even inside reported speech; a partial quotation (a predicate, an epithet
 * after a glued بـ, an indefinite phrase, a phrase after a noun) stays speech, and so does the
 * phrase when an attribution follows it at once (على «التسليح»، بحسب الوزير).
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class PrepositionTermsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      وأشارت المحكمة إلى أن المتهمين أرسلوا أموالا إلى «المجموعات المسلحة» في البلاد. # indirect|المتهمين أرسلوا أموالا إلى «المجموعات المسلحة» في البلاد|المحكمة|وأشارت ; other|«المجموعات المسلحة»|-|-
      وقال المدرب في حديثه إلى «الوطن» إن الفريق جاهز. # other|«الوطن»|-|- ; indirect|الفريق جاهز|المدرب|وقال
      وأكد المدرب أنه لم يفقد الأمل بضمه إلى "الشياطين الحمر" هذا الصيف. # indirect|لم يفقد الأمل بضمه إلى "الشياطين الحمر" هذا الصيف|المدرب|وأكد ; other|"الشياطين الحمر"|-|-
      وأكد الوزير أن المشروع تعرض لانتقادات حول «الجودة والسلامة» منذ البداية. # indirect|المشروع تعرض لانتقادات حول «الجودة والسلامة» منذ البداية|الوزير|وأكد ; other|«الجودة والسلامة»|-|-
      وأكد الوزير أن المشروع يواجه مشكلات «كبيرة وعاجلة» هذا العام. # indirect|المشروع يواجه مشكلات «كبيرة وعاجلة» هذا العام|الوزير|وأكد ; speech|«كبيرة وعاجلة»|الوزير|وأكد
      وقال الوزير إن الحكومة تتجه إلى «مرحلة جديدة» في علاقاتها. # indirect|الحكومة تتجه إلى «مرحلة جديدة» في علاقاتها|الوزير|وقال ; speech|«مرحلة جديدة»|الوزير|وقال
      ووصفها الوزير بـ«الإيجابية» أمس. # speech|«الإيجابية»|الوزير|ووصفها
      وقال الوزير إن الحزب في مهمة «المقاومة والعرقلة» منذ سنوات. # indirect|الحزب في مهمة «المقاومة والعرقلة» منذ سنوات|الوزير|وقال ; speech|«المقاومة والعرقلة»|الوزير|وقال
      ارتفع الإنفاق على «التسليح»، بحسب الوزير. # speech|«التسليح»|الوزير|بحسب
      وقال الوزير إن الحكومة تتجه إلى «الإصلاح الشامل والعميق والسريع» في علاقاتها. # indirect|الحكومة تتجه إلى «الإصلاح الشامل والعميق والسريع» في علاقاتها|الوزير|وقال ; speech|«الإصلاح الشامل والعميق والسريع»|الوزير|وقال
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip()));
  }
}

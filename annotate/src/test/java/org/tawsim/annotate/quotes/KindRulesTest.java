/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speech or not ({@link KindRules}): a clause in marks is someone's words, a name, list of names
 * or term is not; a word and its number is a name, and so is each quotation listed after a name
 * with و or a comma.
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class KindRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      وقال الوزير «نحن مستعدون» ثم غادر القاعة. # speech|«نحن مستعدون»|الوزير|وقال
      قال الرئيس إنه لن يتراجع. "لم أتنازل عن أي شيء." # indirect|لن يتراجع|الرئيس|قال ; speech|"لم أتنازل عن أي شيء."|^الرئيس|-
      وكان معروفا بأسماء مختلفة مثل "بف دادي، أو بي، أو ديدي" قبل أن يغيرها. # other|"بف دادي، أو بي، أو ديدي"|-|-
      وتابع المتظاهرون سيرهم بالهتاف «عاشت إسبانيا» حتى المساء. # other|«عاشت إسبانيا»|-|-
      وأضاف المغني أن "يي" هي الكلمة الأكثر شيوعا وتعني في الإنجيل "أنت". # other|"يي"|-|- ; other|"أنت"|-|-
      وأضاف المغني أن الاسم "جميل جدا" في رأيه. # indirect|الاسم "جميل جدا" في رأيه|المغني|وأضاف ; speech|"جميل جدا"|المغني|وأضاف
      وقال المتحدث إن الوفد سيشارك في «جنيف 4» الشهر المقبل. # indirect|الوفد سيشارك في «جنيف 4» الشهر المقبل|المتحدث|وقال ; other|«جنيف 4»|-|-
      وقال المدرب إن الفريق «فاز 3 مرات» هذا الموسم. # indirect|الفريق «فاز 3 مرات» هذا الموسم|المدرب|وقال ; speech|«فاز 3 مرات»|المدرب|وقال
      وقال الوزير إن النمو بلغ «3 في المئة» هذا العام. # indirect|النمو بلغ «3 في المئة» هذا العام|الوزير|وقال ; speech|«3 في المئة»|الوزير|وقال
      وحكم عليه بتهمة «الرشوة» و«استغلال النفوذ» العام الماضي. # other|«الرشوة»|-|- ; other|«استغلال النفوذ»|-|-
      وقال الوزير إن الشعار «حماية الوطن» و«الحفاظ على الأمن» و«التنمية» يعني الكثير. # indirect|الشعار «حماية الوطن» و«الحفاظ على الأمن» و«التنمية» يعني الكثير|الوزير|وقال ; other|«حماية الوطن»|-|- ; other|«الحفاظ على الأمن»|-|- ; other|«التنمية»|-|-
      وخرج المحتجون يهتفون «الشعب يريد الإصلاح» في الشوارع. # other|«الشعب يريد الإصلاح»|-|-
      ويعرفه الجيران فقط بلقبه "أبو سالم الكبير." # other|"أبو سالم الكبير."|-|-
      وأوضح الناطق أن الحادث وقع على طريق «جازان - المضايا» مساء أمس. # indirect|الحادث وقع على طريق «جازان - المضايا» مساء أمس|الناطق|وأوضح ; other|«جازان - المضايا»|-|-
      وأشار التقرير إلى أن منظمة «أنقذوا الأطفال» وزعت المساعدات. # indirect|منظمة «أنقذوا الأطفال» وزعت المساعدات|التقرير|وأشار ; other|«أنقذوا الأطفال»|-|-
      وألقى الباحث محاضرة بعنوان: «صحابي من بيشة» في النادي. # other|«صحابي من بيشة»|-|-
      ورفع المتظاهرون الشعار: «لا للفساد» أمام المبنى. # other|«لا للفساد»|-|-
      وكتب الوزير على حسابه: «نحن مستعدون للحوار». # speech|«نحن مستعدون للحوار»|الوزير|وكتب
      وذكرت الصحيفة أن الرجل عرف فقط بلقبه «أبو سالم» بين جيرانه. # indirect|الرجل عرف فقط بلقبه «أبو سالم» بين جيرانه|الصحيفة|وذكرت ; other|«أبو سالم»|-|-
      وفي المدينة «الوضع هادئ»، بحسب ما قاله المتحدث باسم الشرطة. # speech|«الوضع هادئ»|المتحدث باسم الشرطة|بحسب ما قاله
      وشارك الفريق في دورة «الخليج العربي»، بحسب ما ذكره المدرب. # other|«الخليج العربي»|-|-
      وارتفعت المبيعات في متجر «سوق نت»، بحسب ما ذكره المدير. # other|«سوق نت»|-|-
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip()));
  }

  /**
   * One word with the article in marks right after a named entity is an epithet or an acronym,
   * not words said. Each row: a passage, its persons (at their first occurrence), its quotations.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      وقال وزير الخارجية الأسبق كيسنجر "الثعلب" إن على أعداء البلاد أن يخشوها. # كيسنجر # other|"الثعلب"|-|- ; indirect|على أعداء البلاد أن يخشوها|وزير الخارجية الأسبق كيسنجر|وقال
      وقال الوزير كيسنجر إن الحكومة تريد "التعاون" مع الجميع. # كيسنجر # indirect|الحكومة تريد "التعاون" مع الجميع|الوزير كيسنجر|وقال ; speech|"التعاون"|الوزير كيسنجر|وقال
      """)
  void anEpithetBesideANameIsNoSpeech(String passage, String persons, String expected) {
    assertEquals(
        expected.strip(), Passages.tagWithPersons(passage.strip(), List.of(persons.strip())));
  }
}

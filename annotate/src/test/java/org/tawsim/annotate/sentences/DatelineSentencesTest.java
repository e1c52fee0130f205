/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule 6 of {@link SentenceSplitter}: a dateline after a title run into it starts a sentence, and a
 * place and a dash inside a sentence start none. The places are CLDR city and country names, which
 * the build writes from the pinned ICU4J, so the rows do not depend on a list regenerated from the
 * gazetteers.
 */
class DatelineSentencesTest {

  private static final OpenNlpSentenceAnnotator ANNOTATOR = OpenNlpSentenceAnnotator.arabic();

  private static void check(String text, String expected) {
    assertEquals(
        Arrays.asList(expected.split(" \\| ")), OpenNlpSentenceAnnotatorTest.split(ANNOTATOR, text), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "tatweel run; انفجار يهز مرفأ المدينة القاهرة ــ قال مسؤولون إن الانفجار وقع ليلا.;"
            + " انفجار يهز مرفأ المدينة | القاهرة ــ قال مسؤولون إن الانفجار وقع ليلا.",
        "tatweel on the name; ارتفاع أسعار الخبز القاهرةــ ارتفعت أسعار الخبز اليوم.;"
            + " ارتفاع أسعار الخبز | القاهرةــ ارتفعت أسعار الخبز اليوم.",
        "city and country, em dash; الحكومة تقر خطة جديدة للنقل باريس، فرنسا — أقرت الحكومة خطة للنقل.;"
            + " الحكومة تقر خطة جديدة للنقل | باريس، فرنسا — أقرت الحكومة خطة للنقل.",
        "hyphen; مقتل ثلاثة أشخاص في هجوم دمشق - قتل ثلاثة أشخاص في هجوم صباح اليوم.;"
            + " مقتل ثلاثة أشخاص في هجوم | دمشق - قتل ثلاثة أشخاص في هجوم صباح اليوم.",
        "en dash after a sentence end; انتهى الاجتماع مساء أمس. تراجع البطالة في البلاد بيروت – تراجعت البطالة.;"
            + " انتهى الاجتماع مساء أمس. | تراجع البطالة في البلاد | بيروت – تراجعت البطالة.",
        "agency in brackets; احتجاجات واسعة في الشوارع بيروت (رويترز) - خرج آلاف المحتجين إلى الشوارع.;"
            + " احتجاجات واسعة في الشوارع | بيروت (رويترز) - خرج آلاف المحتجين إلى الشوارع.",
        "place and agency with a colon; الوزارة تطلق خطة للمياه الرياض - واس: أطلقت الوزارة خطة.;"
            + " الوزارة تطلق خطة للمياه | الرياض - واس: أطلقت الوزارة خطة.",
        "two articles joined; خبر أول عن الطقس القاهرة - قال خبراء إن الطقس حار. خبر ثان عن النقل باريس - أعلنت الشركة خطة.;"
            + " خبر أول عن الطقس | القاهرة - قال خبراء إن الطقس حار. | خبر ثان عن النقل | باريس - أعلنت الشركة خطة.",
      })
  void aDatelineAfterATitleStartsASentence(String name, String text, String expected) {
    check(text, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "pair of nationalities; تتحسن العلاقات بين البلدين السعودية ـ الإيرانية في الأشهر الأخيرة.",
        "place that agrees as an adjective; أعلنت قيادة القوات البرية الملكية السعودية - اللجنة المركزية عن فتح باب القبول.",
        "reporter whose family name is a place; تراجع أسعار النفط في الأسواق أحمد الكويت - قال محللون إن الأسعار تراجعت.",
        "route before a colon; افتتاح خط جوي جديد القاهرة - الرياض: رحلات يومية منذ الأحد.",
        "route; افتتاح خط جوي جديد القاهرة - الرياض يوم الأحد المقبل.",
        "score; انتهت مباراة الفريقين باريس - ليفربول 2 - 1 بعد وقت إضافي.",
        "number after the dash; درجات الحرارة المتوقعة اليوم القاهرة - 40 درجة مئوية.",
        "apposition closed by a dash; وتستضيف العاصمة السورية دمشق - أقدم عاصمة مأهولة في العالم - معرضا دوليا.",
        "place after a preposition; قال مسؤولون كبار في القاهرة - حيث تجري المحادثات منذ أيام - إن الاتفاق قريب.",
        "place after a preposition, no closing dash; وصل الوفد الرسمي إلى القاهرة - قادما من عمان بعد جولة طويلة.",
        "dateline opening the sentence; القاهرة - قال مسؤولون إن الاتفاق قريب.",
        "one word before the place; عاجل القاهرة - قال مسؤولون إن الاتفاق قريب.",
        "comma before the place; أعلن الوزير، القاهرة - قال مسؤولون إن الاتفاق قريب.",
        "no known place; أعلن الوزير اليوم الأحد - قال مسؤولون إن الاتفاق قريب.",
        "sixteen words before the place; واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر اثنا عشر ثلاثة عشر القاهرة - قال مسؤولون.",
      })
  void aPlaceAndADashInsideASentenceStartNothing(String name, String text) {
    check(text, text);
  }

  @Test
  void aDatelineOnItsOwnLineIsUnchanged() {
    String text = "انفجار يهز مرفأ المدينة\nالقاهرة ــ قال مسؤولون إن الانفجار وقع ليلا.";
    check(text, "انفجار يهز مرفأ المدينة | القاهرة ــ قال مسؤولون إن الانفجار وقع ليلا.");
  }
}

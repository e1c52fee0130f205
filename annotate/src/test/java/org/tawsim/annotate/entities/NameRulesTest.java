/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link NameRules}: people found by their context; each row states all the entities of a sentence. */
class NameRulesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a given name that is also a common word, and open data's name words both, before a
        // word with a foreign name's letters: the two agree
        "وشارك زكي موران في الحفل | زكي موران/PER",
        "ووصل سعيد شيرازي إلى طهران أمس | سعيد شيرازي/PER; طهران/LOC",
        "ويرى شريف كيلي أن الحل قريب | شريف كيلي/PER",
        // a given name that is also a title (أمين) before a name word or a known name is the
        // first word of the name; before a common noun or the article it stays a title
        "ويرى أمين معلوف أن الهوية مركبة | أمين معلوف/PER",
        "وقال السفير أمين كمال إن الزيارة ناجحة | أمين كمال/PER",
        "وقال أمين عام الحزب إن الزيارة ناجحة | ''",
        // a given name that running text uses as a noun (نجم) is the noun before a name
        "وتحدث نجم ليفربول عن المباراة | ليفربول/ORG",
      })
  void takesAForeignWordAfterAnAmbiguousGivenName(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // حصة (a share) is a given name that news uses far more often as a noun: no name before
        // a definite noun
        "وتتولى الشركة إدارة حصة المملكة في المنطقة | ''",
        "وباع المستثمر حصة الأقلية في البنك | ''",
        // a common word with the alef of the accusative (بيانا) is the object after a title; a
        // name ending in alef (باولا) is no common word
        "وقدم الوزير بيانا أمام اللجنة | ''",
        "وقال المدرب باولا إن الفريق جاهز | باولا/PER",
        // after a title, a definite participle describes it and a word with و is a second noun;
        // a name still follows a title
        "وشارك في الاجتماع الوزير المرافق للوفد | ''",
        "وقال الأستاذ المشارك في الجامعة إن البحث مهم | ''",
        "وحضر الحفل المحافظ والمسؤولون في المنطقة | ''",
        "وقال الأمير مقرن إن الزيارة ناجحة | مقرن/PER",
        // a verbal noun (تفعيل، انفعال، افتعال، استفعال) or a plural in ات after a title is its
        // complement, with or without a preposition
        "وقال زعيم تنظيم القاعدة إن الهجوم فشل | تنظيم القاعدة/ORG",
        "وقال المدير التنفيذي لتنظيم الاحتفالات إن الحفل ناجح | ''",
        "وقال مدير جوازات المنطقة إن العمل مستمر | ''",
        "ورفض رئيس الوزراء اتهامات المعارضة | ''",
        // a known name of the shape stays a name
        "وقال الأستاذ توفيق إن البحث مهم | توفيق/PER",
        // a preposition with a pronoun of the first or second person starts no name
        "لا يزال لدينا روني في الهجوم | ''",
        "وقال إن عليك الانتظار | ''",
      })
  void aCommonWordStartsNoName(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}

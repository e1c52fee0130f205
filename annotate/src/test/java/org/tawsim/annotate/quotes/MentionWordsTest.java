/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words after a speech verb that open no speaker's noun phrase ({@link MentionWords}): an
 * adverbial participle, ب or ل with a common noun, و or ف with a stop word, a common noun with a
 * pronoun (اسمه); and an addressee in marks between the verb and its subject.
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class MentionWordsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      وأوضح لـ«عكاظ» المتحدث الرسمي للوزارة أن «العمل مستمر كما خطط له». # other|«عكاظ»|-|- ; speech|«العمل مستمر كما خطط له»|المتحدث الرسمي|وأوضح
      قال الوزير إن الحوار ممكن. ثم وعد بتغيير العلاقة بين البلدين قائلا «سنبدأ صفحة جديدة». # indirect|الحوار ممكن|الوزير|قال ; speech|«سنبدأ صفحة جديدة»|^الوزير|قائلا
      قال الأمير فيصل إن الطلاب أمل الوطن. وقال مخاطبا الحضور: «أنتم الأمل». # indirect|الطلاب أمل الوطن|الأمير فيصل|قال ; speech|«أنتم الأمل»|^الأمير فيصل|وقال
      قال الأمير فيصل إن الطلاب أمل الوطن. وقال مستغربًا: «لم أسمع بهذا من قبل». # indirect|الطلاب أمل الوطن|الأمير فيصل|قال ; speech|«لم أسمع بهذا من قبل»|^الأمير فيصل|وقال
      أجاب سامي وهو يبتسم: «لا أعرف شيئا عن ذلك». # speech|«لا أعرف شيئا عن ذلك»|سامي|أجاب
      وأكد مدير النادي أن «الصفقة انتهت». وتابع لصحيفة «الرياض»: «لم نتلق أي عرض». # speech|«الصفقة انتهت»|مدير النادي|وأكد ; other|«الرياض»|-|- ; speech|«لم نتلق أي عرض»|^مدير النادي|وتابع
      وقال المتحدث باسم الحملة الذي رفض ذكر اسمه للصحفيين، «الانتخابات مهمة جدا لنا». # speech|«الانتخابات مهمة جدا لنا»|المتحدث باسم الحملة|وقال
      وقال عبده الخالدي «وصلنا إلى الفندق متأخرين جدا». # speech|«وصلنا إلى الفندق متأخرين جدا»|عبده الخالدي|وقال
      وقال باسم الخالدي «وصلنا إلى الفندق متأخرين جدا». # speech|«وصلنا إلى الفندق متأخرين جدا»|باسم الخالدي|وقال
      وقال المدير الجديد إنه سيبدأ بالتدريب، ووعد باستقطاب لاعبين «يحبون النادي ويعملون له». # indirect|سيبدأ بالتدريب|المدير الجديد|وقال ; speech|«يحبون النادي ويعملون له»|المدير الجديد|ووعد
      قال الأمير فيصل إن الطلاب أمل الوطن. وأبدى إعجابه بالمعرض قائلا «إنه عمل رائع حقا ومميز». # indirect|الطلاب أمل الوطن|الأمير فيصل|قال ; speech|«إنه عمل رائع حقا ومميز»|^الأمير فيصل|قائلا
      وقال المدير الجديد إنه سيبدأ بالتدريب، ووعد بتطوير لاعبين «يحبون النادي ويعملون له». # indirect|سيبدأ بالتدريب|المدير الجديد|وقال ; speech|«يحبون النادي ويعملون له»|المدير الجديد|ووعد
      وقال سامي بذلك إن «الأمر انتهى تماما». # speech|«الأمر انتهى تماما»|سامي|وقال
      وقال رئيسها التنفيذي للصحفيين: «النتائج ممتازة». # speech|«النتائج ممتازة»|رئيسها التنفيذي|وقال
      وقال مديرهم «سنواصل العمل». # speech|«سنواصل العمل»|مديرهم|وقال
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip()));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subject after a speech verb (VSO; {@link SubjectAfter}), the name in apposition after a
 * title ({@link Appositions}) and the formulas of blessing and praise ({@link Formulas}).
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class SubjectAfterTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      وقال وزير الخارجية: «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|وزير الخارجية|وقال
      وقال اليوم المتحدث الرسمي: «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|المتحدث الرسمي|وقال
      وأوضح لـ«عكاظ» المتحدث الرسمي: «لا جديد في هذا الملف». # other|«عكاظ»|-|- ; speech|«لا جديد في هذا الملف»|المتحدث الرسمي|وأوضح
      وأضاف بدوره: «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|-|وأضاف
      وقال مخاطبا الحضور: «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|-|وقال
      وقال المتحدث للتلفزيون الرسمي: «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|المتحدث|وقال
      وقالت نائبة المدير العام لمنظمة «الفاو» ماريا سيميدو: «الجوع يتراجع». # other|«الفاو»|-|- ; speech|«الجوع يتراجع»|نائبة المدير العام لمنظمة «الفاو» ماريا سيميدو|وقالت
      وقال وزير الخارجية الأميركي، جون كيري، إن «الحوار ممكن». # speech|«الحوار ممكن»|جون كيري|وقال
      وقال المسؤول المقرب من الحزب، دياري محمد، إن «الحوار ممكن». # speech|«الحوار ممكن»|دياري محمد|وقال
      وقال روبرتو كالزاديلا، دبلوماسي بوليفي، إن «الحوار ممكن». # speech|«الحوار ممكن»|روبرتو كالزاديلا|وقال
      «لا جديد في هذا الملف»، بحسب «سانا». # speech|«لا جديد في هذا الملف»|سانا|بحسب ; other|«سانا»|-|-
      «لا جديد في هذا الملف»، وفقا لهذا البيان. # speech|«لا جديد في هذا الملف»|هذا البيان|وفقا
      كما قال النبي صلى الله عليه وسلم: «الكلمة الطيبة صدقة». # speech|«الكلمة الطيبة صدقة»|النبي|قال
      وقال الرسول الكريم: «الدين النصيحة». وقال صلى الله عليه وسلم: «الكلمة الطيبة صدقة». # speech|«الدين النصيحة»|الرسول الكريم|وقال ; speech|«الكلمة الطيبة صدقة»|^الرسول الكريم|وقال
      وقال أبو هريرة رضي الله عنه: «الكلمة الطيبة صدقة». # speech|«الكلمة الطيبة صدقة»|أبو هريرة|وقال
      ويقول الله تعالى في كتابه: «وقولوا للناس حسنا». # speech|«وقولوا للناس حسنا»|الله|ويقول
      قال تعالى: «وقولوا للناس حسنا». # speech|«وقولوا للناس حسنا»|تعالى|قال
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip().replace("\\n", "\n")));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subject before a speech verb that names nobody after it (SVO; {@link SubjectBefore}).
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class SubjectBeforeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      استضاف الحدث تحالف المستهلكين، وهي منظمة غير ربحية تصف نفسها بأنها «صوت المستهلك في قضايا الطاقة». # speech|«صوت المستهلك في قضايا الطاقة»|منظمة غير ربحية|تصف
      وفي رسالته الأخيرة دعا البابا إلى «التغيير الجذري في أسلوب الحياة». # speech|«التغيير الجذري في أسلوب الحياة»|البابا|دعا
      لكن وزير الخارجية أكد «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|وزير الخارجية|أكد
      نائب رئيس الائتلاف هشام مروة، أكد «لا جديد ستقدمه المعارضة». # speech|«لا جديد ستقدمه المعارضة»|نائب رئيس الائتلاف هشام مروة|أكد
      لكن دوج براون، مدير الأبحاث في الجمعية، يقول «النتائج مشجعة جدا». # speech|«النتائج مشجعة جدا»|دوج براون|يقول
      ولكن جمعية المؤرخين قد وصفوا اقتراح السيد سامي الأحمد بأنه "أحمق". # speech|"أحمق"|جمعية المؤرخين|وصفوا
      لكن الوزير خالد العمر أكد الاتفاق قائلا «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|الوزير خالد العمر|قائلا
      وأكد الوزير خالد العمر الاتفاق قائلا «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|الوزير خالد العمر الاتفاق|قائلا
      وفي هذا السياق، أكد «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|-|أكد
      وقال الوزير إن الحوار ممكن. وبعد ذلك، أكد «لا جديد في هذا الملف». # indirect|الحوار ممكن|الوزير|وقال ; speech|«لا جديد في هذا الملف»|^الوزير|أكد
      الأمر خطير، ولذلك قال الخبراء «نحن مستعدون للحوار». # speech|«نحن مستعدون للحوار»|الخبراء|قال
      ويبدو أن الحكومة تريد تمرير القرار بسرعة لأنها أكدت «لا مجال للتأجيل». # speech|«لا مجال للتأجيل»|-|أكدت
      وفي هذا السياق، ألا يؤكد «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|-|يؤكد
      الأمر خطير، وهل قال «نحن مستعدون للحوار». # speech|«نحن مستعدون للحوار»|-|قال
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip().replace("\\n", "\n")));
  }
}

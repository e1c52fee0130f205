/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A definite object after the definite subject of a verb that takes one ({@link DefiniteObjects}):
 * the object is no part of the speaker; an adjective, a participle or a modifier is.
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class DefiniteObjectsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      وأكد الوزير الاتفاق قائلا «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|الوزير|قائلا
      ووصف وزير الخارجية الإيراني المفاوضات بأنها «صعبة». # speech|«صعبة»|وزير الخارجية الإيراني|ووصف
      ووصف المتحدث الرسمي المفاوضات بأنها «صعبة». # speech|«صعبة»|المتحدث الرسمي|ووصف
      وأكد المتحدث الرسمي أن «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|المتحدث الرسمي|وأكد
      وأكد الأمين العام أن «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|الأمين العام|وأكد
      وأكد المصدر المطلع أن «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|المصدر المطلع|وأكد
      وأكد الفريق الركن الشيخ سامي أن «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|الفريق الركن الشيخ سامي|وأكد
      وقال الوزير الجديد: «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|الوزير الجديد|وقال
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip().replace("\\n", "\n")));
  }
}

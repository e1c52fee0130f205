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
 * The subject of a speech verb in a relative clause ({@link RelativeSubjects}).
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class RelativeSubjectsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      وأشاد الحضور بالوزير الذي قال «نحن هنا لخدمتكم جميعا». # speech|«نحن هنا لخدمتكم جميعا»|الوزير|قال
      والتقى الوفد بالسفير الأمريكي الذي قال «العلاقات بين البلدين قوية جدا». # speech|«العلاقات بين البلدين قوية جدا»|السفير الأمريكي|قال
      واستمع الحضور إلى سامي الذي قال «لن نتراجع عن قرارنا أبدا». # speech|«لن نتراجع عن قرارنا أبدا»|سامي|قال
      هذه الجرائم وغيرها التي أكدت الوزارة أنها «خطيرة جدا» مستمرة. # speech|«خطيرة جدا»|الوزارة|أكدت
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      وأيد الوزير المبادرة التي أطلقها الرئيس سامي الأحمد التي تدعو إلى «قيام جهد إقليمي للقضاء على الإرهاب». # سامي الأحمد # speech|«قيام جهد إقليمي للقضاء على الإرهاب»|-|تدعو
      وأشاد الحضور بالرئيس سامي الأحمد الذي قال «نحن هنا لخدمتكم جميعا». # سامي الأحمد # speech|«نحن هنا لخدمتكم جميعا»|سامي الأحمد|قال
      """)
  void tagsThePassageWithPersons(String passage, String person, String expected) {
    assertEquals(
        expected.strip(), Passages.tagWithPersons(passage.strip(), List.of(person.strip())));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A continuation whose verb's gender contradicts the most recent speaker goes to the one before
 * it ({@link GenderAgreement}, {@link SpeakerMemory}).
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class GenderAgreementTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      قالت الوزيرة سامية الأحمد إن الحوار ممكن. وقال الخبير سعيد النمر إن الوضع صعب. وأضافت «لن نتراجع عن موقفنا أبدا». # indirect|الحوار ممكن|الوزيرة سامية الأحمد|قالت ; indirect|الوضع صعب|الخبير سعيد النمر|وقال ; speech|«لن نتراجع عن موقفنا أبدا»|^الوزيرة سامية الأحمد|وأضافت
      قالت الوزيرة سامية الأحمد إن الحوار ممكن. وقال الخبير سعيد النمر إن الوضع صعب. وأضاف «لن نتراجع عن موقفنا أبدا». # indirect|الحوار ممكن|الوزيرة سامية الأحمد|قالت ; indirect|الوضع صعب|الخبير سعيد النمر|وقال ; speech|«لن نتراجع عن موقفنا أبدا»|^الخبير سعيد النمر|وأضاف
      قال الوزير إن الحوار ممكن. وذكرت الصحيفة أن الاجتماع تأجل. وتابع «لا جديد لدينا اليوم». # indirect|الحوار ممكن|الوزير|قال ; indirect|الاجتماع تأجل|الصحيفة|وذكرت ; speech|«لا جديد لدينا اليوم»|^الوزير|وتابع
      قال أسامة الخالد إن الحوار ممكن. وقالت الوزيرة إن الوضع صعب. ومضى قائلا «لا جديد لدينا اليوم». # indirect|الحوار ممكن|أسامة الخالد|قال ; indirect|الوضع صعب|الوزيرة|وقالت ; speech|«لا جديد لدينا اليوم»|^أسامة الخالد|قائلا
      قالت المصادر إن الحوار ممكن. وأكد الوزير أن الوضع صعب. وتقول «لا جديد لدينا اليوم». # indirect|الحوار ممكن|المصادر|قالت ; indirect|الوضع صعب|الوزير|وأكد ; speech|«لا جديد لدينا اليوم»|^المصادر|وتقول
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip()));
  }
}

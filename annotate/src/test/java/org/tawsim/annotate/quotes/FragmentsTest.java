/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fragments of one utterance take the speaker and cue of the first ({@link Fragments}).
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class FragmentsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      وقال الوزير خالد العمر: «نحن مستعدون للحوار»… «ولن نتراجع عن موقفنا». # speech|«نحن مستعدون للحوار»|الوزير خالد العمر|وقال ; speech|«ولن نتراجع عن موقفنا»|الوزير خالد العمر|وقال
      وقال الوزير: «نحن مستعدون للحوار».. «ولن نتراجع عن موقفنا». # speech|«نحن مستعدون للحوار»|الوزير|وقال ; speech|«ولن نتراجع عن موقفنا»|الوزير|وقال
      وقال الخبير إن الجرس «كنز ثقافي» و«أداة نادرة». # indirect|الجرس «كنز ثقافي» و«أداة نادرة»|الخبير|وقال ; speech|«كنز ثقافي»|الخبير|وقال ; speech|«أداة نادرة»|الخبير|وقال
      وقال الوزير: «نحن مستعدون للحوار». «ولن نتراجع عن موقفنا أبدا». # speech|«نحن مستعدون للحوار»|الوزير|وقال ; speech|«ولن نتراجع عن موقفنا أبدا»|^الوزير|-
      وقال الوزير: «نحن مستعدون للحوار»…\\n«ولن نتراجع عن موقفنا أبدا». # speech|«نحن مستعدون للحوار»|الوزير|وقال ; speech|«ولن نتراجع عن موقفنا أبدا»|^الوزير|-
      وقال الناقد إن الرواية تذكر بصحيفة «الأيام» أو «الحياة» القديمة. # indirect|الرواية تذكر بصحيفة «الأيام» أو «الحياة» القديمة|الناقد|وقال ; other|«الأيام»|-|- ; other|«الحياة»|-|-
      وقال الوزير: «نحن مستعدون للحوار» أو «لن نتراجع». # speech|«نحن مستعدون للحوار»|الوزير|وقال ; speech|«لن نتراجع»|الوزير|وقال
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip().replace("\\n", "\n")));
  }
}

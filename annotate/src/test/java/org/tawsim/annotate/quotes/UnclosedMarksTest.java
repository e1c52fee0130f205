/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A mark never closed in its paragraph pairs with nothing: the words after it are the writer's,
 * so their cues, speakers and reported speech count, and the quotations after it are attributed
 * as any other. (The tagger gives no quotation for the unclosed segment itself.)
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class UnclosedMarksTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      وقال الوزير: «نحن هنا منذ سنوات طويلة. وأضاف: «سنبقى هنا حتى النهاية». # speech|«سنبقى هنا حتى النهاية»|^الوزير|وأضاف
      وقال الوزير: «نحن هنا منذ سنوات طويلة. وأكد المتحدث باسم الوزارة «لا جديد في هذا الملف». # speech|«لا جديد في هذا الملف»|المتحدث باسم الوزارة|وأكد
      ونقل عن الوزير «أن الوضع مستقر. وقال المتحدث إن الحوار مستمر. # indirect|الحوار مستمر|المتحدث|وقال
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip()));
  }
}

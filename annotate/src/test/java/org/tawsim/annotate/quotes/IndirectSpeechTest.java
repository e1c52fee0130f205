/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reported speech without marks ({@link IndirectSpeech}).
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class IndirectSpeechTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      وقال المتحدث باسم الوزارة إن المحادثات سارت بشكل جيد. ثم انتهى الاجتماع. # indirect|المحادثات سارت بشكل جيد|المتحدث باسم الوزارة|وقال
      وأكد الوزير أن الاتفاق قريب، مضيفا أن التوقيع سيتم غدا. # indirect|الاتفاق قريب|الوزير|وأكد ; indirect|التوقيع سيتم غدا|الوزير|مضيفا
      وقال الوزير إن "الاتفاق قريب جدا". # speech|"الاتفاق قريب جدا"|الوزير|وقال
      قال ترامب في تجمع انتخابي: "إن التصويت لصالح القاضي هو تصويت للقانون". وقال أيضا إن القاضي "عانى كثيرا". # speech|"إن التصويت لصالح القاضي هو تصويت للقانون"|ترامب|قال ; indirect|القاضي "عانى كثيرا"|^ترامب|وقال ; speech|"عانى كثيرا"|^ترامب|وقال
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip().replace("\\n", "\n")));
  }
}

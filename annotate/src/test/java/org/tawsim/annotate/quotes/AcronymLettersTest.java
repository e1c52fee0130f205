/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * إن as a letter of a spelled acronym is no complementizer ({@link AcronymLetters}): the reported
 * clause opens at the complementizer after the acronym, or nowhere; a short quotation made of a
 * spelled acronym is a name.
 *
 * <p>An acronym that opens with إن (إن بي سي) is still read as the complementizer there: which
 * one it is shows only in the words after it.
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class AcronymLettersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      وقال الوزير لشبكة سي إن إن إن الهجوم وقع ليلا. # indirect|الهجوم وقع ليلا|الوزير|وقال
      وقال الوزير في مقابلة مع سي إن إن الأمريكية إن الهجوم وقع ليلا. # indirect|الهجوم وقع ليلا|الوزير|وقال
      وقال الوزير في حديث إلى بي بي سي إن الهجوم وقع ليلا. # indirect|الهجوم وقع ليلا|الوزير|وقال
      وقال المتحدث إن الهجوم وقع ليلا. # indirect|الهجوم وقع ليلا|المتحدث|وقال
      وأشارت الصحف إلى فوز الفريق على منافسه «أو إف كيه نيش» بهدفين. # other|«أو إف كيه نيش»|-|-
      وأكد مدير القناة أن «إم بي سي» ستنقل المباراة. # other|«إم بي سي»|-|-
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip()));
  }
}

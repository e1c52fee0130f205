/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;

/**
 * A run of tatweel or marks alone after a speech verb (a tatweel dash, a stray diacritic) is no
 * word: it names no speaker, and nothing reads a letter it does not have. The first row is the
 * text the property tests shrank a failure to (it threw StringIndexOutOfBoundsException). Each
 * row gives every quotation as kind|segment|speaker|cue.
 */
class MarksAloneTest {

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
    "\u2039\u0646\u00BB\u064A\u0639\u0644\u0646 \u0640 # speech|\u2039\u0646\u00BB|-|\u064A\u0639\u0644\u0646",
    "«نعم» قال \u0640 # speech|«نعم»|-|قال",
    "«نعم» قال \u064E # speech|«نعم»|-|قال",
    "«نعم» قال \u0640 الوزير # speech|«نعم»|-|قال",
    "«نعم» قال الوزير # speech|«نعم»|الوزير|قال",
  })
  void marksAloneNameNoSpeaker(String text, String expected) {
    List<String> found = new ArrayList<>();
    for (Quotation q : new QuotationTagger().annotate(Document.of("t", text)).layer(Quotation.class)) {
      found.add(q.kind().label() + "|" + show(text, q.span()) + "|" + show(text, q.speaker()) + "|"
          + show(text, q.cue()));
    }
    assertEquals(expected, String.join(" ; ", found));
  }

  @ParameterizedTest
  @CsvSource({"\u0640\u0640, 0", "\u064E\u0651, 0", "\u0640\u0623, \u0627", "ب, ب"})
  void firstKeptCharIsZeroForAWordOfMarksAlone(String word, char expected) {
    assertEquals(expected == '0' ? 0 : expected, ArabicWords.firstKeptChar(word, 0, word.length()));
  }

  private static String show(String text, Span span) {
    return span == null ? "-" : span.coveredText(text);
  }
}

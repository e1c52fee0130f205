/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;

class QuotationPartsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // the quotation's text | its content | unclosed
    "\"الحوار مستمر\"  | الحوار مستمر  | false",
    "«الحوار مستمر»    | الحوار مستمر  | false",
    "“الحوار مستمر”    | الحوار مستمر  | false",
    "«الحوار مستمر     | الحوار مستمر  | true",
    "إن الحوار مستمر   | إن الحوار مستمر | false",
  })
  void takesTheMarksOffTheContentAndSeesAnUnclosedQuotation(
      String quote, String content, boolean unclosed) {
    String text = "قال بوتين " + quote;
    Span span = new Span(10, text.length());
    Quotation q = QuotationParts.of(text, span, QuoteKind.SPEECH, null, null, List.of());
    assertEquals(content, q.content().coveredText(text));
    assertEquals(unclosed, q.unclosed());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // speaker span, the entity linked: the one with its span, else the longest inside it
    "4 | 9 | PER[4, 9)",
    "0 | 9 | PER[4, 9)",
    "0 | 3 | ",
  })
  void linksTheSpeakerToItsEntity(int begin, int end, String expected) {
    String text = "قال بوتين \"نعم\"";
    List<Entity> entities = List.of(new Entity(new Span(4, 9), EntityType.PER, ""),
        new Entity(new Span(5, 9), EntityType.of("X"), ""));
    Quotation q = QuotationParts.of(text, new Span(10, 15), QuoteKind.SPEECH,
        new Span(begin, end), null, entities);
    Entity e = q.speakerEntity();
    assertEquals(expected, e == null ? null : e.type() + "" + e.span());
  }
}

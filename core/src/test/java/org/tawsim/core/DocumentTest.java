/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentTest {

  private static final String TEXT = "قال الرئيس الروسي فلاديمير بوتين";

  @Test
  void rejectsMissingOrEmptyId() {
    assertThrows(NullPointerException.class, () -> Document.of(null, TEXT));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Document.of("", TEXT));
    assertTrue(e.getMessage().contains("id"));
  }

  @Test
  void rejectsSpanPastEndOfText() {
    Document d = Document.of("d1", "قال");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> d.withLayer(Sentence.class, List.of(new Sentence(new Span(0, 4)))));
    assertTrue(e.getMessage().contains("d1"), e.getMessage());
    assertTrue(e.getMessage().contains("[0, 4)"), e.getMessage());
    assertTrue(e.getMessage().contains("length 3"), e.getMessage());
  }

  @Test
  void rejectsQuotationSpeakerPastEndOfText() {
    Document d = Document.of("d1", "\"نعم\"");
    Quotation q =
        new Quotation(new Span(0, 5), new Span(1, 4), QuoteKind.SPEECH, false, new Span(3, 9), null, null);
    assertThrows(IllegalArgumentException.class, () -> d.withLayer(Quotation.class, List.of(q)));
  }

  @Test
  void rejectsBeginAfterEnd() {
    assertThrows(IllegalArgumentException.class, () -> new Sentence(new Span(4, 2)));
  }

  @Test
  void addingALayerReturnsANewDocumentAndSortsIt() {
    Document d = Document.of("d1", TEXT);
    Entity putin = new Entity(new Span(18, 32), EntityType.PER, "rule");
    Entity title = new Entity(new Span(4, 10), EntityType.of("TITLE"), "list");
    Document e = d.withLayer(Entity.class, List.of(putin, title));
    assertFalse(d.hasLayer(Entity.class));
    assertTrue(e.hasLayer(Entity.class));
    assertEquals(List.of(title, putin), e.layer(Entity.class));
    assertEquals("فلاديمير بوتين", e.text(putin.span()));
    assertThrows(UnsupportedOperationException.class, () -> e.layer(Entity.class).clear());
  }

  @Test
  void distinguishesAbsentFromEmptyLayer() {
    Document d = Document.of("d1", TEXT);
    assertEquals(List.of(), d.layer(Token.class));
    assertFalse(d.hasLayer(Token.class));
    Document empty = d.withLayer(Token.class, List.of());
    assertTrue(empty.hasLayer(Token.class));
    assertNotEquals(d, empty);
  }

  @Test
  void metadataIsSortedAndChecked() {
    Document d = Document.of("d1", TEXT, Map.of("url", "u", "source", "s"));
    assertEquals(List.of("source", "url"), List.copyOf(d.metadata().keySet()));
    java.util.HashMap<String, String> bad = new java.util.HashMap<>();
    bad.put("title", null);
    assertThrows(NullPointerException.class, () -> Document.of("d1", TEXT, bad));
  }

  @Test
  void equalDocumentsAreEqual() {
    Document a = Document.of("d", TEXT).withLayer(Sentence.class, List.of(new Sentence(new Span(0, 3))));
    Document b = Document.of("d", TEXT).withLayer(Sentence.class, List.of(new Sentence(new Span(0, 3))));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }
}

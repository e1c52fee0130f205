/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Quotation;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.core.Zone;
import org.tawsim.core.ZoneType;
import org.tawsim.export.Formats;
import org.tawsim.export.JsonlLayer;
import org.tawsim.export.ReaderFormat;

/** The writer writes the layers asked for, and the reader reads back exactly those. */
class JsonlLayersTest {

  // «قال الوزير "نعم" 😀»: an emoji, so that code points and UTF-16 units differ
  private static final String TEXT = "😀 قال محمد: «نعم».";
  private static final Entity MUHAMMAD = new Entity(new Span(7, 11), EntityType.PER, "rule:x");

  private static Document full() {
    return Document.of("d1", TEXT)
        .withLayer(Zone.class, List.of(new Zone(new Span(0, TEXT.length()), ZoneType.BODY)))
        .withLayer(Sentence.class, List.of(new Sentence(new Span(0, TEXT.length()))))
        .withLayer(
            Token.class,
            List.of(
                new Token(new Span(0, 2), "😀"),
                new Token(new Span(3, 6), "قال"),
                new Token(new Span(7, 11), "محمد")))
        .withLayer(Entity.class, List.of(MUHAMMAD))
        .withLayer(
            Quotation.class,
            List.of(
                new Quotation(
                    new Span(13, 18),
                    new Span(14, 17),
                    QuoteKind.SPEECH,
                    false,
                    new Span(7, 11),
                    new Span(3, 6),
                    MUHAMMAD)));
  }

  /** Every subset of the five layers. */
  static Stream<Set<JsonlLayer>> subsets() {
    JsonlLayer[] all = JsonlLayer.values();
    List<Set<JsonlLayer>> sets = new ArrayList<>();
    for (int mask = 0; mask < 1 << all.length; mask++) {
      Set<JsonlLayer> s = EnumSet.noneOf(JsonlLayer.class);
      for (int i = 0; i < all.length; i++) {
        if ((mask & 1 << i) != 0) {
          s.add(all[i]);
        }
      }
      sets.add(s);
    }
    return sets.stream();
  }

  private static byte[] encode(Document d, Set<JsonlLayer> layers) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (JsonlWriter w = JsonlWriter.to(out, layers)) {
      w.write(d);
    }
    return out.toByteArray();
  }

  @ParameterizedTest
  @MethodSource("subsets")
  void readsBackExactlyTheLayersWritten(Set<JsonlLayer> layers) throws IOException {
    Document full = full();
    Document expected = Document.of(full.id(), full.text());
    if (layers.contains(JsonlLayer.ZONES)) {
      expected = expected.withLayer(Zone.class, full.layer(Zone.class));
    }
    if (layers.contains(JsonlLayer.SENTENCES)) {
      expected = expected.withLayer(Sentence.class, full.layer(Sentence.class));
    }
    if (layers.contains(JsonlLayer.TOKENS)) {
      expected = expected.withLayer(Token.class, full.layer(Token.class));
    }
    if (layers.contains(JsonlLayer.ENTITIES)) {
      expected = expected.withLayer(Entity.class, full.layer(Entity.class));
    }
    if (layers.contains(JsonlLayer.QUOTES)) {
      Quotation q = full.layer(Quotation.class).get(0);
      // without the entity layer the link is left out; the speaker span stays
      Entity link = layers.contains(JsonlLayer.ENTITIES) ? q.speakerEntity() : null;
      expected =
          expected.withLayer(
              Quotation.class,
              List.of(
                  new Quotation(
                      q.span(), q.content(), q.kind(), q.unclosed(), q.speaker(), q.cue(), link)));
    }
    byte[] bytes = encode(full, layers);
    List<Document> read = Formats.readAll(ReaderFormat.JSONL, "in", new ByteArrayInputStream(bytes));
    assertEquals(List.of(expected), read);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sentences,entities,quotes | SENTENCES ENTITIES QUOTES",
        "' Tokens , ZONES'         | ZONES TOKENS",
        "quotes,quotes             | QUOTES",
      })
  void parsesCommaSeparatedNames(String names, String expected) {
    Set<JsonlLayer> want = EnumSet.noneOf(JsonlLayer.class);
    for (String n : expected.split(" ")) {
      want.add(JsonlLayer.valueOf(n));
    }
    assertEquals(want, JsonlLayer.parse(names));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sentences,token | token",
        "''              | ''",
        "entities,       | ''",
      })
  void namesTheLayerThatIsNone(String names, String bad) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JsonlLayer.parse(names));
    assertEquals(
        "unknown layer '"
            + bad
            + "' (expected some of: zones, sentences, tokens, entities, quotes)",
        e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sentences,entities,quotes | '{\"id\":\"d1\",\"text\":\"😀 قال محمد: «نعم».\",\"sentences\":[{\"start\":0,\"end\":18}],\"entities\":[{\"start\":6,\"end\":10,\"type\":\"PER\",\"source\":\"rule:x\"}],\"quotes\":[{\"start\":12,\"end\":17,\"kind\":\"speech\",\"unclosed\":false,\"speaker\":{\"start\":6,\"end\":10},\"cue\":{\"start\":2,\"end\":5},\"content\":{\"start\":13,\"end\":16},\"speaker_entity\":0}]}'",
        "quotes                    | '{\"id\":\"d1\",\"text\":\"😀 قال محمد: «نعم».\",\"quotes\":[{\"start\":12,\"end\":17,\"kind\":\"speech\",\"unclosed\":false,\"speaker\":{\"start\":6,\"end\":10},\"cue\":{\"start\":2,\"end\":5},\"content\":{\"start\":13,\"end\":16}}]}'",
        "tokens                    | '{\"id\":\"d1\",\"text\":\"😀 قال محمد: «نعم».\",\"tokens\":[{\"start\":0,\"end\":1,\"norm\":\"😀\"},{\"start\":2,\"end\":5,\"norm\":\"قال\"},{\"start\":6,\"end\":10,\"norm\":\"محمد\"}]}'",
      })
  void writesExactlyTheseFields(String names, String line) throws IOException {
    assertEquals(
        line + "\n",
        new String(encode(full(), JsonlLayer.parse(names)), StandardCharsets.UTF_8));
  }
}

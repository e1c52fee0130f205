/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
import org.tawsim.export.ReaderFormat;

class JsonlRoundTripTest {

  static Stream<String> texts() {
    return Stream.of(
        "قَالَ الرَّئِيسُ: «نَعَمْ»",
        "الســـــلام عليكم",
        "رائع 😀👍🏽 جداً",
        "\u200Fمرحبا\u061C بكم\u200F",
        "سطر أول\r\nسطر ثان\r\n",
        "",
        "e\u0301 \"quoted\" \\ backslash \u0000 nul\ttab");
  }

  @ParameterizedTest
  @MethodSource("texts")
  void readingWhatWasWrittenGivesAnEqualDocument(String text) throws IOException {
    Document d = Document.of("doc/1", text, Map.of("url", "https://example.org/مقال", "source", "test"));
    d = withEveryLayer(d);
    assertEquals(List.of(d), roundTrip(List.of(d)));
  }

  @Test
  void roundTripsRandomLayersOnTextWithEmoji() throws IOException {
    Random random = new Random(7);
    String text = "قال 😀 الرئيس «نعم» 👍🏽 في موسكو.";
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      docs.add(randomLayers(Document.of("r" + i, text), random));
    }
    assertEquals(docs, roundTrip(docs));
  }

  @Test
  void writesTheDocumentedLayoutInCodePoints() throws IOException {
    Document d = Document.of("a", "😀 بوتين");
    d = d.withLayer(Entity.class, List.of(new Entity(new Span(3, 8), EntityType.PER, "list")));
    String line = write(List.of(d));
    assertEquals(
        "{\"id\":\"a\",\"text\":\"😀 بوتين\",\"entities\":[{\"start\":2,\"end\":7,\"type\":\"PER\",\"source\":\"list\"}]}\n",
        line);
  }

  @Test
  void roundTripsLoneSurrogatesAsEscapes() throws IOException {
    Document d = Document.of("s", "a\uD83Db\uDE00c");
    assertTrue(write(List.of(d)).contains("\\uD83D"), write(List.of(d)));
    assertEquals(List.of(d), roundTrip(List.of(d)));
  }

  @Test
  void omitsLayersNotComputedAndKeepsEmptyOnes() throws IOException {
    Document d = Document.of("a", "نص").withLayer(Sentence.class, List.of());
    String line = write(List.of(d));
    assertEquals("{\"id\":\"a\",\"text\":\"نص\",\"sentences\":[]}\n", line);
  }

  /**
   * Every layer, metadata given in a map without order and an emoji (two UTF-16 units, one code
   * point): the bytes are fixed, written out here, not compared with another run of the writer.
   * Metadata keys sorted; offsets in code points (the emoji ends the text at 11, not 12).
   */
  @Test
  void everyLayerGivesTheseBytes() throws IOException {
    Document d = withEveryLayer(Document.of("a", "قال «نعم» 😀", Map.of("b", "2", "a", "1")));
    String line =
        "{\"id\":\"a\",\"text\":\"قال «نعم» 😀\",\"meta\":{\"a\":\"1\",\"b\":\"2\"}"
            + ",\"zones\":[{\"start\":0,\"end\":11,\"type\":\"body\"}]"
            + ",\"sentences\":[{\"start\":0,\"end\":6},{\"start\":6,\"end\":11}]"
            + ",\"tokens\":[{\"start\":0,\"end\":6,\"norm\":\"قال «ن\"}]"
            + ",\"entities\":[{\"start\":0,\"end\":6,\"type\":\"EVENT\",\"source\":\"\"}]"
            + ",\"quotes\":[{\"start\":0,\"end\":11,\"kind\":\"other\",\"unclosed\":true,\"speaker\":null,"
            + "\"cue\":{\"start\":0,\"end\":6},\"content\":{\"start\":0,\"end\":6}}]}\n";
    assertEquals(line + line, write(List.of(d, d)));
  }

  @Test
  void quotationLinkedToItsSpeakerEntity() throws IOException {
    String text = "قال بوتين «نعم»";
    Entity putin = new Entity(new Span(4, 9), EntityType.PER, "rule");
    Quotation q =
        new Quotation(new Span(10, 15), new Span(11, 14), QuoteKind.SPEECH, false, new Span(4, 9), new Span(0, 3), putin);
    Document d =
        Document.of("q", text).withLayer(Entity.class, List.of(putin)).withLayer(Quotation.class, List.of(q));
    String line = write(List.of(d));
    assertTrue(line.contains("\"speaker_entity\":0"), line);
    assertEquals(List.of(d), roundTrip(List.of(d)));
  }

  @Test
  void implicitSpeakerIsWrittenOnlyWhenTrue() throws IOException {
    String text = "قال بوتين «نعم». وأضاف «لا»";
    Quotation said =
        new Quotation(new Span(10, 15), new Span(11, 14), QuoteKind.SPEECH, false, new Span(4, 9), new Span(0, 3), null);
    Quotation added =
        new Quotation(new Span(23, 27), new Span(24, 26), QuoteKind.SPEECH, false, new Span(4, 9), new Span(17, 22), null, true);
    Document d = Document.of("q", text).withLayer(Quotation.class, List.of(said, added));
    String line = write(List.of(d));
    assertEquals(
        "{\"id\":\"q\",\"text\":\"قال بوتين «نعم». وأضاف «لا»\",\"quotes\":["
            + "{\"start\":10,\"end\":15,\"kind\":\"speech\",\"unclosed\":false,\"speaker\":{\"start\":4,\"end\":9},"
            + "\"cue\":{\"start\":0,\"end\":3},\"content\":{\"start\":11,\"end\":14}},"
            + "{\"start\":23,\"end\":27,\"kind\":\"speech\",\"unclosed\":false,\"speaker\":{\"start\":4,\"end\":9},"
            + "\"speaker_implicit\":true,\"cue\":{\"start\":17,\"end\":22},\"content\":{\"start\":24,\"end\":26}}]}\n",
        line);
    assertEquals(List.of(d), roundTrip(List.of(d)));
  }

  private static Document withEveryLayer(Document d) {
    int n = d.text().length();
    int mid = n / 2;
    if (mid > 0 && Character.isLowSurrogate(d.text().charAt(mid))) {
      mid++;
    }
    Span all = new Span(0, n);
    Span first = new Span(0, mid);
    return d.withLayer(Zone.class, List.of(new Zone(all, ZoneType.BODY)))
        .withLayer(Sentence.class, List.of(new Sentence(first), new Sentence(new Span(mid, n))))
        .withLayer(Token.class, List.of(new Token(first, d.text(first).toUpperCase(java.util.Locale.ROOT))))
        .withLayer(Entity.class, List.of(new Entity(first, EntityType.of("EVENT"), "")))
        .withLayer(
            Quotation.class,
            List.of(new Quotation(all, first, QuoteKind.OTHER, true, null, first, null)));
  }

  private static Document randomLayers(Document d, Random random) {
    String text = d.text();
    List<Integer> bounds = new ArrayList<>();
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || !Character.isLowSurrogate(text.charAt(i))) {
        bounds.add(i);
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (int k = random.nextInt(5); k > 0; k--) {
      int a = bounds.get(random.nextInt(bounds.size()));
      int b = bounds.get(random.nextInt(bounds.size()));
      entities.add(new Entity(new Span(Math.min(a, b), Math.max(a, b)), EntityType.LOC, "r"));
    }
    return d.withLayer(Entity.class, entities);
  }

  static String write(List<Document> docs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonlWriter w = JsonlWriter.to(out)) {
      for (Document d : docs) {
        w.write(d);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static List<Document> roundTrip(List<Document> docs) throws IOException {
    byte[] bytes = write(docs).getBytes(StandardCharsets.UTF_8);
    return Formats.readAll(ReaderFormat.JSONL, "test.jsonl", new ByteArrayInputStream(bytes));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import org.tawsim.export.internal.JsonOutput;

/**
 * The native and spaCy writers encode their lines by hand: each line must be the bytes Jackson,
 * the JSON library of the other writers and the readers, writes for the same values (same escapes,
 * emoji as UTF-8, no whitespace), so that a line read and written again by Jackson is byte for
 * byte the line.
 */
class JsonWritersBytesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "قال الرئيس: «نعم»",
        "رائع 😀👍🏽 جداً",
        "e\u0301 \"quoted\" \\ back/slash \u0000 nul\ttab\b\f\u001F\u007F",
        "سطر أول\r\nسطر ثان\n\u2028\u2029",
        "lone \uD83D high, lone \uDE00 low, reversed \uDE00\uD83D, end \uD83D",
        ""
      })
  void aLineIsWhatJacksonWritesForItsValues(String text) throws IOException {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("url", "https://example.org/مقال?a=\"b\"");
    meta.put("ctrl\u0001key", text);
    Document d = Document.of("id \"" + text + "\"", text, meta);
    int n = text.length();
    int mid = n / 2;
    if (mid > 0 && Character.isLowSurrogate(text.charAt(mid))
        && Character.isHighSurrogate(text.charAt(mid - 1))) {
      mid++;
    }
    Span all = new Span(0, n);
    Span first = new Span(0, mid);
    Span second = new Span(mid, n);
    Entity linked = new Entity(second, EntityType.of("EVENT"), "rule:\"x\"\n");
    d =
        d.withLayer(Zone.class, List.of(new Zone(all, ZoneType.BODY)))
            .withLayer(Sentence.class, List.of(new Sentence(first), new Sentence(second)))
            .withLayer(
                Token.class,
                List.of(new Token(first, text.substring(0, mid) + "\t"), new Token(second, "")))
            .withLayer(Entity.class, List.of(new Entity(first, EntityType.PER, ""), linked))
            .withLayer(
                Quotation.class,
                List.of(
                    new Quotation(all, first, QuoteKind.OTHER, true, null, first, null),
                    new Quotation(all, all, QuoteKind.SPEECH, false, second, null, linked, true)));
    String line = write(d);
    assertEquals(line, rewritten(line));
    String spacy = writeSpacy(d);
    assertEquals(spacy, rewritten(spacy));
    assertEquals(
        List.of("text", "tokens", "spans", "quotes", "relations", "meta"),
        fieldNames(MAPPER.readTree(spacy)));
    assertEquals(
        List.of("id", "text", "meta", "zones", "sentences", "tokens", "entities", "quotes"),
        fieldNames(MAPPER.readTree(line)));
  }

  private static String write(Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonlWriter w = JsonlWriter.to(out)) {
      w.write(d);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String writeSpacy(Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SpacyJsonlWriter w = SpacyJsonlWriter.to(out)) {
      w.write(d);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The line parsed and written again by Jackson with the writers' settings. */
  private static String rewritten(String line) throws IOException {
    JsonNode tree = MAPPER.readTree(line);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var g = JsonOutput.generator(out)) {
      MAPPER.writeTree(g, tree);
      g.writeRaw('\n');
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.HumanLayers;
import org.tawsim.export.testing.TestDocuments;

class ToolJsonlReaderTest {

  interface Opener {
    DocumentReader open(InputStream in, RejectHandler rejects, Consumer<String> notices);
  }

  static Opener reader(String flavour) {
    return flavour.equals("spacy")
        ? (in, r, n) -> new SpacyJsonlReader("in.jsonl", in, r, n)
        : (in, r, n) -> new DoccanoJsonlReader("in.jsonl", in, r, n);
  }

  static List<Object> read(Opener opener, String jsonl) throws IOException {
    RejectHandler.Collecting rejects = RejectHandler.collecting();
    List<String> notices = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    try (DocumentReader r = opener.open(new ByteArrayInputStream(jsonl.getBytes(UTF_8)), rejects,
        notices::add)) {
      for (Optional<Document> d = r.read(); d.isPresent(); d = r.read()) {
        docs.add(d.get());
      }
    }
    List<String> rejected = new ArrayList<>();
    rejects.rejections().forEach(e -> rejected.add(e.getMessage()));
    return List.of(docs, rejected, notices);
  }

  @ParameterizedTest
  @CsvSource({
    // writer flavour, reader, documents, human layers, quotations kept
    "doccano,           doccano, 2, entities,        false",
    "doccano-relations, doccano, 2, 'entities,quotes', true",
    "spacy,             spacy,   1, 'entities,quotes', true",
  })
  @SuppressWarnings("unchecked")
  void roundTripsToTheSameEntities(String writer, String flavour, int documents, String human,
      boolean quotes) throws IOException {
    // spaCy's spans lie on tokens: the awkward document's entity inside a token widens there
    List<Document> docs = TestDocuments.golden().subList(0, documents);
    List<Object> back = read(reader(flavour), JsonlFlavoursTest.write(JsonlFlavoursTest.opener(writer), docs));
    assertEquals(List.of(), back.get(1));
    assertEquals(List.of(), back.get(2));
    List<Document> read = (List<Document>) back.get(0);
    assertEquals(documents, read.size());
    for (int i = 0; i < documents; i++) {
      assertEquals(docs.get(i).id(), read.get(i).id());
      assertEquals(docs.get(i).text(), read.get(i).text());
      assertEquals(TestDocuments.entities(docs.get(i)), TestDocuments.entities(read.get(i)));
      assertEquals(human, read.get(i).metadata().get(HumanLayers.KEY));
      if (quotes) {
        assertEquals(TestDocuments.quotes(docs.get(i)), TestDocuments.quotes(read.get(i)));
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "doccano | {\"id\":\"a\",\"text\":\"😀 قال بوتين\",\"label\":[[6,11,\"PER\"]]} | PER[7, 12) | ",
    "doccano | {\"id\":3,\"text\":\"😀 قال بوتين\",\"label\":[[6,11,\"person\"]]} | PERSON[7, 12) | unknown label 'person' imported as a new entity type PERSON",
    "doccano | {\"id\":\"a\",\"text\":\"😀 قال بوتين\",\"label\":[[6,12,\"PER\"]]} | rejected | in.jsonl: line 1: label [6,12,\"PER\"] [6, 12) is out of range for a text of 11 code points",
    "doccano | {\"id\":\"a\",\"text\":\"😀 قال بوتين\",\"label\":[[6.7,11,\"PER\"]]} | rejected | in.jsonl: line 1: label [6.7,11,\"PER\"] lacks whole-number offsets",
    "doccano | {\"text\":\"قال\"} | rejected | in.jsonl: line 1: no \"id\" (a non-empty string or a whole number)",
    "spacy   | {\"text\":\"😀 قال بوتين\",\"spans\":[{\"start\":6,\"end\":11,\"label\":\"PER\"}],\"meta\":{\"id\":\"a\"}} | PER[7, 12) | ",
    "spacy   | {\"text\":\"😀 قال بوتين\",\"spans\":[{\"start\":6,\"end\":11.0,\"label\":\"PER\"}],\"meta\":{\"id\":\"a\"}} | rejected | in.jsonl: line 1: span {\"start\":6,\"end\":11.0,\"label\":\"PER\"} lacks whole-number offsets",
    "spacy   | {\"text\":\"قال\",\"spans\":[],\"meta\":{\"id\":\"a\"},\"answer\":\"reject\"} | rejected | in.jsonl: line 1: document 'a': Prodigy answer 'reject', not accepted",
    "spacy   | not json | rejected | in.jsonl: line 1: not JSON (Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false'))",
  })
  @SuppressWarnings("unchecked")
  void readsOneLine(String flavour, String line, String expected, String message) throws IOException {
    List<Object> back = read(reader(flavour), line + "\n");
    List<Document> docs = (List<Document>) back.get(0);
    assertEquals(expected, docs.isEmpty() ? "rejected" : TestDocuments.entities(docs.get(0)));
    List<String> said = new ArrayList<>((List<String>) back.get(2));
    said.addAll((List<String>) back.get(1));
    assertEquals(message == null ? List.of() : List.of(message), said);
  }

  @Test
  void keepsSpacyMetadata() throws IOException {
    @SuppressWarnings("unchecked")
    List<Document> docs = (List<Document>) read(reader("spacy"),
        "{\"text\":\"قال\",\"spans\":[],\"meta\":{\"id\":\"a\",\"url\":\"u\",\"n\":2}}\n").get(0);
    assertEquals("{human_layers=entities, n=2, url=u}", docs.get(0).metadata().toString());
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tawsim.export.testing.Programs.onPath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tawsim.export.DoccanoLayout;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Quotation;
import org.tawsim.core.Token;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.Formats;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.ReaderFormat;
import org.tawsim.export.testing.TestDocuments;

class JsonlFlavoursTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  interface Opener {
    DocumentWriter open(ByteArrayOutputStream out) throws IOException;
  }

  static String write(Opener opener, List<Document> docs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DocumentWriter w = opener.open(out)) {
      for (Document d : docs) {
        w.write(d);
      }
    }
    return out.toString(UTF_8);
  }

  static Opener opener(String flavour) {
    return switch (flavour) {
      case "native" -> JsonlWriter::to;
      case "spacy" -> SpacyJsonlWriter::to;
      case "doccano" -> DoccanoJsonlWriter::to;
      case "doccano-relations" ->
          out -> DoccanoJsonlWriter.of(out, false, DoccanoLayout.RELATIONS);
      case "hf" -> out -> HfJsonlWriter.builder().to(out);
      case "hf-document" -> out -> HfJsonlWriter.builder().perDocument(true).to(out);
      default -> throw new AssertionError(flavour);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"native", "spacy", "doccano", "doccano-relations", "hf", "hf-document"})
  void writesGoldenFiles(String flavour) throws IOException {
    TestDocuments.assertGolden(getClass(), "news." + flavour + ".expected.jsonl",
        write(opener(flavour), TestDocuments.golden()));
  }

  @Test
  void nativeJsonlRoundTripsEveryLayer() throws IOException {
    String jsonl = write(opener("native"), TestDocuments.golden());
    List<Document> back = Formats.readAll(ReaderFormat.JSONL, "golden.jsonl", new java.io.ByteArrayInputStream(jsonl.getBytes(UTF_8)));
    assertEquals(TestDocuments.golden(), back);
  }

  @Test
  void writesHfLabelsBesideTheRows() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream labels = new ByteArrayOutputStream();
    Document extra = TestDocuments.awkward().withLayer(Entity.class, List.of(
        Entity.of(TestDocuments.find(TestDocuments.AWKWARD_TEXT, "الرياض"), EntityType.of("GPE"))));
    try (HfJsonlWriter w = HfJsonlWriter.builder().types(List.of(EntityType.PER, EntityType.LOC)).to(out)) {
      w.write(TestDocuments.awkward());
      w.write(extra);
      w.writeLabels(labels);
    }
    assertEquals("""
        {"id":"awkward-1-1","tokens":["شكرا","لبوتين","و","عبد الله","في","الرياض"],"ner_tags":[0,3,0,3,0,1]}
        {"id":"awkward-1-1","tokens":["شكرا","لبوتين","و","عبد الله","في","الرياض"],"ner_tags":[0,0,0,0,0,5]}
        """, out.toString(UTF_8));
    JsonNode l = MAPPER.readTree(labels.toByteArray());
    assertEquals("[\"O\",\"B-LOC\",\"I-LOC\",\"B-PER\",\"I-PER\",\"B-GPE\",\"I-GPE\"]", l.get("names").toString());
    assertEquals("B-GPE", l.get("id2label").get("5").asText());
    assertEquals(5, l.get("label2id").get("B-GPE").asInt());
  }

  @Test
  void hfLabelsCanStartFromAGivenList() throws IOException {
    Document extra = TestDocuments.awkward().withLayer(Entity.class, List.of(
        Entity.of(TestDocuments.find(TestDocuments.AWKWARD_TEXT, "الرياض"), EntityType.of("GPE"))));
    List<String> given = List.of("O", "B-GPE", "I-GPE", "B-LOC", "I-LOC");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream labels = new ByteArrayOutputStream();
    try (DocumentWriter w = Formats.writer(OutputFormat.HF, out, labels,
        ExportOptions.defaults().withHfLabels(given))) {
      w.write(extra); // GPE is listed: id 1, nothing appended
      w.write(TestDocuments.awkward()); // PER is not: appended after the list
    }
    assertEquals("""
        {"id":"awkward-1-1","tokens":["شكرا","لبوتين","و","عبد الله","في","الرياض"],"ner_tags":[0,0,0,0,0,1]}
        {"id":"awkward-1-1","tokens":["شكرا","لبوتين","و","عبد الله","في","الرياض"],"ner_tags":[0,5,0,5,0,3]}
        """, out.toString(UTF_8));
    assertEquals("[\"O\",\"B-GPE\",\"I-GPE\",\"B-LOC\",\"I-LOC\",\"B-PER\",\"I-PER\"]",
        MAPPER.readTree(labels.toByteArray()).get("names").toString());
    assertThrows(IllegalArgumentException.class,
        () -> ExportOptions.defaults().withHfLabels(List.of("O", "B-X", "O")));
  }

  /** The Java check: code-point offsets slice the same characters Java's spans cover. */
  @ParameterizedTest
  @ValueSource(strings = {"native", "spacy", "doccano", "doccano-relations"})
  void spansSliceTheSameTextByCodePoints(String flavour) throws IOException {
    String jsonl = write(opener(flavour), TestDocuments.golden());
    assertEquals(expectedSpans(flavour), sliceInJava(flavour, jsonl));
  }

  /** The Python check: text[start:end] in python3 gives the characters Tawsim meant. */
  @ParameterizedTest
  @ValueSource(strings = {"native", "spacy", "doccano", "doccano-relations"})
  void spansSliceTheSameTextInPython(String flavour, @TempDir Path dir)
      throws IOException, InterruptedException {
    Assumptions.assumeTrue(onPath("python3"), "no python3");
    Path file = dir.resolve(flavour + ".jsonl");
    Files.writeString(file, write(opener(flavour), TestDocuments.golden()), UTF_8);
    Path script = dir.resolve("check_spans.py");
    try (InputStream in = getClass().getResourceAsStream("check_spans.py")) {
      Files.copy(in, script);
    }
    Process p = new ProcessBuilder("python3", script.toString(), flavour, file.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), output);
    List<List<String>> got = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (!line.isBlank()) {
        List<String> item = new ArrayList<>();
        MAPPER.readTree(line).forEach(n -> item.add(n.asText()));
        got.add(item);
      }
    }
    assertEquals(expectedSpans(flavour), got);
  }

  @Test
  void emojiShiftsCodePointOffsetsAwayFromUtf16() throws IOException {
    // after the flag (two code points, four UTF-16 units) the two counts differ by two
    JsonNode doc = MAPPER.readTree(write(opener("doccano"), List.of(TestDocuments.news())));
    Entity ministry = TestDocuments.news().layer(Entity.class).get(2);
    assertEquals(ministry.span().begin() - 2, doc.get("label").get(2).get(0).asInt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"spacy", "hf"})
  void tokenFlavoursFailNamingADocumentWithoutTokens(String flavour) {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> write(opener(flavour), List.of(Document.of("bare", "نص"))));
    assertEquals("document 'bare'", e.input());
  }

  /** What each flavour should hold, computed from the documents with Java's UTF-16 spans. */
  private static List<List<String>> expectedSpans(String flavour) {
    List<List<String>> list = new ArrayList<>();
    for (Document d : TestDocuments.golden()) {
      boolean tokens = flavour.equals("native") || flavour.equals("spacy");
      if (tokens) {
        for (Token t : d.layer(Token.class)) {
          list.add(List.of("token", "", d.text(t.span())));
        }
      }
      for (Entity e : d.layer(Entity.class)) {
        // spaCy spans are widened to tokens: بوتين inside لبوتين becomes لبوتين
        String covered = d.text(e.span());
        if (flavour.equals("spacy") && covered.equals("بوتين") && d.id().equals("awkward-1")) {
          covered = "لبوتين";
        }
        list.add(List.of("entity", e.type().name(), covered));
      }
      for (Quotation q : d.layer(Quotation.class)) {
        switch (flavour) {
          case "native", "spacy" -> list.add(List.of("quote", q.kind().label(), d.text(q.span())));
          case "doccano-relations" -> {
            list.add(List.of("entity", "QUOTE", d.text(q.span())));
            list.add(List.of("entity", "SPEAKER", d.text(q.speaker())));
            list.add(List.of("entity", "CUE", d.text(q.cue())));
          }
          default -> { }
        }
      }
      if (flavour.equals("spacy")) {
        for (Quotation q : d.layer(Quotation.class)) {
          list.add(List.of("speaker", "", d.text(q.speaker())));
          list.add(List.of("cue", "", d.text(q.cue())));
        }
      }
    }
    return list;
  }

  /** Slices the texts of a JSONL by code points in Java, as check_spans.py does in Python. */
  private static List<List<String>> sliceInJava(String flavour, String jsonl) throws IOException {
    List<List<String>> list = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      JsonNode doc = MAPPER.readTree(line);
      String text = doc.get("text").asText();
      switch (flavour) {
        case "native" -> {
          doc.path("tokens").forEach(t -> list.add(List.of("token", "", slice(text, t, "start", "end"))));
          doc.path("entities").forEach(e -> list.add(List.of("entity", e.get("type").asText(), slice(text, e, "start", "end"))));
          doc.path("quotes").forEach(q -> list.add(List.of("quote", q.get("kind").asText(), slice(text, q, "start", "end"))));
        }
        case "spacy" -> {
          doc.get("tokens").forEach(t -> {
            assertEquals(t.get("text").asText(), slice(text, t, "start", "end"));
            list.add(List.of("token", "", t.get("text").asText()));
          });
          doc.get("spans").forEach(s -> list.add(List.of("entity", s.get("label").asText(), slice(text, s, "start", "end"))));
          doc.path("quotes").forEach(q -> list.add(List.of("quote", q.get("kind").asText(), slice(text, q, "start", "end"))));
          doc.path("relations").forEach(r -> list.add(List.of(r.get("label").asText().toLowerCase(java.util.Locale.ROOT), "", slice(text, r.get("child_span"), "start", "end"))));
        }
        case "doccano" -> doc.get("label").forEach(l -> list.add(List.of("entity", l.get(2).asText(),
            text.substring(text.offsetByCodePoints(0, l.get(0).asInt()), text.offsetByCodePoints(0, l.get(1).asInt())))));
        case "doccano-relations" -> doc.get("entities").forEach(e -> list.add(List.of("entity", e.get("label").asText(),
            slice(text, e, "start_offset", "end_offset"))));
        default -> throw new AssertionError(flavour);
      }
    }
    return list;
  }

  private static String slice(String text, JsonNode node, String start, String end) {
    return text.substring(text.offsetByCodePoints(0, node.get(start).asInt()),
        text.offsetByCodePoints(0, node.get(end).asInt()));
  }
}

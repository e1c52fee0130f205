/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.InvalidInputException;
import org.tawsim.export.testing.TestDocuments;

/** The one entry point: every format written and read back through {@link Formats}. */
class FormatsTest {

  /**
   * Each readable format written to a file and read back from it: the documents' ids, and the
   * entities of the second ({@code awkward}, whose first entity starts inside a token) as read
   * back. spaCy's spans are token-aligned, so that entity grows to its token; CoNLL and CoNLL-U
   * hold no text, so their readers rebuild it from the tokens (other offsets), and CoNLL no ids
   * (the file's name, numbered). Label Studio's reader takes the annotations people made, not the
   * predictions the writer gives, so its tasks are read in {@code LabelStudioReaderTest}.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock = """
          jsonl   | news-1 awkward-1 | PER[6, 11) PER[14, 22) LOC[26, 32)
          spacy   | news-1 awkward-1 | PER[5, 11) PER[14, 22) LOC[26, 32)
          doccano | news-1 awkward-1 | PER[6, 11) PER[14, 22) LOC[26, 32)
          conll   | FILE-1 FILE-2    | PER[5, 11) PER[14, 22) LOC[26, 32)
          conllu  | news-1 awkward-1 | PER[5, 11) PER[14, 22) LOC[26, 32)
          """)
  void writesAndReadsBackEveryReadableFormat(String label, String ids, String entities,
      @TempDir Path dir) throws IOException {
    OutputFormat out = OutputFormat.fromLabel(label);
    Path file = dir.resolve("corpus" + out.extension());
    try (DocumentWriter w = Formats.writer(out, file, ExportOptions.defaults())) {
      for (Document d : TestDocuments.golden()) {
        w.write(d);
      }
    }
    ReaderFormat in = ReaderFormat.of(out).orElseThrow();
    assertEquals(label, in.label());
    List<Document> back = Formats.readAll(in, file);
    assertEquals(ids.replace("FILE", file.toString()),
        String.join(" ", back.stream().map(Document::id).toList()));
    assertEquals(entities, TestDocuments.entities(back.get(1)));
  }

  @Test
  void hfHasNoReader() {
    assertTrue(ReaderFormat.of(OutputFormat.HF).isEmpty());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReaderFormat.fromLabel("hf"));
    assertEquals("unknown input format 'hf' (expected one of: jsonl, conll, conllu, spacy,"
        + " doccano, labelstudio)", e.getMessage());
  }

  @Test
  void aReaderIsIterableAndAStreamThatClosesIt() throws IOException {
    byte[] jsonl = jsonl(TestDocuments.golden());
    try (DocumentReader r = Formats.reader(ReaderFormat.JSONL, "in", new ByteArrayInputStream(jsonl))) {
      List<String> ids = new ArrayList<>();
      for (Document d : r) {
        ids.add(d.id());
      }
      assertEquals(List.of("news-1", "awkward-1"), ids);
      assertTrue(r.read().isEmpty(), "one pass");
    }
    AtomicBoolean closed = new AtomicBoolean();
    InputStream watched = new ByteArrayInputStream(jsonl) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    try (Stream<Document> s = Formats.reader(ReaderFormat.JSONL, "in", watched).stream()) {
      assertEquals(List.of("news-1", "awkward-1"), s.map(Document::id).toList());
    }
    assertTrue(closed.get(), "closing the stream closes the reader and its input");
  }

  @Test
  void iterationWrapsABadDocumentsExceptionUnchecked() {
    byte[] bad = "{\"id\":\"a\",\"text\":\"x\"}\nnot json\n".getBytes(UTF_8);
    DocumentReader r = assertDoesNotThrowIo(bad);
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> r.stream().map(Document::id).toList());
    assertTrue(e.getCause() instanceof InvalidInputException, e.toString());
    assertTrue(e.getCause().getMessage().startsWith("bad.jsonl: line 2"), e.getCause().getMessage());
  }

  @Test
  void aWriterOntoAStreamLeavesItOpen() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the writer closed a stream it was given");
      }
    };
    try (DocumentWriter w = Formats.writer(OutputFormat.JSONL, out, ExportOptions.defaults())) {
      w.write(TestDocuments.news());
    }
    assertEquals(new String(jsonl(List.of(TestDocuments.news())), UTF_8), out.toString(UTF_8));
  }

  @Test
  void aPathReaderNamesTheFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("x.jsonl"), "[]\n", UTF_8);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Formats.readAll(ReaderFormat.JSONL, file));
    assertTrue(e.getMessage().startsWith(file + ": line 1"), e.getMessage());
  }

  private static DocumentReader assertDoesNotThrowIo(byte[] bytes) {
    try {
      return Formats.reader(ReaderFormat.JSONL, "bad.jsonl", new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] jsonl(List<Document> docs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DocumentWriter w = Formats.writer(OutputFormat.JSONL, out, ExportOptions.defaults())) {
      for (Document d : docs) {
        w.write(d);
      }
    }
    return out.toByteArray();
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.core.Document;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.RejectHandler;

class InputReaderTest {

  @TempDir Path dir;

  private final RejectHandler.Collecting rejects = RejectHandler.collecting();

  private List<Document> read(InputFormat format, InputStream stdin, String... args)
      throws IOException {
    List<Document> docs = new ArrayList<>();
    try (InputReader r = new InputReader(List.of(args), format, rejects, stdin)) {
      for (Optional<Document> d = r.read(); d.isPresent(); d = r.read()) {
        docs.add(d.get());
      }
    }
    return docs;
  }

  private List<Document> read(String... args) throws IOException {
    return read(InputFormat.AUTO, InputStream.nullInputStream(), args);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void walksFoldersRecursivelyInSortedOrderWithRelativeIds() throws IOException {
    write("corpus/b.txt", "باء");
    write("corpus/a/z.txt", "زاي");
    write("corpus/a.txt", "ألف");
    write("corpus/notes.md", "not an input");
    List<Document> docs = read(dir.resolve("corpus").toString());
    assertEquals(List.of("a.txt", "a/z.txt", "b.txt"), docs.stream().map(Document::id).toList());
    assertEquals("زاي", docs.get(1).text());
    assertTrue(rejects.rejections().isEmpty());
  }

  @Test
  void namedFileTakesItsFileNameAsId() throws IOException {
    Path p = write("x/y/news.txt", "خبر");
    assertEquals("news.txt", read(p.toString()).get(0).id());
  }

  @Test
  void rejectsInvalidUtf8WithNameAndByteOffsetAndGoesOn() throws IOException {
    Path corpus = dir.resolve("c");
    Files.createDirectories(corpus);
    Files.write(corpus.resolve("bad.txt"), new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x28, (byte) 0xA1});
    write("c/good.txt", "جيد");
    List<Document> docs = read(corpus.toString());
    assertEquals(List.of("good.txt"), docs.stream().map(Document::id).toList());
    InvalidInputException e = rejects.rejections().get(0);
    assertTrue(e.input().endsWith("bad.txt"), e.input());
    assertEquals("byte 2", e.location());
  }

  @Test
  void rejectsMissingInput() throws IOException {
    assertEquals(List.of(), read(dir.resolve("nope").toString()));
    assertEquals("no such file or folder", rejects.rejections().get(0).reason());
  }

  @Test
  void reportsSymlinkLoopAndReadsTheRest() throws IOException {
    write("loop/doc.txt", "نص");
    Files.createSymbolicLink(dir.resolve("loop/again"), dir.resolve("loop"));
    List<Document> docs = read(dir.resolve("loop").toString());
    assertEquals(List.of("doc.txt"), docs.stream().map(Document::id).toList());
    assertEquals(1, rejects.rejections().size());
    assertTrue(rejects.rejections().get(0).reason().contains("loop"));
  }

  @Test
  void readsEmptyTextFileAsEmptyDocument() throws IOException {
    Path p = write("empty.txt", "");
    assertEquals("", read(p.toString()).get(0).text());
  }

  @Test
  void readsJsonlAndGzippedJsonl() throws IOException {
    write("in/a.jsonl", "{\"id\":\"1\",\"text\":\"واحد\"}\n{\"id\":\"2\",\"text\":\"اثنان\"}\n");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("in/b.jsonl.gz")))) {
      out.write("{\"id\":\"3\",\"text\":\"ثلاثة\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    List<Document> docs = read(dir.resolve("in").toString());
    assertEquals(List.of("1", "2", "3"), docs.stream().map(Document::id).toList());
  }

  @Test
  void readsStdinAsTextOrJsonl() throws IOException {
    byte[] text = "نص من الدخل".getBytes(StandardCharsets.UTF_8);
    assertEquals("stdin", read(InputFormat.AUTO, new ByteArrayInputStream(text), "-").get(0).id());
    byte[] jsonl = "{\"id\":\"s\",\"text\":\"نص\"}\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("s", read(InputFormat.JSONL, new ByteArrayInputStream(jsonl), "-").get(0).id());
  }

  @Test
  void rejectedJsonlLinesDoNotStopTheFile() throws IOException {
    Path p = write("m.jsonl", "{\"id\":\"1\",\"text\":\"a\"}\nnot json\n{\"id\":\"2\"}\n{\"id\":\"3\",\"text\":\"c\"}\n");
    assertEquals(List.of("1", "3"), read(p.toString()).stream().map(Document::id).toList());
    assertEquals(List.of("line 2", "line 3"), rejects.rejections().stream().map(InvalidInputException::location).toList());
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.stubbing.Stubber;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Pipeline;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.Formats;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.ReaderFormat;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;

class DatasetBuilderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static String article(int i) {
    return "عنوان " + i + "\n" + DuplicateIndexTest.words(i, 120) + " بيروت.\nالمصدر: وكالة";
  }

  /** Writes {@code n} distinct pages as .txt files, plus copies that the builder must catch. */
  private Path corpus(int n) throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    for (int i = 0; i < n; i++) {
      Files.writeString(in.resolve(String.format("page-%03d.txt", i)), article(i));
    }
    // an exact copy (other spacing and diacritics) and a near copy of page 3
    Files.writeString(in.resolve("zz-copy-exact.txt"), article(3).replace(" ", "  ") + "ً");
    Files.writeString(
        in.resolve("zz-copy-near.txt"), DuplicateIndexTest.edit(article(3), 50));
    return in;
  }

  private static DatasetBuilder.ReaderFactory read(Path... inputs) {
    List<String> args = new ArrayList<>();
    for (Path p : inputs) {
      args.add(p.toString());
    }
    return rejects ->
        new InputReader(args, InputFormat.AUTO, rejects, new ByteArrayInputStream(new byte[0]));
  }

  private static DatasetBuilder.Builder builder(Pipeline p) {
    return DatasetBuilder.builder(p).format(OutputFormat.JSONL, ExportOptions.defaults());
  }

  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static List<String> rejectReasons(Path out) throws IOException {
    List<String> reasons = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("rejects.jsonl"))) {
      JsonNode n = JSON.readTree(line);
      reasons.add(n.get("input").asText() + ": " + n.get("reason").asText());
    }
    return reasons;
  }

  @Test
  void writesEverySplitWithStatsSummaryAndRejects() throws IOException {
    Path out = tmp.resolve("out");
    BuildReport r = builder(TestAnnotators.pipeline()).threads(2).build().run(read(corpus(40)), out);
    assertEquals(
        List.of(
            "jsonl/dev.jsonl",
            "jsonl/test.jsonl",
            "jsonl/train.jsonl",
            "rejects.jsonl",
            "stats.json",
            "summary.txt"),
        List.copyOf(files(out).keySet()));
    assertEquals(42, r.inputs());
    assertEquals(40 + 1, r.written(), "the near copy is kept (keep-one)");
    assertEquals(1, r.droppedExact());
    assertEquals(1, r.nearCopiesKept());
    assertTrue(r.reconciles());
    long written = 0;
    for (Split s : Split.values()) {
      List<Document> docs =
          Formats.readAll(ReaderFormat.JSONL, out.resolve("jsonl/" + s.label() + ".jsonl"));
      assertEquals(r.splits().get(s).documents(), docs.size());
      written += docs.size();
      for (Document d : docs) {
        assertFalse(d.text().contains("المصدر"), "the source line is not article text");
        assertEquals(HashSplitter.DEFAULT.assign(d.id().equals("zz-copy-near.txt") ? "page-003.txt" : d.id()), s);
      }
    }
    assertEquals(r.written(), written);
    JsonNode stats = JSON.readTree(out.resolve("stats.json").toFile());
    assertEquals(42, stats.get("inputs").asInt());
    assertEquals(41, stats.get("written").asInt());
    assertTrue(stats.get("reconciles").asBoolean());
    long loc = 0;
    for (SplitStats st : r.splits().values()) {
      loc += st.entities().getOrDefault("LOC", 0L);
    }
    assertTrue(loc >= 41, "every article ends in بيروت");
    assertEquals(loc, stats.at("/splits/total/entities/LOC").asLong());
    String summary = Files.readString(out.resolve("summary.txt"));
    assertTrue(
        summary.startsWith("inputs 42 = written 41 + rejected 0 + dropped duplicates 1\n"), summary);
    assertEquals(
        List.of("zz-copy-exact.txt: exact duplicate of 'page-003.txt'"), rejectReasons(out));
  }

  @Test
  void outputIsByteIdenticalWhateverTheThreads() throws IOException {
    Path in = corpus(120);
    Map<String, byte[]> one = null;
    for (int threads : new int[] {1, 2, 7}) {
      Path out = tmp.resolve("out-" + threads);
      builder(TestAnnotators.jitteryPipeline())
          .threads(threads)
          .window(5)
          .pages(PageMode.ARTICLES)
          .build()
          .run(read(in), out);
      Map<String, byte[]> files = files(out);
      if (one == null) {
        one = files;
      } else {
        assertEquals(one.keySet(), files.keySet());
        for (String name : one.keySet()) {
          assertArrayEquals(one.get(name), files.get(name), name + " with " + threads + " threads");
        }
      }
    }
  }

  /**
   * The workers take documents in batches of a quarter of the window per thread: one by one for a
   * small window, many at a time for a large one, the written bytes the same.
   */
  @ParameterizedTest
  @CsvSource({"1, 1", "2, 1", "2, 3", "3, 8", "2, 128", "1, 1000"})
  void outputIsByteIdenticalWhateverTheBatches(int threads, int window) throws IOException {
    Path in = corpus(60);
    Path one = tmp.resolve("one");
    builder(TestAnnotators.jitteryPipeline()).threads(1).window(1).build().run(read(in), one);
    Path out = tmp.resolve("out");
    builder(TestAnnotators.jitteryPipeline())
        .threads(threads)
        .window(window)
        .build()
        .run(read(in), out);
    Map<String, byte[]> expected = files(one);
    Map<String, byte[]> files = files(out);
    assertEquals(expected.keySet(), files.keySet());
    for (String name : expected.keySet()) {
      assertArrayEquals(expected.get(name), files.get(name), name);
    }
  }

  @Test
  void writesEveryFormatIdenticallyWhateverTheThreads() throws IOException {
    Path in = corpus(30);
    Map<String, byte[]> first = null;
    for (int threads : new int[] {1, 3}) {
      DatasetBuilder.Builder b = DatasetBuilder.builder(TestAnnotators.jitteryPipeline()).threads(threads);
      for (OutputFormat f : OutputFormat.values()) {
        b.format(f, ExportOptions.defaults());
      }
      Path out = tmp.resolve("all-" + threads);
      b.build().run(read(in), out);
      Map<String, byte[]> files = files(out);
      for (Split s : Split.values()) {
        for (String name :
            List.of(
                "jsonl/" + s.label() + ".jsonl",
                "conll/" + s.label() + ".conll",
                "conllu/" + s.label() + ".conllu",
                "spacy/" + s.label() + ".spacy.jsonl",
                "hf/" + s.label() + ".hf.jsonl",
                "hf/" + s.label() + ".hf.labels.json",
                "doccano/" + s.label() + ".doccano.jsonl")) {
          assertTrue(files.containsKey(name), name + " in " + files.keySet());
        }
      }
      assertTrue(new String(files.get("conll/train.conll"), StandardCharsets.UTF_8).contains("B-LOC"));
      if (first == null) {
        first = files;
      } else {
        assertEquals(first.keySet(), files.keySet());
        for (String name : first.keySet()) {
          assertArrayEquals(first.get(name), files.get(name), name);
        }
      }
    }
  }

  @Test
  void aFormatThatWritesTokensNeedsATokenizer() {
    Pipeline zonesOnly = Pipeline.of(new TestAnnotators.Zones());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DatasetBuilder.builder(zonesOnly).format(OutputFormat.CONLL, ExportOptions.defaults()).build());
    assertTrue(e.getMessage().contains("format conll writes tokens"), e.getMessage());
    DatasetBuilder.builder(zonesOnly).format(OutputFormat.DOCCANO, ExportOptions.defaults()).build();
  }

  @Test
  void dedupModesReconcile() throws IOException {
    Path in = corpus(20);
    for (DedupMode mode : DedupMode.values()) {
      BuildReport r =
          builder(TestAnnotators.pipeline()).dedup(mode).build().run(read(in), tmp.resolve("o-" + mode));
      assertTrue(r.reconciles(), mode.name());
      switch (mode) {
        case KEEP_ONE -> assertEquals(List.of(21L, 1L, 0L), List.of(r.written(), r.droppedExact(), r.droppedNear()));
        case DROP -> assertEquals(List.of(20L, 1L, 1L), List.of(r.written(), r.droppedExact(), r.droppedNear()));
        case OFF -> assertEquals(List.of(22L, 0L, 0L), List.of(r.written(), r.droppedExact(), r.droppedNear()));
      }
    }
  }

  @Test
  void splitRelatedMakesTheSecondArticleADocument() throws IOException {
    Path in = tmp.resolve("p");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("page.txt"),
        "عنوان أول\nنص المقال الأول في بيروت.\nالمصدر: وكالة\nإقرأ أيضاً:\nعنوان ثان\nنص المقال الثاني.\n");
    BuildReport whole =
        builder(TestAnnotators.pipeline()).pages(PageMode.ARTICLE).build().run(read(in), tmp.resolve("a"));
    assertEquals(List.of(1L, 1L, 1L), List.of(whole.inputs(), whole.written(), whole.relatedLeftOut()));
    BuildReport split =
        builder(TestAnnotators.pipeline()).pages(PageMode.ARTICLES).build().run(read(in), tmp.resolve("b"));
    assertEquals(List.of(2L, 2L, 1L), List.of(split.inputs(), split.written(), split.splitOff()));
    assertTrue(split.reconciles());
    List<String> ids = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Split s : Split.values()) {
      for (Document d :
          Formats.readAll(ReaderFormat.JSONL, tmp.resolve("b/jsonl/" + s.label() + ".jsonl"))) {
        ids.add(d.id());
        texts.add(d.text());
      }
    }
    ids.sort(null);
    assertEquals(List.of("page.txt", "page.txt#related-1"), ids);
    assertTrue(texts.contains("عنوان ثان\nنص المقال الثاني."), texts.toString());
  }

  @Test
  void wholePagesNeedNoZones() throws IOException {
    Path in = corpus(3);
    BuildReport r =
        builder(Pipeline.of())
            .pages(PageMode.WHOLE)
            .dedup(DedupMode.OFF)
            .build()
            .run(read(in), tmp.resolve("w"));
    assertEquals(5, r.written());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder(Pipeline.of()).build());
    assertTrue(e.getMessage().contains("zones"), e.getMessage());
  }

  @Test
  // a hang guard, not a timing: 0.5 s on two idle cores, but over 10 s (Mockito's start-up) on
  // two cores shared by a load of 20
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void badInputsAreRejectedWithTheirReasonAndTheRunGoesOn() throws IOException {
    Path in = tmp.resolve("bad");
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("a-good.txt"), article(1));
    Files.write(in.resolve("b-invalid-utf8.txt"), new byte[] {'o', 'k', (byte) 0xC3, 0x28});
    Files.writeString(in.resolve("c-empty.txt"), "");
    Files.writeString(in.resolve("d-blank.txt"), " \n\t\n");
    Files.writeString(
        in.resolve("e-lines.jsonl"),
        "{\"id\":\"j1\",\"text\":\"" + article(2).replace("\n", "\\n") + "\",\"url\":\"http://x\"}\n"
            + "this is not json\n"
            + "{\"id\":\"j3\",\"title\":\"no text\"}\n"
            + "{\"id\":\"j4\",\"text\":\"" + article(4).replace("\n", "\\n") + "\"}\n");
    Files.writeString(in.resolve("f-big.txt"), "نص طويل جدا. ".repeat(2_000));
    Files.writeString(in.resolve("g-only-keywords.txt"), "كلمات دلالية: أ ب ج\nالمصدر: وكالة");
    Files.writeString(in.resolve("h-fails.txt"), "عنوان\nنص يجعل FAIL المحلل يفشل.\n");
    Files.createSymbolicLink(in.resolve("sub/loop"), in);
    Files.createSymbolicLink(in.resolve("sub/broken.txt"), in.resolve("missing.txt"));
    Path out = tmp.resolve("out");
    BuildReport r =
        builder(TestAnnotators.failingPipeline())
            .maxChars(20_000)
            .build()
            .run(read(in, tmp.resolve("no-such-file.txt")), out);
    List<String> reasons = rejectReasons(out);
    String all = String.join("\n", reasons);
    assertTrue(all.contains("b-invalid-utf8.txt: invalid UTF-8"), all);
    assertTrue(all.contains("c-empty.txt: empty document"), all);
    assertTrue(all.contains("d-blank.txt: empty document"), all);
    assertTrue(all.contains("not JSON"), all);
    assertTrue(all.contains("has no \"text\""), all);
    assertTrue(all.contains("f-big.txt: document too large: 26000 characters"), all);
    assertTrue(all.contains("g-only-keywords.txt: no article text"), all);
    assertTrue(all.contains("h-fails.txt: annotation failed"), all);
    assertTrue(all.contains("symbolic link loop"), all);
    assertTrue(all.contains("broken symbolic link"), all);
    assertTrue(all.contains("no-such-file.txt: no such file or folder"), all);
    assertEquals(11, reasons.size(), all);
    assertEquals(3, r.written(), "a-good, j1 and j4");
    assertEquals(11, r.rejected());
    assertEquals(14, r.inputs());
    assertTrue(r.reconciles());
    assertTrue(Files.readString(out.resolve("summary.txt")).startsWith("inputs 14 = written 3 + rejected 11 + dropped duplicates 0"));
  }

  /**
   * A file that opens but fails to read, whoever runs the build (CI runs as root, which reads a
   * file whatever its permissions): a link to Linux's {@code /proc/self/mem}, whose first page is
   * never mapped, so reading it fails with an I/O error. The reason is reported; the run goes on.
   */
  @Test
  // a hang guard, as above
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFileThatFailsToReadIsRejectedWithItsReason() throws IOException {
    Path mem = Path.of("/proc/self/mem");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(mem), "needs Linux /proc");
    Path in = tmp.resolve("unreadable");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a-good.txt"), article(1));
    Path link = Files.createSymbolicLink(in.resolve("b-mem.txt"), mem);
    Path out = tmp.resolve("out");
    BuildReport r = builder(TestAnnotators.pipeline()).build().run(read(in), out);
    assertEquals(1, r.rejected());
    assertEquals(1, r.written());
    assertEquals(List.of(link + ": cannot read (java.io.IOException: Input/output error)"),
        rejectReasons(out));
    Files.delete(link); // JUnit warns about a link out of its temporary folder
  }

  @Test
  void aFailedRunLeavesNothingThatLooksComplete() throws IOException {
    Path in = corpus(30);
    Path out = tmp.resolve("out");
    builder(TestAnnotators.pipeline()).build().run(read(in), out);
    Map<String, byte[]> complete = files(out);
    // a writer that fails in the middle of the corpus, at its 20th document
    List<DocumentWriter> opened = new ArrayList<>();
    DatasetBuilder failing =
        DatasetBuilder.builder(TestAnnotators.pipeline())
            .format(
                "jsonl",
                ".jsonl",
                (file, files) -> {
                  DocumentWriter real =
                      Formats.writer(OutputFormat.JSONL, files.open(file), ExportOptions.defaults());
                  DocumentWriter w = mock(DocumentWriter.class, delegatesTo(real));
                  Stubber writes = doAnswer(delegatesTo(real));
                  for (int i = 1; i < 19; i++) {
                    writes = writes.doAnswer(delegatesTo(real));
                  }
                  writes.doThrow(new IOException("disk full")).when(w).write(any());
                  opened.add(w);
                  return w;
                })
            .build();
    List<DocumentReader> readers = new ArrayList<>();
    DatasetBuilder.ReaderFactory spied =
        rejects -> {
          DocumentReader r = spy(read(in).open(rejects));
          readers.add(r);
          return r;
        };
    IOException e = assertThrows(IOException.class, () -> failing.run(spied, out));
    assertEquals("disk full", e.getMessage());
    verify(readers.get(0)).close(); // the input is closed when the run returns, not later
    for (DocumentWriter w : opened) {
      verify(w).close(); // no writer left open on the failure
    }
    assertEquals(3, opened.size(), "one writer a split");
    Map<String, byte[]> after = files(out);
    assertFalse(after.containsKey("stats.json"), "no completion mark");
    assertTrue(
        after.keySet().stream().noneMatch(n -> n.endsWith(".part")), "no temporary file left: " + after.keySet());
    // running again gives the same output as the first complete run
    builder(TestAnnotators.pipeline()).build().run(read(in), out);
    Map<String, byte[]> again = files(out);
    assertEquals(complete.keySet(), again.keySet());
    for (String name : complete.keySet()) {
      assertArrayEquals(complete.get(name), again.get(name), name);
    }
  }

  @Test
  void aReaderThatBreaksFailsTheRunAndIsClosed() throws IOException {
    DocumentReader broken = mock(DocumentReader.class);
    when(broken.read())
        .thenReturn(Optional.of(Document.of("a", article(1))), Optional.of(Document.of("b", article(2))))
        .thenThrow(new IOException("connection reset"));
    when(broken.readPending()).thenCallRealMethod(); // the flow reads through it
    Path out = tmp.resolve("out");
    IOException e =
        assertThrows(
            IOException.class,
            () -> builder(TestAnnotators.pipeline()).build().run(rejects -> broken, out));
    assertEquals("connection reset", e.getMessage());
    verify(broken).close();
    verify(broken, times(3)).read(); // nothing read after the failure
    assertFalse(Files.exists(out.resolve("stats.json")), "no completion mark");
  }

  @Test
  void aLargeDocumentPassesAlone() throws IOException {
    // larger than the character budget: it runs alone rather than waiting forever
    Path in = tmp.resolve("one");
    Files.createDirectories(in);
    Files.writeString(in.resolve("big.txt"), "عنوان\n" + DuplicateIndexTest.words(7, 30_000));
    BuildReport r =
        builder(TestAnnotators.pipeline()).charBudget(1_000).window(1).build().run(read(in), tmp.resolve("o"));
    assertEquals(1, r.written());
  }

  @Test
  void readsStandardInputAndGzip() throws IOException {
    Path gz = tmp.resolve("docs.jsonl.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(
          ("{\"id\":\"z1\",\"text\":\"" + article(5).replace("\n", "\\n") + "\"}\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    BuildReport r =
        builder(TestAnnotators.pipeline())
            .build()
            .run(
                rejects ->
                    new InputReader(
                        List.of(gz.toString(), "-"),
                        InputFormat.AUTO,
                        rejects,
                        new ByteArrayInputStream(article(6).getBytes(StandardCharsets.UTF_8))),
                tmp.resolve("o"));
    assertEquals(2, r.written());
  }
}

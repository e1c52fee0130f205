/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Pipeline;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;

/**
 * The time budget per document: a document whose annotator loops is rejected by name, and the
 * others are written in input order, whatever the number of threads. The budgets are half a second:
 * long against the microseconds a test document takes even on a busy machine, short for the test.
 */
class DocTimeoutTest {

  @TempDir Path tmp;

  /** Set when a test ends, so that the abandoned looping threads end too. */
  private volatile boolean released;

  @AfterEach
  void release() {
    released = true;
  }

  /** The test pipeline, then an annotator that spins (a CPU loop, deaf to interrupts) on «LOOP». */
  private Pipeline looping() {
    return Spinners.after(TestAnnotators.pipeline(), "LOOP", () -> released);
  }

  private Path inputs(String... texts) throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    for (int i = 0; i < texts.length; i++) {
      Files.writeString(in.resolve("doc-" + i + ".txt"), texts[i]);
    }
    return in;
  }

  private static DatasetBuilder.ReaderFactory read(Path in) {
    return rejects ->
        new InputReader(
            List.of(in.toString()), InputFormat.AUTO, rejects, new ByteArrayInputStream(new byte[0]));
  }

  @ParameterizedTest
  @CsvSource({"1", "2", "4"})
  @Timeout(30)
  void buildRejectsTheLoopingDocumentAndWritesTheRestInOrder(int threads) throws IOException {
    Path in = inputs("عنوان\nنص أول.", "عنوان\nنص LOOP.", "عنوان\nنص ثالث.", "عنوان\nنص رابع.");
    Path out = tmp.resolve("out");
    BuildReport report =
        DatasetBuilder.builder(looping())
            .format(OutputFormat.JSONL, ExportOptions.defaults())
            .pages(PageMode.WHOLE)
            .splitter(HashSplitter.parse("100,0,0", 0))
            .threads(threads)
            .docTimeout(Duration.ofMillis(500))
            .build()
            .run(read(in), out);
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("jsonl/train.jsonl"))) {
      ids.add(line.substring(line.indexOf(":\"") + 2, line.indexOf("\",")));
    }
    assertEquals(List.of("doc-0.txt", "doc-2.txt", "doc-3.txt"), ids);
    assertEquals(
        List.of(
            "{\"input\":\"doc-1.txt\",\"location\":\"\",\"reason\":\"annotation exceeded 0.5 s\"}"),
        Files.readAllLines(out.resolve("rejects.jsonl")));
    assertEquals(1, report.rejected());
  }

  @ParameterizedTest
  @CsvSource({"1", "2"})
  @Timeout(30)
  void parallelAnnotatorHearsEveryInputInOrder(int threads) throws IOException {
    Path in = inputs("نص أول.", "LOOP", "", "LOOP ثانية", "نص أخير.");
    List<String> heard = new ArrayList<>();
    ParallelAnnotator.builder(looping())
        .threads(threads)
        .docTimeout(Duration.ofMillis(500))
        .build()
        .run(
            read(in),
            Document::id,
            new Heard(heard));
    // a blank document is annotated, not rejected; two stuck workers do not stop the run
    assertEquals(
        List.of(
            "written doc-0.txt",
            "rejected doc-1.txt: annotation exceeded 0.5 s",
            "written doc-2.txt",
            "rejected doc-3.txt: annotation exceeded 0.5 s",
            "written doc-4.txt"),
        heard);
  }

  @Test
  @Timeout(30)
  void manyStuckWorkersNeitherBlockNorExhaustTheRun() throws IOException {
    String[] texts = new String[12];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = i % 2 == 0 ? "LOOP " + i : "نص " + i;
    }
    List<String> rejected = new ArrayList<>();
    List<String> written = new ArrayList<>();
    ParallelAnnotator.builder(looping())
        .threads(1)
        .docTimeout(Duration.ofMillis(500))
        .build()
        .run(
            read(inputs(texts)),
            Document::id,
            new ParallelAnnotator.Sink<String>() {
              @Override
              public void accept(String id) {
                written.add(id);
              }

              @Override
              public void reject(InvalidInputException e) {
                rejected.add(e.input());
              }
            });
    // the names sort as text: doc-0, doc-1, doc-10, doc-11, doc-2, ...
    assertEquals(List.of("doc-0.txt", "doc-10.txt", "doc-2.txt", "doc-4.txt", "doc-6.txt", "doc-8.txt"), rejected);
    assertEquals(List.of("doc-1.txt", "doc-11.txt", "doc-3.txt", "doc-5.txt", "doc-7.txt", "doc-9.txt"), written);
  }

  /**
   * A document is timed on its own, not only once the calling thread waits for it: while the
   * calling thread is busy with the page before (here a sink that waits for the document after),
   * the stuck document is abandoned at its budget and a new worker takes up the next one.
   */
  @Test
  @Timeout(30)
  void aStuckDocumentBehindTheOneBeingWrittenIsAbandonedAtItsBudget() throws IOException {
    Path in = inputs("نص أول.", "LOOP", "نص ثالث.");
    CountDownLatch thirdEncoded = new CountDownLatch(1);
    List<String> heard = new ArrayList<>();
    ParallelAnnotator.builder(looping())
        .threads(1)
        .docTimeout(Duration.ofMillis(300))
        .build()
        .run(
            read(in),
            doc -> {
              if (doc.id().equals("doc-2.txt")) {
                thirdEncoded.countDown();
              }
              return doc.id();
            },
            new Heard(heard) {
              @Override
              public void accept(String id) throws IOException {
                if (id.equals("doc-0.txt")) {
                  try {
                    // the only worker is stuck on doc-1: doc-2 is annotated only by its replacement
                    heard.add("doc-2 encoded while doc-0 was written: "
                        + thirdEncoded.await(10, TimeUnit.SECONDS));
                  } catch (InterruptedException e) {
                    throw new IOException(e);
                  }
                }
                super.accept(id);
              }
            });
    assertEquals(
        List.of(
            "doc-2 encoded while doc-0 was written: true",
            "written doc-0.txt",
            "rejected doc-1.txt: annotation exceeded 0.3 s",
            "written doc-2.txt"),
        heard);
  }

  @ParameterizedTest
  @CsvSource({"PT60S, 60", "PT0.25S, 0.25", "PT1S, 1", "PT0.001S, 0.001", "PT90S, 90"})
  void statesTheBudgetInSeconds(Duration budget, String seconds) {
    assertEquals(seconds, TimeBudget.seconds(budget));
  }

  @Test
  void aNegativeBudgetIsRefusedAndZeroIsNone() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DatasetBuilder.builder(looping()).docTimeout(Duration.ofSeconds(-1)));
    assertEquals(null, TimeBudget.of(Duration.ZERO));
  }

  /** A sink that tells, in order, each document written and each rejected with its reason. */
  private static class Heard implements ParallelAnnotator.Sink<String> {
    private final List<String> heard;

    Heard(List<String> heard) {
      this.heard = heard;
    }

    @Override
    public void accept(String id) throws IOException {
      heard.add("written " + id);
    }

    @Override
    public void reject(InvalidInputException e) {
      heard.add("rejected " + e.input() + ": " + e.reason());
    }
  }
}

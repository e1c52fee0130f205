/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tawsim.spark.SparkBuildFixtures.builder;
import static org.tawsim.spark.SparkBuildFixtures.job;
import static org.tawsim.spark.SparkBuildFixtures.splitFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.dataset.DatasetBuilder;
import org.tawsim.dataset.DedupMode;
import org.tawsim.dataset.HashSplitter;
import org.tawsim.dataset.PageMode;

/**
 * Runs the job in Spark's local mode on bad input, a failing pipeline and bad options: rejects
 * with their place, nothing left that looks complete, usage errors. One session for the class.
 * Output against one machine: {@link SparkBuildTest}.
 */
class SparkBuildErrorsTest {

  private static final Path SAMPLES = LocalSession.SAMPLES;

  @RegisterExtension static final LocalSession SPARK = new LocalSession();

  @TempDir Path tmp;

  @Test
  void refusesTokenFormatsWithoutTokens() {
    for (String format : List.of("conll", "hf")) {
      SparkBuild noTokens =
          SparkBuild.builder(() -> org.tawsim.core.Pipeline.of()).formats(List.of(format)).build();
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> noTokens.run(SPARK.session(), List.of(SAMPLES.toString()), tmp.resolve("o").toString()));
      assertTrue(e.getMessage().contains(format), e.getMessage());
    }
  }

  @Test
  void rejectsEveryBadInputWithItsPlaceAndWritesTheRest() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("a.jsonl"),
        "{\"id\":\"ok-1\",\"text\":\"نص سليم\"}\n"
            + "not json\n"
            + "\n"
            + "{\"id\":\"no-text\"}\n"
            + "{\"id\":\"fails\",\"text\":\"boom\"}\n"
            + "{\"id\":\"blank\",\"text\":\"   \"}\n",
        UTF_8);
    Files.write(in.resolve("b.txt"), new byte[] {'o', 'k', ' ', (byte) 0xC3, '(', '\n'});
    Files.writeString(in.resolve("c.txt"), "نص آخر", UTF_8);
    Path out = tmp.resolve("out");

    SparkBuildReport report =
        job().singleFiles(true).build()
            .run(SPARK.session(), List.of(in.toString(), tmp.resolve("missing").toString()), out.toString());

    assertEquals(8, report.inputs());
    assertEquals(2, report.written());
    assertTrue(report.reconciles(), report.equation());
    List<String> reasons = report.rejectionMessages();
    assertEquals(6, reasons.size(), String.join("\n", reasons));
    assertTrue(reasons.get(0).contains("missing") && reasons.get(0).contains("no such file"), reasons.get(0));
    assertTrue(reasons.get(1).contains("a.jsonl") && reasons.get(1).contains("line 2"), reasons.get(1));
    assertTrue(reasons.get(2).contains("line 4") && reasons.get(2).contains("text"), reasons.get(2));
    assertTrue(reasons.get(3).contains("fails") && reasons.get(3).contains("annotation failed"), reasons.get(3));
    assertTrue(reasons.get(4).contains("blank") && reasons.get(4).contains("empty"), reasons.get(4));
    assertTrue(reasons.get(5).contains("b.txt") && reasons.get(5).contains("byte 3"), reasons.get(5));
    // files named as tawsim build names them: the argument, then the path inside it
    assertTrue(reasons.get(1).startsWith(in.resolve("a.jsonl") + ": line 2"), reasons.get(1));
    assertTrue(reasons.get(5).startsWith(in.resolve("b.txt") + ": "), reasons.get(5));
    assertEquals(6, Files.readAllLines(out.resolve("rejects.jsonl"), UTF_8).size());
    // and as one machine lists them (the reader lists every argument first, as the driver does)
    Path oneMachine = tmp.resolve("builder");
    builder(
        DatasetBuilder.builder(WhitespaceTokens.pipeline())
            .pages(PageMode.WHOLE)
            .splitter(HashSplitter.of(50, 25, 25, 7))
            .dedup(DedupMode.OFF),
        List.of(in.toString(), tmp.resolve("missing").toString()),
        oneMachine);
    Outputs.assertSameReports(oneMachine, out);
    String written = String.join("", splitFiles(out).values());
    assertTrue(written.contains("\"id\":\"ok-1\"") && written.contains("\"id\":\"c.txt\""), written);
  }

  @Test
  void aFailedJobLeavesNothingThatLooksComplete() throws IOException {
    Path out = tmp.resolve("out");
    job().singleFiles(true).build().run(SPARK.session(), List.of(SAMPLES.toString()), out.toString());
    assertTrue(Files.exists(out.resolve("stats.json")));

    SparkBuild failing =
        SparkBuild.builder(
                () -> {
                  throw new IllegalStateException("no model");
                })
            .build();
    assertThrows(
        Exception.class, () -> failing.run(SPARK.session(), List.of(SAMPLES.toString()), out.toString()));
    assertFalse(Files.exists(out.resolve("stats.json")), "stats.json of the earlier run kept");
    assertFalse(Files.exists(out.resolve(JobOutput.STAGING)), "staging folder left behind");
  }

  @Test
  void unknownFormatIsAUsageError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> job().formats(List.of("jsonl", "xml")));
    assertTrue(e.getMessage().contains("xml"), e.getMessage());
  }
}

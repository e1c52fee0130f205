/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tawsim.spark.SparkBuildFixtures.SPLITS;
import static org.tawsim.spark.SparkBuildFixtures.builder;
import static org.tawsim.spark.SparkBuildFixtures.job;
import static org.tawsim.spark.SparkBuildFixtures.joinedParts;
import static org.tawsim.spark.SparkBuildFixtures.oneMachine;
import static org.tawsim.spark.SparkBuildFixtures.splitFiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tawsim.dataset.BuildReport;
import org.tawsim.dataset.DatasetBuilder;
import org.tawsim.dataset.DedupMode;
import org.tawsim.dataset.HashSplitter;
import org.tawsim.dataset.PageMode;
import org.tawsim.dataset.Split;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;

/**
 * Runs the job in Spark's local mode on the sample corpus and checks that it writes what one
 * machine writes, in every format, however the input is cut into tasks. One session for the
 * class: starting Spark takes seconds. Bad input, failures and usage errors: {@link
 * SparkBuildErrorsTest}.
 */
class SparkBuildTest {

  private static final Path SAMPLES = LocalSession.SAMPLES;

  @RegisterExtension static final LocalSession SPARK = new LocalSession();

  @TempDir Path tmp;

  /** A JSONL corpus made of the sample texts, each document repeated under new ids. */
  private Path samplesAsJsonl(int copies) throws IOException {
    return SparkBuildFixtures.samplesAsJsonl(tmp, copies);
  }

  @Test
  void writesWhatOneMachineWritesForTheSampleCorpus() throws IOException {
    Path out = tmp.resolve("out");
    SparkBuildReport report =
        job().minPartitions(3).singleFiles(true).build()
            .run(SPARK.session(), List.of(SAMPLES.toString()), out.toString());

    Map<String, String> expected = oneMachine(List.of(SAMPLES.toString()));
    assertEquals(expected, splitFiles(out));
    assertTrue(expected.values().stream().filter(v -> !v.isEmpty()).count() >= 2, "one split only");
    assertEquals(5, report.written());
    assertTrue(report.reconciles(), report.equation());
    assertTrue(report.partitions() >= 3, "partitions: " + report.partitions());
    // local mode: every task ran in this JVM, the driver
    assertEquals(List.of("driver (pid " + ProcessHandle.current().pid() + ")"), report.executors());
    Path oneMachine = tmp.resolve("builder");
    builder(
        DatasetBuilder.builder(WhitespaceTokens.pipeline())
            .pages(PageMode.WHOLE)
            .splitter(HashSplitter.of(50, 25, 25, 7))
            .dedup(DedupMode.OFF),
        List.of(SAMPLES.toString()),
        oneMachine);
    Outputs.assertSameReports(oneMachine, out);
    assertEquals("", Files.readString(out.resolve("rejects.jsonl"), UTF_8));
    assertFalse(Files.exists(out.resolve(JobOutput.STAGING)), "staging folder left behind");
  }

  @Test
  void givesTheDatasetBuildersDocumentsSplitsAndAnnotations() throws IOException {
    Path corpus = samplesAsJsonl(6);
    List<String> inputs = List.of(SAMPLES.toString(), corpus.toString());
    HashSplitter splitter = HashSplitter.of(80, 10, 10, 3);
    Path oneMachine = tmp.resolve("builder");
    BuildReport built =
        DatasetBuilder.builder(WhitespaceTokens.zonedPipeline())
            .splitter(splitter)
            .dedup(DedupMode.OFF) // the Spark job does not detect duplicates yet
            .threads(2)
            .build()
            .run(
                rejects ->
                    new InputReader(
                        inputs, InputFormat.AUTO, rejects, new ByteArrayInputStream(new byte[0])),
                oneMachine);
    Path out = tmp.resolve("spark");
    SparkBuildReport report =
        SparkBuild.builder(WhitespaceTokens::zonedPipeline)
            .splitter(splitter)
            .splitBytes(16 << 10)
            .singleFiles(true)
            .build()
            .run(SPARK.session(), inputs, out.toString());

    assertEquals(35, report.written());
    assertEquals(built.written(), report.written());
    for (String s : SPLITS) {
      String expected = Files.readString(oneMachine.resolve("jsonl/" + s + ".jsonl"), UTF_8);
      assertEquals(expected, Files.readString(out.resolve("jsonl/" + s + ".jsonl"), UTF_8), s);
      assertEquals(built.splits().get(Split.valueOf(s.toUpperCase(java.util.Locale.ROOT))).documents(), report.written(s), s);
    }
    assertTrue(report.written("dev") + report.written("test") > 0, "everything in train");
    assertTrue(
        Files.readString(out.resolve("jsonl/train.jsonl"), UTF_8).contains("\"zones\":[{"),
        "no zones: the comparison would not cover page cutting");
    Outputs.assertSameReports(oneMachine, out);
  }

  @ParameterizedTest
  @EnumSource(
      value = DedupMode.class,
      names = {"KEEP_ONE", "DROP"})
  void detectsDuplicatesAsTheDatasetBuilderDoes(DedupMode mode) throws IOException {
    // copies 0 and 2 are exact copies of each other; copy 1 is a near copy (one word added)
    Path corpus = tmp.resolve("copies.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<Path> texts;
    try (Stream<Path> s = Files.list(SAMPLES)) {
      texts = s.sorted().toList();
    }
    try (OutputStream out = Files.newOutputStream(corpus)) {
      for (int c = 0; c < 3; c++) {
        for (Path t : texts) {
          String text = Files.readString(t, UTF_8);
          Map<String, String> line = new LinkedHashMap<>();
          line.put("id", "copy" + c + "/" + t.getFileName());
          line.put("text", c == 1 ? text.replaceFirst("\\s*$", " وأضاف.\n") : text);
          out.write(json.writeValueAsBytes(line));
          out.write('\n');
        }
      }
    }
    List<String> inputs = List.of(corpus.toString());
    HashSplitter splitter = HashSplitter.of(50, 25, 25, 5);
    Path oneMachine = tmp.resolve("builder");
    BuildReport built =
        DatasetBuilder.builder(WhitespaceTokens.zonedPipeline())
            .splitter(splitter)
            .dedup(mode)
            .format(OutputFormat.JSONL, ExportOptions.defaults())
            .format(OutputFormat.CONLL, ExportOptions.defaults())
            .format(OutputFormat.CONLLU, ExportOptions.defaults())
            .format(OutputFormat.SPACY, ExportOptions.defaults())
            .format(OutputFormat.HF, ExportOptions.defaults())
            .format(OutputFormat.DOCCANO, ExportOptions.defaults())
            .threads(2)
            .build()
            .run(
                rejects ->
                    new InputReader(
                        inputs, InputFormat.AUTO, rejects, new ByteArrayInputStream(new byte[0])),
                oneMachine);
    Path out = tmp.resolve("spark");
    SparkBuildReport report =
        SparkBuild.builder(WhitespaceTokens::zonedPipeline)
            .splitter(splitter)
            .dedup(mode)
            .formats(List.of("jsonl", "conll", "conllu", "spacy", "hf", "doccano"))
            .splitBytes(8 << 10)
            .singleFiles(true)
            .build()
            .run(SPARK.session(), inputs, out.toString());

    assertTrue(report.partitions() >= 3, "partitions: " + report.partitions());
    assertTrue(report.reconciles(), report.equation());
    assertEquals(built.droppedDuplicates(), report.droppedDuplicates(), report.equation());
    assertTrue(report.droppedDuplicates() >= 5, report.equation());
    assertEquals(built.written(), report.written());
    for (String f :
        List.of(
            "jsonl/%s.jsonl",
            "conll/%s.conll",
            "conllu/%s.conllu",
            "spacy/%s.spacy.jsonl",
            "hf/%s.hf.jsonl",
            "hf/%s.hf.labels.json",
            "doccano/%s.doccano.jsonl")) {
      for (String s : SPLITS) {
        String file = String.format(java.util.Locale.ROOT, f, s);
        assertEquals(
            Files.readString(oneMachine.resolve(file), UTF_8),
            Files.readString(out.resolve(file), UTF_8),
            file);
      }
    }
    Outputs.assertSameReports(oneMachine, out);
    assertFalse(Files.exists(out.resolve(JobOutput.STAGING)), "staging folder left behind");
  }

  @Test
  void writesHfWithTheLabelListOfOneMachineAcrossTasks() throws IOException {
    // types beyond the default list first appear in different tasks, not in name order; a task
    // alone would number them otherwise
    List<String> markers = List.of("ZED", "", "MID", "ALPHA", "", "KAPPA ZED", "BETA", "");
    Path corpus = tmp.resolve("typed.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<Path> texts;
    try (Stream<Path> s = Files.list(SAMPLES)) {
      texts = s.sorted().toList();
    }
    try (OutputStream out = Files.newOutputStream(corpus)) {
      int k = 0;
      for (int c = 0; c < 4; c++) {
        for (Path t : texts) {
          Map<String, String> line = new LinkedHashMap<>();
          line.put("id", "typed" + c + "/" + t.getFileName());
          line.put("text", markers.get(k++ % markers.size()) + " " + Files.readString(t, UTF_8));
          out.write(json.writeValueAsBytes(line));
          out.write('\n');
        }
      }
    }
    List<String> inputs = List.of(corpus.toString());
    HashSplitter splitter = HashSplitter.of(50, 25, 25, 2);
    Path oneMachine = tmp.resolve("builder");
    builder(
        DatasetBuilder.builder(WhitespaceTokens.typedPipeline())
            .pages(PageMode.WHOLE)
            .splitter(splitter)
            .dedup(DedupMode.OFF)
            .format(OutputFormat.HF, ExportOptions.defaults())
            .format(OutputFormat.JSONL, ExportOptions.defaults()),
        inputs,
        oneMachine);
    Path out = tmp.resolve("spark");
    SparkBuildReport report =
        SparkBuild.builder(WhitespaceTokens::typedPipeline)
            .pages(PageMode.WHOLE)
            .splitter(splitter)
            .formats(List.of("hf", "jsonl"))
            .splitBytes(8 << 10)
            .singleFiles(true)
            .build()
            .run(SPARK.session(), inputs, out.toString());

    assertTrue(report.partitions() >= 4, "partitions: " + report.partitions());
    assertEquals(20, report.written());
    for (String s : SPLITS) {
      for (String f : List.of("hf/%s.hf.jsonl", "hf/%s.hf.labels.json", "jsonl/%s.jsonl")) {
        String file = String.format(java.util.Locale.ROOT, f, s);
        assertEquals(
            Files.readString(oneMachine.resolve(file), UTF_8),
            Files.readString(out.resolve(file), UTF_8),
            file);
      }
    }
    String trainLabels = Files.readString(out.resolve("hf/train.hf.labels.json"), UTF_8);
    assertTrue(trainLabels.contains("B-ZED") && trainLabels.contains("B-ALPHA"), trainLabels);
    Outputs.assertSameReports(oneMachine, out);
  }

  @Test
  void writesEveryFormatAsTheDatasetBuilderDoesAcrossTasks() throws IOException {
    Path corpus = samplesAsJsonl(4);
    List<String> inputs = List.of(corpus.toString());
    List<OutputFormat> formats =
        List.of(
            OutputFormat.JSONL,
            OutputFormat.CONLL,
            OutputFormat.CONLLU,
            OutputFormat.SPACY,
            OutputFormat.HF,
            OutputFormat.DOCCANO);
    HashSplitter splitter = HashSplitter.of(60, 20, 20, 11);
    DatasetBuilder.Builder b =
        DatasetBuilder.builder(WhitespaceTokens.zonedPipeline())
            .splitter(splitter)
            .dedup(DedupMode.OFF)
            .threads(2);
    formats.forEach(f -> b.format(f, ExportOptions.defaults()));
    Path oneMachine = tmp.resolve("builder");
    b.build()
        .run(
            rejects ->
                new InputReader(inputs, InputFormat.AUTO, rejects, new ByteArrayInputStream(new byte[0])),
            oneMachine);
    Path out = tmp.resolve("spark");
    SparkBuildReport report =
        SparkBuild.builder(WhitespaceTokens::zonedPipeline)
            .splitter(splitter)
            .formats(formats.stream().map(OutputFormat::label).toList())
            .splitBytes(8 << 10)
            .build()
            .run(SPARK.session(), inputs, out.toString());

    assertTrue(report.partitions() >= 4, "partitions: " + report.partitions());
    for (OutputFormat f : formats) {
      for (String s : SPLITS) {
        String expected =
            Files.readString(oneMachine.resolve(f.label() + "/" + s + f.extension()), UTF_8);
        StringBuilder joined = new StringBuilder();
        try (Stream<Path> parts = Files.list(out.resolve(f.label() + "/" + s))) {
          for (Path p : parts.sorted().toList()) {
            joined.append(Files.readString(p, UTF_8));
          }
        }
        assertEquals(expected, joined.toString(), f.label() + " " + s);
      }
    }
    for (String s : SPLITS) {
      String labels = "hf/" + s + ".hf.labels.json";
      assertEquals(
          Files.readString(oneMachine.resolve(labels), UTF_8),
          Files.readString(out.resolve(labels), UTF_8),
          labels);
    }
  }

  @Test
  void splittingAJsonlFileAmongTasksChangesNothing() throws IOException {
    Path corpus = samplesAsJsonl(6); // 30 lines, about 80 KB
    Map<String, String> expected = oneMachine(List.of(corpus.toString()));
    List<Map<String, String>> outputs = new ArrayList<>();
    for (long splitBytes : new long[] {1 << 30, 16 << 10, 3 << 10}) {
      Path out = tmp.resolve("out-" + splitBytes);
      SparkBuildReport report =
          job().splitBytes(splitBytes).build()
              .run(SPARK.session(), List.of(corpus.toString()), out.toString());
      assertEquals(30, report.written(), "split size " + splitBytes);
      outputs.add(joinedParts(out));
    }
    assertEquals(List.of(expected, expected, expected), outputs);
  }

  @Test
  void mixesTextFilesAndJsonlInArgumentOrder() throws IOException {
    Path corpus = samplesAsJsonl(1);
    Path single = SAMPLES.resolve("ntrex-007.txt");
    List<String> inputs = List.of(single.toString(), corpus.toString(), SAMPLES.toString());
    Path out = tmp.resolve("out");
    job().splitBytes(4 << 10).singleFiles(true).build().run(SPARK.session(), inputs, out.toString());
    assertEquals(oneMachine(inputs), splitFiles(out));
  }

  @Test
  void buildsThePipelineOncePerExecutorNotPerRecordOrTask() throws IOException {
    Path corpus = samplesAsJsonl(4);
    int before = WhitespaceTokens.CREATED.get();
    SparkBuildReport report =
        job().splitBytes(8 << 10).build()
            .run(SPARK.session(), List.of(corpus.toString()), tmp.resolve("out").toString());
    assertTrue(report.partitions() > 2, "partitions: " + report.partitions());
    // local mode: the driver is the only executor
    assertEquals(1, WhitespaceTokens.CREATED.get() - before);
  }
}

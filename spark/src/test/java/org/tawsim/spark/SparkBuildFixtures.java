/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Pipeline;
import org.tawsim.core.RejectHandler;
import org.tawsim.dataset.BuildReport;
import org.tawsim.dataset.DatasetBuilder;
import org.tawsim.dataset.HashSplitter;
import org.tawsim.dataset.PageMode;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.Formats;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;

/**
 * What {@link SparkBuildTest} and {@link SparkBuildErrorsTest} share: the test job, what one
 * machine writes for the same inputs, the output folders read back, and a JSONL corpus made of the
 * sample texts.
 */
final class SparkBuildFixtures {

  private SparkBuildFixtures() {}

  static final List<String> SPLITS = Outputs.SPLITS;

  /** Whole texts (the test pipeline has no zone tagger), split 50/25/25 so that all get some. */
  static SparkBuild.Builder job() {
    return SparkBuild.builder(WhitespaceTokens::pipeline)
        .pages(PageMode.WHOLE)
        .splitter(HashSplitter.of(50, 25, 25, 7));
  }

  /**
   * What one machine writes, per split: InputReader, the same pipeline, JsonlWriter, in input
   * order, each document in its split by the same splitter.
   */
  static Map<String, String> oneMachine(List<String> inputs) throws IOException {
    Pipeline pipeline = WhitespaceTokens.pipeline();
    HashSplitter splitter = HashSplitter.of(50, 25, 25, 7);
    Map<String, ByteArrayOutputStream> outs = new LinkedHashMap<>();
    Map<String, DocumentWriter> writers = new LinkedHashMap<>();
    for (String s : SPLITS) {
      outs.put(s, new ByteArrayOutputStream());
      writers.put(s, Formats.writer(OutputFormat.JSONL, outs.get(s), ExportOptions.defaults()));
    }
    try (InputReader reader =
        new InputReader(
            inputs, InputFormat.AUTO, RejectHandler.collecting(), new ByteArrayInputStream(new byte[0]))) {
      for (Optional<Document> d = reader.read(); d.isPresent(); d = reader.read()) {
        writers.get(splitter.assign(d.get().id()).label()).write(pipeline.annotate(d.get()));
      }
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (String s : SPLITS) {
      writers.get(s).close();
      result.put(s, outs.get(s).toString(UTF_8));
    }
    return result;
  }

  /** The single files of each split. */
  static Map<String, String> splitFiles(Path out) throws IOException {
    Map<String, String> result = new LinkedHashMap<>();
    for (String s : SPLITS) {
      result.put(s, Files.readString(out.resolve("jsonl/" + s + ".jsonl"), UTF_8));
    }
    return result;
  }

  /** The parts of each split joined in name order, which is partition order. */
  static Map<String, String> joinedParts(Path out) throws IOException {
    Map<String, String> result = new LinkedHashMap<>();
    for (String s : SPLITS) {
      StringBuilder sb = new StringBuilder();
      try (Stream<Path> parts = Files.list(out.resolve("jsonl/" + s))) {
        for (Path p : parts.sorted().toList()) {
          sb.append(Files.readString(p, UTF_8));
        }
      }
      result.put(s, sb.toString());
    }
    return result;
  }

  /** Runs the dataset builder on these inputs into {@code out}. */
  static BuildReport builder(DatasetBuilder.Builder b, List<String> inputs, Path out)
      throws IOException {
    return b.threads(2)
        .build()
        .run(
            rejects ->
                new InputReader(
                    inputs, InputFormat.AUTO, rejects, new ByteArrayInputStream(new byte[0])),
            out);
  }

  /** A JSONL corpus made of the sample texts, each document repeated under new ids. */
  static Path samplesAsJsonl(Path tmp, int copies) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path file = tmp.resolve("samples.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      List<Path> texts;
      try (Stream<Path> s = Files.list(LocalSession.SAMPLES)) {
        texts = s.sorted().toList();
      }
      for (int c = 0; c < copies; c++) {
        for (Path t : texts) {
          Map<String, String> line = new LinkedHashMap<>();
          line.put("id", c + "/" + t.getFileName());
          line.put("text", Files.readString(t, UTF_8));
          line.put("source", "ntrex");
          out.write(json.writeValueAsBytes(line));
          out.write('\n');
        }
      }
    }
    return file;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.tawsim.annotate.Annotators;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tawsim bench CORPUS}: throughput of every pipeline stage, of the whole pipeline at 1 and N
 * threads, of baselines, and time per character from small to large documents.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the default pipeline stage by stage over a corpus after a warm-up:",
      "characters/s, tokens/s and bytes allocated per character, for 1 and N threads;",
      "baselines (OpenNLP's SentenceDetectorME alone with the shipped model, and a regular-expression",
      "sentence splitter) in the same run, so figures read as ratios;",
      "and time per character for documents from 1 KB to 10 MB (--sizes): the same text cut into"
          + " documents of each size."
    })
final class BenchCommand implements Callable<Integer> {

  /**
   * Fewest passes per cell and round of the size check. Every cell runs over the same text, one
   * pass about 1.5 s for the whole pipeline here, so the cells need this many whatever --measure
   * says; over the default rounds that is 15 passes a cell, the median of each round's median.
   */
  private static final int PASSES_PER_ROUND = 3;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CORPUS", description = "Files or folders of text or JSONL.")
  List<String> corpus;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel run. Default: all cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--warmup", paramLabel = "SECONDS", description = "Warm-up per measurement. Default: ${DEFAULT-VALUE}.")
  double warmup = 3;

  @Option(names = "--measure", paramLabel = "SECONDS", description = "Measuring time per measurement. Default: ${DEFAULT-VALUE}.")
  double measure = 5;

  @Option(names = "--no-scaling", description = "Skip the document-size scaling check.")
  boolean noScaling;

  @Option(
      names = "--sizes",
      paramLabel = "SIZE",
      split = ",",
      converter = SizeConverter.class,
      description =
          "Document sizes of the scaling check, in chars, with K (1024) or M (1048576)."
              + " Default: 1K,10K,100K,1M,10M. The text is the corpus, repeated if it is shorter"
              + " than the largest size.")
  List<Integer> sizes = List.of(1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20);

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description =
          "Rounds of the two checks: each round measures the whole pipeline on 1 and N threads"
              + " and every size once, interleaved, and each figure is the median over the"
              + " rounds. Every round gets its share of --warmup and --measure, and at least 3"
              + " passes a measurement. Default: ${DEFAULT-VALUE}.")
  int rounds = 5;

  @Option(names = "--json", description = "Print machine-readable JSON instead of tables.")
  boolean json;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (threads < 1 || warmup < 0 || measure <= 0 || rounds < 1) {
      throw new IllegalArgumentException(
          "--threads must be >= 1, --warmup >= 0, --measure > 0 and --rounds >= 1");
    }
    RejectHandler.Collecting rejects = RejectHandler.collecting();
    List<Document> docs = new ArrayList<>();
    try (InputReader r = new InputReader(corpus, InputFormat.AUTO, rejects, InputStream.nullInputStream())) {
      for (Optional<Document> d = r.read(); d.isPresent(); d = r.read()) {
        docs.add(d.get());
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no documents in " + corpus);
    }
    Pipeline pipeline = Annotators.defaultPipeline();
    StageBench bench = new StageBench(warmup, measure);
    long tokens = PipelineBench.countTokens(docs, pipeline);
    List<StageBench.Result> results =
        PipelineBench.measureSteps(bench, pipeline, docs, tokens, threads);
    for (StageBench.Stage baseline : BenchBaselines.baselines()) {
      results.add(bench.measure(baseline, docs, tokens, 1));
    }
    StageBench roundBench = new StageBench(warmup / rounds, measure / rounds, PASSES_PER_ROUND);
    double[] speedups =
        PipelineBench.measureThreads(roundBench, pipeline, docs, tokens, results, threads, rounds);
    List<List<double[]>> scaling =
        noScaling ? List.of() : ScalingCheck.scalingRounds(roundBench, pipeline, docs, sizes, rounds);
    List<String> scalingColumns = new ArrayList<>();
    pipeline.steps().forEach(s -> scalingColumns.add(s.name()));
    scalingColumns.add("pipeline");
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    PrintWriter out = spec.commandLine().getOut();
    BenchReport report = new BenchReport(
        docs.size(), chars, tokens, results, speedups, threads, rounds, scaling, scalingColumns);
    if (json) {
      report.printJson(out);
    } else {
      report.printTables(out);
    }
    out.flush();
    return rejects.rejections().isEmpty() ? 0 : Tawsim.EXIT_REJECTS;
  }
}

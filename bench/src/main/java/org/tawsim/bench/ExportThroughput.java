/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.Formats;
import org.tawsim.export.OutputFormat;

/**
 * A second measure of the export writers for a shared, loaded machine: output bytes per second of
 * wall time, of the writing thread's CPU time, and of the process's CPU time (all threads of the
 * JVM, so JIT compilation and GC count against the writer). On an idle machine wall and thread CPU
 * agree for this one-thread work; when other processes compete for the cores, wall time grows and
 * CPU time does not, so the CPU figures tell what one thread of its own would do. {@link
 * ExportWriterBenchmark} is the JMH measure.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.tawsim.bench.ExportThroughput \
 *     ../shared/corpora/saudinewsnet/saudinewsnet-2015-07-22to24.jsonl [passes [warmup [formats]]]
 * </pre>
 *
 * <p>Documents get layers as in {@link ExportWriterBenchmark#withLayers}. Each format is warmed up
 * with {@code warmup} passes (default 10), then measured over {@code passes} passes (default 10); {@code formats} (such as {@code conll,hf})
 * limits the run to those.
 */
public final class ExportThroughput {

  private ExportThroughput() {}

  /** Runs the measure and prints one line per format. */
  public static void main(String[] args) throws IOException {
    String corpus = args.length > 0 ? args[0] : "sample";
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Document> docs = new ArrayList<>();
    for (Document d : Corpus.load(corpus).documents()) {
      docs.add(ExportWriterBenchmark.withLayers(d));
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(Locale.ROOT, "%s: %d documents, %d passes per format after %d warm-up passes%n",
        corpus, docs.size(), passes, warmup);
    System.out.printf(Locale.ROOT, "%-8s %12s %10s %14s %15s%n",
        "format", "bytes/pass", "MB/s wall", "MB/s thread CPU", "MB/s process CPU");
    List<String> only = args.length > 3 ? List.of(args[3].split(",")) : List.of();
    for (OutputFormat f : OutputFormat.values()) {
      if (!only.isEmpty() && !only.contains(f.label())) {
        continue;
      }
      for (int i = 0; i < warmup; i++) {
        pass(f, docs);
      }
      long bytes = 0;
      long wall = System.nanoTime();
      long cpu = os.getProcessCpuTime();
      long thread = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < passes; i++) {
        bytes += pass(f, docs);
      }
      double wallSeconds = (System.nanoTime() - wall) / 1e9;
      double threadSeconds = (threads.getCurrentThreadCpuTime() - thread) / 1e9;
      double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
      System.out.printf(Locale.ROOT, "%-8s %12d %10.1f %14.1f %15.1f%n", f.label(), bytes / passes,
          bytes / 1e6 / wallSeconds, bytes / 1e6 / threadSeconds, bytes / 1e6 / cpuSeconds);
    }
  }

  private static long pass(OutputFormat f, List<Document> docs) throws IOException {
    ExportWriterBenchmark.CountingSink sink = new ExportWriterBenchmark.CountingSink();
    ExportWriterBenchmark.CountingSink labels = new ExportWriterBenchmark.CountingSink();
    try (DocumentWriter w = Formats.writer(f, sink, labels, ExportOptions.defaults())) {
      for (Document d : docs) {
        w.write(d);
      }
    }
    return sink.count;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;

/** The figures of one {@code tawsim bench} run, printed as tables or as JSON. */
final class BenchReport {

  private final int docs;
  private final long chars;
  private final long tokens;
  private final List<StageBench.Result> results;
  private final double[] speedups;
  private final int threads;
  private final int rounds;
  private final List<List<double[]>> scalingRounds;
  /** Column names of the scaling rows: each step, then the whole pipeline. */
  private final List<String> scalingColumns;

  /**
   * @param speedups N threads' speed over 1 thread's, per round (none for one thread)
   * @param scalingRounds the rows of the size check, per round (none when skipped)
   */
  BenchReport(int docs, long chars, long tokens, List<StageBench.Result> results, double[] speedups,
      int threads, int rounds, List<List<double[]>> scalingRounds, List<String> scalingColumns) {
    this.docs = docs;
    this.chars = chars;
    this.tokens = tokens;
    this.results = List.copyOf(results);
    this.speedups = speedups.clone();
    this.threads = threads;
    this.rounds = rounds;
    this.scalingRounds = List.copyOf(scalingRounds);
    this.scalingColumns = List.copyOf(scalingColumns);
  }

  void printTables(PrintWriter out) {
    out.printf(Locale.ROOT, "corpus: %d documents, %d characters, %d tokens; %s %s, %d cores, %s%n",
        docs, chars, tokens, System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), collectors());
    out.printf(Locale.ROOT, "%-40s %7s %14s %14s %12s %7s%n",
        "stage", "threads", "chars/s", "tokens/s", "alloc B/char", "passes");
    for (StageBench.Result r : results) {
      out.printf(Locale.ROOT, "%-40s %7d %14.0f %14.0f %12.1f %7d%n",
          r.stage(), r.threads(), r.charsPerSecond(), r.tokensPerSecond(), r.bytesAllocatedPerChar(), r.passes());
    }
    if (speedups.length > 0) {
      out.printf(Locale.ROOT, "speed-up with %d threads: %.2fx, the median of %d rounds, each against"
          + " 1 thread in the same round: %s%n", threads, ScalingCheck.median(speedups.clone()), rounds,
          Arrays.stream(speedups).mapToObj(x -> String.format(Locale.ROOT, "%.2f", x))
              .collect(Collectors.joining(", ")));
    }
    if (!scalingRounds.isEmpty()) {
      List<double[]> scaling = ScalingCheck.medianOfRounds(scalingRounds);
      out.printf(Locale.ROOT,
          "documents of growing size, the same text cut into them, ns per char (1 thread),"
              + " median of %d rounds; max/min of these medians, and the median of each round's"
              + " max/min:%n", scalingRounds.size());
      StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %10s", "chars"));
      for (String name : scalingColumns) {
        head.append(String.format(Locale.ROOT, " %12.12s", name));
      }
      out.println(head);
      for (double[] row : scaling) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %10.0f", row[0]));
        for (int c = 1; c < row.length; c++) {
          line.append(String.format(Locale.ROOT, " %12.2f", row[c]));
        }
        out.println(line);
      }
      printRatios(out, "max/min", c -> ScalingCheck.scalingRatio(scaling, c));
      printRatios(out, "in rounds", c -> ScalingCheck.scalingRatioWithinRounds(scalingRounds, c));
      int whole = scaling.get(0).length - 1;
      for (int r = 0; r < scalingRounds.size(); r++) {
        List<double[]> round = scalingRounds.get(r);
        out.printf(Locale.ROOT, "  whole pipeline in round %d: %s (max/min %.2f)%n", r + 1,
            round.stream().map(row -> String.format(Locale.ROOT, "%.1f", row[whole]))
                .collect(Collectors.joining(", ")),
            ScalingCheck.scalingRatio(round, whole));
      }
    }
  }

  void printJson(PrintWriter out) throws IOException {
    java.io.StringWriter buffer = new java.io.StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(buffer)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("corpus");
      g.writeNumberField("documents", docs);
      g.writeNumberField("characters", chars);
      g.writeNumberField("tokens", tokens);
      g.writeEndObject();
      g.writeObjectFieldStart("machine");
      g.writeNumberField("cores", Runtime.getRuntime().availableProcessors());
      g.writeStringField("java", System.getProperty("java.version"));
      g.writeStringField("vm", System.getProperty("java.vm.name"));
      g.writeStringField("collectors", collectors());
      g.writeEndObject();
      g.writeArrayFieldStart("stages");
      for (StageBench.Result r : results) {
        g.writeStartObject();
        g.writeStringField("stage", r.stage());
        g.writeNumberField("threads", r.threads());
        g.writeNumberField("passes", r.passes());
        g.writeNumberField("seconds_per_pass", r.secondsPerPass());
        g.writeNumberField("chars_per_second", r.charsPerSecond());
        g.writeNumberField("tokens_per_second", r.tokensPerSecond());
        if (!Double.isNaN(r.bytesAllocatedPerChar())) {
          g.writeNumberField("bytes_allocated_per_char", r.bytesAllocatedPerChar());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      if (speedups.length > 0) {
        g.writeNumberField("speedup_threads", threads);
        g.writeNumberField("speedup", ScalingCheck.median(speedups.clone()));
        g.writeArrayFieldStart("speedup_rounds");
        for (double x : speedups) {
          g.writeNumber(x);
        }
        g.writeEndArray();
      }
      if (!scalingRounds.isEmpty()) {
        List<double[]> scaling = ScalingCheck.medianOfRounds(scalingRounds);
        g.writeFieldName("scaling");
        writeScalingRows(g, scaling);
        writeRatios(g, "scaling_max_over_min", c -> ScalingCheck.scalingRatio(scaling, c));
        writeRatios(g, "scaling_max_over_min_within_rounds",
            c -> ScalingCheck.scalingRatioWithinRounds(scalingRounds, c));
        g.writeArrayFieldStart("scaling_rounds");
        for (List<double[]> round : scalingRounds) {
          writeScalingRows(g, round);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    out.println(buffer);
  }

  /** Prints one row of the scaling table: a ratio for each column, column c counted from 1. */
  private void printRatios(PrintWriter out, String label, IntToDoubleFunction ratio) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %10s", label));
    for (int c = 1; c <= scalingColumns.size(); c++) {
      line.append(String.format(Locale.ROOT, " %12.2f", ratio.applyAsDouble(c)));
    }
    out.println(line);
  }

  /** Writes a ratio for each column of the scaling table, by column name. */
  private void writeRatios(JsonGenerator g, String name, IntToDoubleFunction ratio)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (int c = 1; c <= scalingColumns.size(); c++) {
      g.writeNumberField(scalingColumns.get(c - 1), ratio.applyAsDouble(c));
    }
    g.writeEndObject();
  }

  private void writeScalingRows(JsonGenerator g, List<double[]> rows) throws IOException {
    g.writeStartArray();
    for (double[] row : rows) {
      g.writeStartObject();
      g.writeNumberField("chars", (long) row[0]);
      for (int c = 1; c < row.length; c++) {
        g.writeNumberField("ns_per_char_" + scalingColumns.get(c - 1), row[c]);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Returns the JVM's garbage collectors by name (G1 Young Generation, PS Scavenge...): the time per
   * character of one large document depends on them, so the output says which ran.
   */
  static String collectors() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining(", "));
  }
}

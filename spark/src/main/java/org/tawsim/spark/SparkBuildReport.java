/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tawsim.dataset.BuildReport;
import org.tawsim.dataset.Split;

/**
 * What a {@link SparkBuild} run did: the dataset builder's own {@link BuildReport} (the same
 * counts, split statistics, {@code summary.txt} and {@code stats.json} as {@code tawsim build}
 * gives for the same input and settings), the rejections with their reasons, and where the
 * executors' time went.
 *
 * <p>Counts reconcile: {@code inputs = written + rejected + dropped duplicates}, where the inputs
 * are the documents read, the inputs rejected while reading and the related articles split off
 * pages. The time figures are sums over tasks and are not part of {@code stats.json}, which stays
 * byte-identical from run to run.
 */
public final class SparkBuildReport {

  private final BuildReport build;
  private final List<Rejection> rejections;
  private final int partitions;
  private final List<PartitionResult.Executor> executors;
  private final long annotateNanos;
  private final long taskNanos;
  private final long annotateCpuNanos;
  private final long writeCpuNanos;
  private final long taskCpuNanos;

  /**
   * @param rejections every input not written, dropped duplicates included, in the order {@code
   *     rejects.jsonl} lists them
   * @param passTwoNanos time of the tasks of the second pass (writing), summed; 0 in one pass
   * @param passTwoCpuNanos CPU time of those tasks' threads, summed
   */
  SparkBuildReport(
      BuildReport build,
      List<Rejection> rejections,
      List<PartitionResult> results,
      long passTwoNanos,
      long passTwoCpuNanos) {
    this.build = build;
    this.rejections = List.copyOf(rejections);
    this.partitions = results.size();
    this.executors =
        results.stream()
            .map(PartitionResult::executor)
            .distinct()
            .sorted(Comparator.comparing(PartitionResult.Executor::id))
            .toList();
    long annotate = 0;
    long task = passTwoNanos;
    long annotateCpu = 0;
    long writeCpu = 0;
    long taskCpu = passTwoCpuNanos;
    for (PartitionResult r : results) {
      annotate += r.annotateNanos();
      task += r.totalNanos();
      annotateCpu += r.annotateCpuNanos();
      writeCpu += r.writeCpuNanos();
      taskCpu += r.totalCpuNanos();
    }
    this.annotateNanos = annotate;
    this.taskNanos = task;
    this.annotateCpuNanos = annotateCpu;
    this.writeCpuNanos = writeCpu;
    this.taskCpuNanos = taskCpu;
  }

  /** Returns the dataset builder's report of this run: counts, settings, split statistics. */
  public BuildReport build() {
    return build;
  }

  /** Returns the inputs: documents read, inputs rejected while reading, related articles split off. */
  public long inputs() {
    return build.inputs();
  }

  /** Returns the number of documents written, all splits together. */
  public long written() {
    return build.written();
  }

  /** Returns the documents written to the split of this label, such as {@code "dev"}. */
  public long written(String split) {
    return build.splits().get(Split.valueOf(split.toUpperCase(Locale.ROOT))).documents();
  }

  /** Returns the number of inputs rejected, while reading or afterwards. */
  public long rejected() {
    return build.rejected();
  }

  /** Returns each rejection (not the dropped duplicates) as {@code tawsim build} prints it. */
  public List<String> rejectionMessages() {
    return rejections.stream()
        .filter(r -> r.duplicateOf() == null)
        .map(Rejection::message)
        .toList();
  }

  /** Returns the documents beyond the first cut from one page (page mode articles). */
  public long splitOff() {
    return build.splitOff();
  }

  /** Returns the number of documents dropped as exact or near duplicates. */
  public long droppedDuplicates() {
    return build.droppedDuplicates();
  }

  /** Returns true when inputs = written + rejected + dropped duplicates. */
  public boolean reconciles() {
    return build.reconciles();
  }

  /** Returns the builder's equation, such as {@code inputs 12 = written 9 + rejected 2 + dropped duplicates 1}. */
  public String equation() {
    return build.equation();
  }

  /** Returns the number of partitions (tasks) of the first pass. */
  public int partitions() {
    return partitions;
  }

  /**
   * Returns where the tasks of the first pass ran, one line per executor JVM, sorted by id: Spark's
   * executor id and the JVM's process id, such as {@code 0 (pid 4711)}; {@code driver (pid N)}
   * in local mode, where the tasks run in the driver.
   */
  public List<String> executors() {
    return executors.stream().map(PartitionResult.Executor::toString).toList();
  }

  /** Returns the time spent in the builder's per-document step, summed over tasks, in nanoseconds. */
  public long annotateNanos() {
    return annotateNanos;
  }

  /** Returns the time of the tasks (both passes) from start to end, summed, in nanoseconds. */
  public long taskNanos() {
    return taskNanos;
  }

  /** Returns the CPU time of the task threads in the per-document step, summed, in nanoseconds. */
  public long annotateCpuNanos() {
    return annotateCpuNanos;
  }

  /** Returns the CPU time of the task threads in the formats' writers, summed, in nanoseconds. */
  public long writeCpuNanos() {
    return writeCpuNanos;
  }

  /** Returns the CPU time of the task threads (both passes), summed, in nanoseconds. */
  public long taskCpuNanos() {
    return taskCpuNanos;
  }

  /**
   * Returns the builder's summary ({@code summary.txt}), the executors the tasks ran in, and lines
   * on where the time went: per
   * input, the CPU of the builder's per-document step (annotation), of the formats' writers (which
   * one machine spends too), and of the rest, the job's own overhead (reading and decoding in
   * tasks, staging, splicing, Spark's iteration).
   */
  public String summary() {
    long inputs = Math.max(1, build.read() + build.readRejected());
    return build.summary()
        + String.format(
                Locale.ROOT,
                "executors: %s%n%d partitions; task time %.1f s, of which annotation %.1f s (%.0f%%)%n"
                    + "task CPU %.1f s: annotation %.1f s, writing %.1f s, the job's own overhead"
                    + " %.1f s%n"
                    + "per input, CPU: annotation %.3f ms, writing %.3f ms, the job's own overhead"
                    + " (read, decode, stage, splice) %.3f ms%n",
                String.join(", ", executors()),
                partitions,
                taskNanos / 1e9,
                annotateNanos / 1e9,
                taskNanos == 0 ? 0.0 : 100.0 * annotateNanos / taskNanos,
                taskCpuNanos / 1e9,
                annotateCpuNanos / 1e9,
                writeCpuNanos / 1e9,
                (taskCpuNanos - annotateCpuNanos - writeCpuNanos) / 1e9,
                annotateCpuNanos / 1e6 / inputs,
                writeCpuNanos / 1e6 / inputs,
                (taskCpuNanos - annotateCpuNanos - writeCpuNanos) / 1e6 / inputs)
            .replace(System.lineSeparator(), "\n");
  }

  /**
   * Returns {@code rejects.jsonl}: one {@code {"input","location","reason"}} object a line, with
   * {@code duplicate_of} for a dropped duplicate.
   */
  byte[] rejectsJsonl() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      for (Rejection r : rejections) {
        g.writeStartObject();
        g.writeStringField("input", r.input());
        g.writeStringField("location", r.location());
        g.writeStringField("reason", r.reason());
        if (r.duplicateOf() != null) {
          g.writeStringField("duplicate_of", r.duplicateOf());
        }
        g.writeEndObject();
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Returns {@code summary.txt}, as the builder writes it. */
  byte[] summaryTxt() {
    return build.summary().getBytes(StandardCharsets.UTF_8);
  }

  /** Returns {@code stats.json}, as the builder writes it. */
  byte[] statsJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      build.writeStats(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

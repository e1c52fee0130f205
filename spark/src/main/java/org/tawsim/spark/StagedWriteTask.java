/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.dataset.Split;
import org.tawsim.dataset.SplitStats;
import org.tawsim.export.Formats;
import org.tawsim.export.ReaderFormat;
import org.tawsim.export.conll.ExportReport;

/**
 * Pass two of a two-pass run, on an executor: reads one partition's staged native JSONL back and
 * writes each document to the split the driver decided, in every format (hf with the split's
 * label list), or drops it; returns the statistics of what it wrote per split and its time. Native JSONL reads
 * back to the same document, so the formats come out as without staging.
 */
final class StagedWriteTask implements Function<StagedPartition, StagedWriteTask.Written> {

  private static final long serialVersionUID = 1L;

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /**
   * What one partition of pass two wrote, and its time.
   *
   * @param splits statistics of the documents written, per split
   * @param nanos time of the task
   * @param cpuNanos CPU time of the task's thread
   */
  record Written(Map<Split, SplitStats> splits, long nanos, long cpuNanos)
      implements java.io.Serializable {}

  private final JobOutput output;
  private final HadoopConf conf;
  private final List<CorpusFormat> formats;
  private final Map<String, List<String>> hfLabels;

  /** @param hfLabels with hf, the label list of each split by its label; else null */
  StagedWriteTask(
      JobOutput output,
      HadoopConf conf,
      List<CorpusFormat> formats,
      Map<String, List<String>> hfLabels) {
    this.output = output;
    this.conf = conf;
    this.formats = List.copyOf(formats);
    this.hfLabels = hfLabels == null ? null : Map.copyOf(hfLabels);
  }

  @Override
  public Written call(StagedPartition staged) throws IOException {
    long start = System.nanoTime();
    long startCpu = CPU.getCurrentThreadCpuTime();
    FileSystem fs = JobOutput.fileSystem(output.root(), conf.get());
    TaskContext task = TaskContext.get();
    long attempt = task == null ? 0 : task.taskAttemptId();
    Split[] splits = Split.values();
    byte[] codes = staged.decisions;
    Map<Split, SplitStats> written = new EnumMap<>(Split.class);
    try (PartWriters parts =
        // only raw parts: pass one made the bytes and recorded the writers' adjustments
        new PartWriters(output, conf, formats, hfLabels, ExportReport.counting(), staged.partition,
            attempt)) {
      try (ObjectInputStream stats =
          new ObjectInputStream(
              new BufferedInputStream(
                  fs.open(output.part(CorpusFormat.STATS, JobOutput.STAGED_SPLIT, staged.partition)),
                  1 << 16))) {
        for (byte code : codes) {
          SplitStats one = (SplitStats) stats.readObject();
          if (code != StagedPartition.DROP) {
            written.computeIfAbsent(splits[code], s -> new SplitStats()).addAll(one);
          }
        }
      } catch (ClassNotFoundException e) {
        throw new IOException("staged statistics of partition " + staged.partition, e);
      }
      byte[] buffer = new byte[1 << 16];
      for (int f = 0; f < formats.size(); f++) {
        CorpusFormat format = formats.get(f);
        int[] lengths = staged.lengths.get(f);
        boolean redo = format.isHf() && staged.hfRedo.length > 0;
        Path path = output.part(format.staged(), JobOutput.STAGED_SPLIT, staged.partition);
        try (InputStream in = new BufferedInputStream(fs.open(path), 1 << 16);
            DocumentReader again = redo ? stagedJsonl(fs, staged.partition) : null) {
          int next = 0; // the next document in hfRedo
          for (int i = 0; i < codes.length; i++) {
            Document d = null;
            if (redo && next < staged.hfRedo.length && staged.hfRedo[next] == i) {
              next++;
              d = again.read().orElseThrow(() -> new IOException("staged hf documents end early"));
            }
            if (codes[i] == StagedPartition.DROP) {
              in.skipNBytes(lengths[i]);
              continue;
            }
            String split = splits[codes[i]].label();
            OutputStream out = parts.stream(format, split);
            if (d != null) {
              // its label names come after other documents' in the split's list: render again
              // (its adjustments, the same with any label list, were recorded in pass one)
              in.skipNBytes(lengths[i]);
              out.write(format.render(d, hfLabels.get(split), ExportReport.counting()));
            } else {
              copy(in, out, lengths[i], buffer);
            }
          }
          if (in.read() != -1) {
            throw new IOException(path + " holds more than the " + codes.length + " staged documents");
          }
        }
      }
      parts.commit();
    }
    return new Written(written, System.nanoTime() - start, CPU.getCurrentThreadCpuTime() - startCpu);
  }

  private DocumentReader stagedJsonl(FileSystem fs, int partition) throws IOException {
    Path path = output.part(CorpusFormat.STAGED, JobOutput.STAGED_SPLIT, partition);
    return Formats.reader(ReaderFormat.JSONL, path.toString(), fs.open(path));
  }

  private static void copy(InputStream in, OutputStream out, int length, byte[] buffer)
      throws IOException {
    int left = length;
    while (left > 0) {
      int n = in.read(buffer, 0, Math.min(left, buffer.length));
      if (n < 0) {
        throw new IOException("staged bytes end early");
      }
      out.write(buffer, 0, n);
      left -= n;
    }
  }
}

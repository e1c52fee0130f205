/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tawsim.core.DocumentWriter;
import org.tawsim.export.conll.ExportReport;

/**
 * The part files of one task, one per format and split, each opened when first needed under a
 * name of its own attempt and renamed to its part name by {@link #commit()}; closed without commit
 * they are deleted. Not thread-safe.
 */
final class PartWriters implements AutoCloseable {

  private record Open(Path target, Path temp, OutputStream stream, DocumentWriter writer) {}

  private final JobOutput output;
  private final List<CorpusFormat> formats;
  private final Map<String, List<String>> hfLabels;
  private final ExportReport report;
  private final int partition;
  private final long attempt;
  private final FileSystem fs;
  private final Map<String, Open> open = new LinkedHashMap<>();
  private boolean committed;

  /**
   * @param hfLabels with hf, the label list of each split by its label; else null
   * @param report where the writers tell what they adjusted
   */
  PartWriters(
      JobOutput output,
      HadoopConf conf,
      List<CorpusFormat> formats,
      Map<String, List<String>> hfLabels,
      ExportReport report,
      int partition,
      long attempt)
      throws IOException {
    this.output = output;
    this.formats = formats;
    this.hfLabels = hfLabels;
    this.report = report;
    this.partition = partition;
    this.attempt = attempt;
    this.fs = JobOutput.fileSystem(output.root(), conf.get());
  }

  /** Writes the document to its split's part of every format. */
  void write(org.tawsim.core.Document d, String split) throws IOException {
    for (CorpusFormat format : formats) {
      writer(format, split).write(d);
    }
  }

  /**
   * Returns the raw stream of a part, for bytes a format's writer already made (spliced from
   * pass one); a part is written either through its writer or raw, never both.
   */
  OutputStream stream(CorpusFormat format, String split) throws IOException {
    return part(format, split, false).stream;
  }

  private DocumentWriter writer(CorpusFormat format, String split) throws IOException {
    return part(format, split, true).writer;
  }

  private Open part(CorpusFormat format, String split, boolean withWriter) throws IOException {
    String key = format.name() + '/' + split;
    Open o = open.get(key);
    if (o == null) {
      Path target = output.part(format, split, partition);
      Path temp = JobOutput.attemptOf(target, attempt);
      OutputStream stream = fs.create(temp, true);
      DocumentWriter w =
          withWriter
              ? format.open(stream, hfLabels == null ? null : hfLabels.get(split), report)
              : null;
      o = new Open(target, temp, stream, w);
      open.put(key, o);
    }
    if ((o.writer != null) != withWriter) {
      throw new IllegalStateException("part " + key + " is written both raw and by its writer");
    }
    return o;
  }

  /** Closes every part and moves it to its final name in the staging folder. */
  void commit() throws IOException {
    for (Open o : open.values()) {
      if (o.writer != null) {
        o.writer.close();
      }
      o.stream.close();
      fs.delete(o.target, false);
      if (!fs.rename(o.temp, o.target)) {
        throw new IOException("cannot move " + o.temp + " to " + o.target);
      }
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    for (Open o : open.values()) {
      try {
        o.stream.close();
      } finally {
        fs.delete(o.temp, false);
      }
    }
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.io.PendingFile;
import org.tawsim.export.WorkerEncoder;

/**
 * The files of one build, all pending until {@link #commit}: a writer per format and split, the
 * rejects, the summary and the statistics. Closing without a commit deletes every temporary file.
 * Not thread-safe.
 */
final class CorpusOutput implements AutoCloseable {

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final Path dir;
  private final List<PendingFile> files = new ArrayList<>();
  private final List<DocumentWriter> writers = new ArrayList<>();
  private final Map<Split, List<Target>> bySplit = new EnumMap<>(Split.class);

  /** One output file: its format, its writer and the stream the writer writes it to. */
  private record Target(DatasetBuilder.Format format, DocumentWriter writer, OutputStream stream) {}
  private PendingFile rejectsFile;
  private JsonGenerator rejects;

  private CorpusOutput(Path dir) {
    this.dir = dir;
  }

  static CorpusOutput open(Path dir, List<DatasetBuilder.Format> formats) throws IOException {
    CorpusOutput out = new CorpusOutput(dir);
    try {
      for (Split s : Split.values()) {
        out.bySplit.put(s, new ArrayList<>());
      }
      for (DatasetBuilder.Format f : formats) {
        for (Split s : Split.values()) {
          Path file = dir.resolve(f.name()).resolve(s.label() + f.extension());
          OutputStream[] stream = new OutputStream[1];
          DocumentWriter w =
              f.factory()
                  .open(
                      file,
                      p -> {
                        OutputStream o = out.create(p);
                        if (p.equals(file)) {
                          stream[0] = o;
                        }
                        return o;
                      });
          out.writers.add(w);
          out.bySplit.get(s).add(new Target(f, w, stream[0]));
        }
      }
      out.rejectsFile = PendingFile.create(dir.resolve("rejects.jsonl"));
      out.rejects = JSON.createGenerator(out.rejectsFile.stream(), JsonEncoding.UTF8);
      out.rejects.setRootValueSeparator(null);
      return out;
    } catch (IOException | RuntimeException e) {
      out.close();
      throw e;
    }
  }

  private OutputStream create(Path file) throws IOException {
    PendingFile f = PendingFile.create(file);
    files.add(f);
    return f.stream();
  }

  /**
   * Writes a document into each format's file of a split.
   *
   * @param encoded what the workers encoded of it, one per format in order (null for a format
   *     they do not encode), or null when nothing
   */
  void write(Split split, Document d, WorkerEncoder.Encoded[] encoded) throws IOException {
    List<Target> targets = bySplit.get(split);
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      if (encoded == null || encoded[i] == null) {
        t.writer().write(d);
      } else {
        t.format().encoder().write(encoded[i], d, t.stream(), t.writer());
      }
    }
  }

  /** Lists an input not written; {@code duplicateOf} names the document it copies, or null. */
  void reject(InvalidInputException e, String duplicateOf) throws IOException {
    rejects.writeStartObject();
    rejects.writeStringField("input", e.input());
    rejects.writeStringField("location", e.location());
    rejects.writeStringField("reason", e.reason());
    if (duplicateOf != null) {
      rejects.writeStringField("duplicate_of", duplicateOf);
    }
    rejects.writeEndObject();
    rejects.writeRaw('\n');
  }

  /** Finishes every file and moves them into place, {@code stats.json} last. */
  void commit(BuildReport report) throws IOException {
    for (DocumentWriter w : writers) {
      w.close();
    }
    writers.clear();
    rejects.close();
    for (PendingFile f : files) {
      f.commit();
    }
    rejectsFile.commit();
    try (PendingFile summary = PendingFile.create(dir.resolve("summary.txt"))) {
      summary.stream().write(report.summary().getBytes(StandardCharsets.UTF_8));
      summary.commit();
    }
    try (PendingFile stats = PendingFile.create(dir.resolve(DatasetBuilder.STATS))) {
      ReportWriter.writeJson(report, stats.stream());
      stats.commit();
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (DocumentWriter w : writers) {
      try {
        w.close();
      } catch (IOException | RuntimeException e) {
        // the run already failed; the temporary files go below
      }
    }
    if (rejects != null) {
      try {
        rejects.close();
      } catch (IOException e) {
        // as above
      }
    }
    List<PendingFile> all = new ArrayList<>(files);
    if (rejectsFile != null) {
      all.add(rejectsFile);
    }
    for (PendingFile f : all) {
      try {
        f.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}

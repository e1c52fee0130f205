/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.tawsim.core.DocumentWriter;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.Formats;
import org.tawsim.export.OutputFormat;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The output options {@code tawsim annotate} and {@code tawsim export} share: one format, its
 * writer settings and its label file, and the opening of the output (and, for {@code hf}, its
 * label file) under temporary names.
 */
final class FormatOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "jsonl (native, every layer), conll, conllu, spacy, hf, doccano or labelstudio."
          + " Default: ${DEFAULT-VALUE}.")
  String format = "jsonl";

  @Option(
      names = "--labels",
      paramLabel = "FILE",
      description = "Where hf writes its label list (default: OUT without .jsonl plus"
          + " .labels.json) and labelstudio its labelling configuration (default: OUT without .json"
          + " plus .config.xml; none when OUT is -).")
  String labels;

  /** The writers' settings. */
  @Mixin WriterOptions writer;

  /** Returns the format named, or throws a usage error naming the valid ones. */
  OutputFormat outputFormat(CommandLine cl) {
    try {
      return OutputFormat.fromLabel(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
  }

  /** Builds the writer settings, with a report that prints the first warnings to {@code err}. */
  ExportOptions options(CommandLine cl, PrintWriter err) {
    return writer.options(cl, err);
  }

  /** Prints the report's summary when a writer adjusted or dropped anything. */
  void summarize(PrintWriter err) {
    writer.summarize(err);
  }

  /** The output file(s) of a run, written under temporary names until committed. */
  static final class Sink implements AutoCloseable {
    private final Output out;
    private final Output labels;
    final DocumentWriter writer;
    /** The settings the writer was opened with. */
    final ExportOptions options;

    private Sink(Output out, Output labels, DocumentWriter writer, ExportOptions options) {
      this.out = out;
      this.labels = labels;
      this.writer = writer;
      this.options = options;
    }

    /** The output stream, for bytes encoded elsewhere (see {@code WorkerEncoder#write}). */
    OutputStream stream() {
      return out.stream();
    }

    /** Closes the writer and moves the files into place. */
    void commit() throws IOException {
      writer.close();
      out.commit();
      if (labels != null) {
        labels.commit();
      }
    }

    @Override
    public void close() throws IOException {
      try (out; labels) {
        // the outputs are removed unless committed
      }
    }
  }

  /** Opens the output ({@code -} for stdout) in the chosen format. */
  Sink open(CommandLine cl, String output, PrintStream stdout) throws IOException {
    OutputFormat f = outputFormat(cl);
    writer.checkLayers(cl, java.util.List.of(f));
    ExportOptions o = options(cl, cl.getErr());
    String labelsFile = null;
    if (f == OutputFormat.HF || f == OutputFormat.LABELSTUDIO) {
      labelsFile = labels;
      if (labelsFile == null && !output.equals(Output.STDOUT)) {
        labelsFile = f.companionPath(Path.of(output)).toString();
      }
      if (labelsFile == null && f == OutputFormat.HF) {
        throw new CommandLine.ParameterException(cl,
            "format hf writes its label list to a file: give --labels FILE when OUT is -");
      }
    }
    Output out = Output.open(output, stdout);
    Output labelsOut = null;
    try {
      labelsOut = labelsFile == null ? null : Output.open(labelsFile, stdout);
      DocumentWriter w = Formats.writer(f, out.stream(), labelsOut == null ? null : labelsOut.stream(), o);
      return new Sink(out, labelsOut, w, o);
    } catch (IOException | RuntimeException e) {
      try (out; Output l = labelsOut) {
        throw e;
      }
    }
  }
}

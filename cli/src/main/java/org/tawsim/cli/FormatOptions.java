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
import org.tawsim.export.conll.BoundaryPolicy;
import org.tawsim.export.conll.ConllLayout;
import org.tawsim.export.conll.DocStart;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.conll.TagScheme;
import org.tawsim.export.jsonl.DoccanoJsonlWriter;
import org.tawsim.export.jsonl.JsonlLayer;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The output format options {@code tawsim annotate} and {@code tawsim export} share, and the
 * opening of the output (and, for {@code hf}, its label file) under temporary names.
 */
final class FormatOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "jsonl (native, every layer), conll, conllu, spacy, hf, doccano or labelstudio."
          + " Default: ${DEFAULT-VALUE}.")
  String format = "jsonl";

  @Option(
      names = "--scheme",
      paramLabel = "SCHEME",
      description = "Tag scheme of conll, conllu and hf: iob2 (bio), iob1, bioes or io."
          + " Default: ${DEFAULT-VALUE}.")
  String scheme = "iob2";

  @Option(
      names = "--boundaries",
      paramLabel = "POLICY",
      description = "Entities off token boundaries: expand (to the tokens they overlap) or drop;"
          + " either way each is counted and warned about. Default: ${DEFAULT-VALUE}.")
  String boundaries = "expand";

  @Option(
      names = "--conll-layout",
      paramLabel = "LAYOUT",
      description = "conll2003 (TOKEN -X- -X- TAG), conll2002 (TOKEN -X- TAG) or two-columns"
          + " (TOKEN TAG). Default: ${DEFAULT-VALUE}.")
  String conllLayout = "conll2003";

  @Option(
      names = "--docstart",
      paramLabel = "LINE",
      description = "CoNLL document line: none, bare (-DOCSTART-), spacy (-DOCSTART- -X- O O),"
          + " conll2003 (-DOCSTART- -X- -X- O) or columns (as many as the token lines)."
          + " Default: the layout's own.")
  String docStart;

  @Option(names = "--tab", description = "Separate CoNLL columns with tabs instead of spaces.")
  boolean tab;

  @Option(names = "--hf-per-document", description = "One hf row per document, not per sentence.")
  boolean hfPerDocument;

  @Option(
      names = "--doccano-relations",
      description = "Write doccano's relation layout (entities, quotations, speakers, cues).")
  boolean doccanoRelations;

  @Option(
      names = "--labels",
      paramLabel = "FILE",
      description = "Where hf writes its label list (default: OUT without .jsonl plus"
          + " .labels.json) and labelstudio its labelling configuration (default: OUT without .json"
          + " plus .config.xml; none when OUT is -).")
  String labels;

  @Option(
      names = "--layers",
      paramLabel = "LAYER",
      description = "Layers native JSONL writes, comma-separated: zones, sentences, tokens,"
          + " entities, quotes (e.g. sentences,entities,quotes drops the tokens). Default: all.")
  String layers;

  @Option(
      names = "--max-warnings",
      paramLabel = "N",
      description = "How many adjustment warnings to print before only counting. Default: ${DEFAULT-VALUE}.")
  int maxWarnings = 20;

  private ExportReport report;
  private long warnings;

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
    report = ExportReport.to(w -> {
      if (warnings++ < maxWarnings) {
        err.println("warning: " + w);
      }
    });
    try {
      ExportOptions o = ExportOptions.defaults()
          .withScheme(TagScheme.fromName(scheme))
          .withBoundaries(BoundaryPolicy.valueOf(boundaries.toUpperCase(java.util.Locale.ROOT)))
          .withReport(report)
          .withConll(ConllLayout.fromLabel(conllLayout),
              docStart == null ? null : DocStart.valueOf(docStart.toUpperCase(java.util.Locale.ROOT)),
              tab);
      o = o.withHf(hfPerDocument, o.hfTypes());
      o = o.withLayers(layers(cl));
      return o.withDoccano(doccanoRelations
          ? DoccanoJsonlWriter.Layout.RELATIONS : DoccanoJsonlWriter.Layout.SPANS);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
  }

  /** Prints the report's summary when a writer adjusted or dropped anything. */
  void summarize(PrintWriter err) {
    if (report != null && !report.isClean()) {
      err.println("export: " + report.summary()
          + (warnings > maxWarnings ? " (" + (warnings - maxWarnings) + " warnings not shown)" : ""));
      err.flush();
    }
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

  /** Returns the layers of native JSONL (all unless --layers names some), or a usage error. */
  java.util.Set<JsonlLayer> layers(CommandLine cl) {
    try {
      return layers == null ? JsonlLayer.all() : JsonlLayer.parse(layers);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "--layers: " + e.getMessage());
    }
  }

  /** Throws a usage error when --layers is given and none of {@code formats} is native JSONL. */
  void checkLayers(CommandLine cl, java.util.Collection<OutputFormat> formats) {
    if (layers != null && !formats.contains(OutputFormat.JSONL)) {
      throw new CommandLine.ParameterException(
          cl, "--layers chooses the layers of native JSONL, and no jsonl output is written");
    }
  }

  /** Opens the output ({@code -} for stdout) in the chosen format. */
  Sink open(CommandLine cl, String output, PrintStream stdout) throws IOException {
    OutputFormat f = outputFormat(cl);
    checkLayers(cl, java.util.List.of(f));
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

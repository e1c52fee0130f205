/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.tawsim.export.DoccanoLayout;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.conll.BoundaryPolicy;
import org.tawsim.export.conll.ConllLayout;
import org.tawsim.export.conll.DocStart;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.conll.TagScheme;
import org.tawsim.export.JsonlLayer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The settings of the writers, shared by every command that writes a format ({@code annotate},
 * {@code export}, {@code build}, {@code spark-build}): tag scheme, CoNLL layout, native JSONL
 * layers and the like, and how many adjustment warnings are printed. A picocli mixin, public for
 * {@code tawsim spark-build}.
 */
public final class WriterOptions {

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

  /** Builds the writer settings, with a report that prints the first warnings to {@code err}. */
  public ExportOptions options(CommandLine cl, PrintWriter err) {
    report = ExportReport.to(w -> {
      if (warnings++ < maxWarnings) {
        err.println("warning: " + w);
      }
    });
    try {
      ExportOptions o = ExportOptions.defaults()
          .withScheme(TagScheme.fromName(scheme))
          .withBoundaries(BoundaryPolicy.valueOf(boundaries.toUpperCase(Locale.ROOT)))
          .withReport(report)
          .withConll(ConllLayout.fromLabel(conllLayout),
              docStart == null ? null : DocStart.valueOf(docStart.toUpperCase(Locale.ROOT)),
              tab);
      o = o.withHf(hfPerDocument, o.hfTypes());
      o = o.withLayers(layers(cl));
      return o.withDoccano(doccanoRelations
          ? DoccanoLayout.RELATIONS : DoccanoLayout.SPANS);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
  }

  /** Prints the report's summary when a writer adjusted or dropped anything. */
  public void summarize(PrintWriter err) {
    if (report != null && !report.isClean()) {
      err.println("export: " + report.summary()
          + (warnings > maxWarnings ? " (" + (warnings - maxWarnings) + " warnings not shown)" : ""));
      err.flush();
    }
  }

  /** Returns the layers of native JSONL (all unless --layers names some), or a usage error. */
  Set<JsonlLayer> layers(CommandLine cl) {
    try {
      return layers == null ? JsonlLayer.all() : JsonlLayer.parse(layers);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "--layers: " + e.getMessage());
    }
  }

  /** Throws a usage error when --layers is given and none of {@code formats} is native JSONL. */
  public void checkLayers(CommandLine cl, Collection<OutputFormat> formats) {
    if (layers != null && !formats.contains(OutputFormat.JSONL)) {
      throw new CommandLine.ParameterException(
          cl, "--layers chooses the layers of native JSONL, and no jsonl output is written");
    }
  }
}

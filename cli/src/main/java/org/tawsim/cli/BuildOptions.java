/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tawsim.annotate.PipelineSettings;
import org.tawsim.dataset.BuildSettings;
import org.tawsim.dataset.DedupMode;
import org.tawsim.dataset.HashSplitter;
import org.tawsim.dataset.PageMode;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Every option of a corpus build that {@code tawsim build} and {@code tawsim spark-build} share:
 * the pipeline ({@link PipelineOptions}), the formats and their writers ({@link WriterOptions}),
 * the split, duplicates, pages and limits. Each command declares only its inputs, its output and
 * how it spreads the work. A picocli mixin, public for {@code tawsim spark-build}; {@link
 * #settings} turns it into the one {@link BuildSettings} both builds take.
 */
public final class BuildOptions {

  /** The pipeline: lists, sentence model, threads, time budget. */
  @Mixin PipelineOptions annotators;

  /** The writers' settings: --scheme, --boundaries, --conll-layout, --layers... */
  @Mixin WriterOptions writer;

  @Option(
      names = "--formats",
      split = ",",
      paramLabel = "FORMAT",
      description = "Output formats, comma-separated: jsonl, conll, conllu, spacy, hf, doccano"
          + " (--format names one). Default: jsonl.")
  List<String> formats;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "One output format, as --formats with one name.")
  String format;

  @Option(
      names = "--split",
      paramLabel = "TRAIN,DEV,TEST",
      description = "Split ratios. Default: ${DEFAULT-VALUE}.")
  String split = "80,10,10";

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the hash that assigns documents to splits. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--dedup",
      paramLabel = "MODE",
      converter = DedupConverter.class,
      description = {
        "keep-one: drop exact copies, keep near copies in the split of the first (default);",
        "drop: drop exact and near copies; off: no duplicate detection."
      })
  DedupMode dedup = DedupMode.KEEP_ONE;

  @Option(
      names = "--near-threshold",
      paramLabel = "J",
      description = "Estimated Jaccard similarity of word 3-shingles from which documents are near copies. Default: ${DEFAULT-VALUE}.")
  double nearThreshold = BuildSettings.DEFAULT_NEAR_THRESHOLD;

  @Option(
      names = "--keep-zones",
      description = "Annotate and export whole pages (source lines, keywords, related blocks"
          + " and all) instead of the main article's text.")
  boolean keepZones;

  @Option(
      names = "--split-related",
      description = "Also export each article inside a related block (after إقرأ أيضاً) as a"
          + " document of its own, id PAGE#related-N.")
  boolean splitRelated;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description = "Reject documents longer than this many characters. Default: ${DEFAULT-VALUE}.")
  int maxChars = BuildSettings.DEFAULT_MAX_CHARS;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing on stderr but errors: no progress, no summary.")
  boolean quiet;

  /**
   * Returns the settings these options give, the writers' warnings going to {@code err} (none
   * with --quiet).
   *
   * @throws CommandLine.ParameterException for any setting out of its range
   */
  public BuildSettings settings(CommandLine cl, PrintWriter err) {
    if (keepZones && splitRelated) {
      throw new CommandLine.ParameterException(
          cl,
          "--split-related cuts related articles out of the main article's text; with"
              + " --keep-zones the page is kept whole, so use one or the other");
    }
    // --quiet: the writers' adjustment warnings are counted, not printed
    ExportOptions export = writer.options(cl, quiet ? new PrintWriter(Writer.nullWriter()) : err);
    try {
      List<OutputFormat> chosen = new ArrayList<>();
      for (String name : formatNames()) {
        chosen.add(OutputFormat.fromLabel(name.trim()));
      }
      writer.checkLayers(cl, chosen);
      return new BuildSettings(
          chosen,
          export,
          HashSplitter.parse(split, seed),
          dedup,
          nearThreshold,
          keepZones ? PageMode.WHOLE : splitRelated ? PageMode.ARTICLES : PageMode.ARTICLE,
          maxChars,
          annotators.docTimeout(cl));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
  }

  /** Returns the formats named by --formats, or by --format, or jsonl. */
  private List<String> formatNames() {
    if (formats != null && !formats.isEmpty()) {
      return formats;
    }
    return format != null ? List.of(format) : List.of("jsonl");
  }

  /** Returns the pipeline's settings, the user's files read now. */
  public PipelineSettings pipeline() throws IOException {
    return annotators.settings();
  }

  /** Returns the pipeline options, for --threads and --doc-timeout. */
  public PipelineOptions annotators() {
    return annotators;
  }

  /** Returns true with --quiet. */
  public boolean quiet() {
    return quiet;
  }

  /** Prints the writers' summary when they adjusted or dropped anything. */
  public void summarize(PrintWriter err) {
    writer.summarize(err);
  }

  /** Reads {@code keep-one}, {@code drop} and {@code off}. */
  static final class DedupConverter implements CommandLine.ITypeConverter<DedupMode> {
    @Override
    public DedupMode convert(String value) {
      try {
        return DedupMode.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not one of keep-one, drop, off");
      }
    }
  }
}

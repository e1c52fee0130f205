package org.tawsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.OutputFormat;
import org.tawsim.dataset.BuildReport;
import org.tawsim.dataset.DatasetBuilder;
import org.tawsim.dataset.DedupMode;
import org.tawsim.dataset.HashSplitter;
import org.tawsim.export.input.InputReader;
import org.tawsim.dataset.PageMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tawsim build}: from a folder of scraped pages to train/dev/test corpora. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Annotates inputs with the default pipeline and writes train/dev/test corpora.",
      "Inputs are UTF-8 .txt files (one document each), folders of them (recursive, sorted),"
          + " JSONL with id and text (other fields kept as metadata), .gz of either, or - for stdin.",
      "Writes DIR/FORMAT/{train,dev,test}.EXT, DIR/rejects.jsonl, DIR/summary.txt and, last,"
          + " DIR/stats.json: a folder with stats.json holds one complete run.",
      "Exit 0 on success, 1 when inputs were rejected (the rest are written), 2 on bad usage,"
          + " 3 when the run failed."
    })
final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Inputs inputs;

  @Mixin PipelineOptions annotators;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Output folder (created if missing).")
  Path output;

  @Option(
      names = "--formats",
      split = ",",
      paramLabel = "FORMAT",
      description = "Output formats, comma-separated: jsonl, conll, conllu, spacy, hf, doccano"
          + " (--format names one). Default: jsonl.")
  List<String> formats;

  /** Writer settings shared with annotate and export: --scheme, --boundaries, --conll-layout... */
  @Mixin FormatOptions writerOptions;

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
  double nearThreshold = 0.8;

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
  int maxChars = 5_000_000;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing on stderr but errors: no progress, no summary.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    if (keepZones && splitRelated) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--split-related cuts related articles out of the main article's text; with"
              + " --keep-zones the page is kept whole, so use one or the other");
    }
    DatasetBuilder.Builder b =
        DatasetBuilder.builder(annotators.pipeline())
            .splitter(HashSplitter.parse(split, seed))
            .dedup(dedup)
            .nearThreshold(nearThreshold)
            .pages(keepZones ? PageMode.WHOLE : splitRelated ? PageMode.ARTICLES : PageMode.ARTICLE)
            .threads(annotators.threads(spec.commandLine()))
            .docTimeout(annotators.docTimeout(spec.commandLine()))
            .maxChars(maxChars);
    PrintWriter err = spec.commandLine().getErr();
    // --quiet: the writers' adjustment warnings are counted, not printed
    ExportOptions options =
        writerOptions.options(
            spec.commandLine(), quiet ? new PrintWriter(Writer.nullWriter()) : err);
    List<OutputFormat> chosen = new java.util.ArrayList<>();
    for (String name : formatNames()) {
      try {
        OutputFormat f = OutputFormat.fromLabel(name.trim());
        b.format(f, options);
        chosen.add(f);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    writerOptions.checkLayers(spec.commandLine(), chosen);
    ProgressLine progress = null;
    if (!quiet && ProgressLine.stderrIsTerminal()) {
      progress = new ProgressLine(err, inputBytes(inputs.paths), System::nanoTime);
      b.progress(progress);
    }
    DatasetBuilder builder;
    try {
      builder = b.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    BuildReport report;
    try {
      report = builder.run(inputs::open, output);
    } finally {
      if (progress != null) {
        progress.finish();
      }
    }
    if (!quiet) {
      writerOptions.summarize(err);
      err.print(report.summary());
      err.println("written to " + output + " (listing in rejects.jsonl what was not written)");
      err.flush();
    }
    return report.rejected() > 0 ? Tawsim.EXIT_REJECTS : 0;
  }

  /** Returns the formats named by --formats, or by --format, or jsonl. */
  private List<String> formatNames() {
    if (formats != null && !formats.isEmpty()) {
      return formats;
    }
    return spec.commandLine().getParseResult().hasMatchedOption("--format")
        ? List.of(writerOptions.format)
        : List.of("jsonl");
  }

  /** Returns the size of the input files, or -1 when it says little (stdin, gzip). */
  static long inputBytes(List<String> inputs) {
    long[] total = {0};
    boolean[] unknown = {false};
    for (String in : inputs) {
      if (in.equals(InputReader.STDIN)) {
        return -1;
      }
      try {
        Files.walkFileTree(
            Path.of(in),
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                  total[0] += attrs.size();
                  if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                    unknown[0] = true;
                  }
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException | RuntimeException e) {
        return -1;
      }
    }
    return unknown[0] ? -1 : total[0];
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

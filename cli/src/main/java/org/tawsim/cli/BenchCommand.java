package org.tawsim.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.tawsim.annotate.Annotators;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.Token;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tawsim bench CORPUS}: throughput of every pipeline stage, of the whole pipeline at 1 and N
 * threads, of baselines, and time per character from small to large documents.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the default pipeline stage by stage over a corpus after a warm-up:",
      "characters/s, tokens/s and bytes allocated per character, for 1 and N threads;",
      "baselines (OpenNLP's SentenceDetectorME alone with the shipped model, and a regular-expression",
      "sentence splitter) in the same run, so figures read as ratios;",
      "and time per character for documents from 1 KB to 10 MB (--sizes): the same text cut into"
          + " documents of each size."
    })
final class BenchCommand implements Callable<Integer> {

  /** Sentence ends for the baseline: end marks followed by whitespace, or line breaks. */
  private static final Pattern REGEX_SPLITTER = Pattern.compile("(?<=[.!?\u061F\u2026])\\s+|\\n+");


  /**
   * Fewest passes per cell and round of the size check. Every cell runs over the same text, one
   * pass about 1.5 s for the whole pipeline here, so the cells need this many whatever --measure
   * says; over the default rounds that is 15 passes a cell, the median of each round's median.
   */
  private static final int PASSES_PER_ROUND = 3;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CORPUS", description = "Files or folders of text or JSONL.")
  List<String> corpus;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel run. Default: all cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--warmup", paramLabel = "SECONDS", description = "Warm-up per measurement. Default: ${DEFAULT-VALUE}.")
  double warmup = 3;

  @Option(names = "--measure", paramLabel = "SECONDS", description = "Measuring time per measurement. Default: ${DEFAULT-VALUE}.")
  double measure = 5;

  @Option(names = "--no-scaling", description = "Skip the document-size scaling check.")
  boolean noScaling;

  @Option(
      names = "--sizes",
      paramLabel = "SIZE",
      split = ",",
      converter = SizeConverter.class,
      description =
          "Document sizes of the scaling check, in chars, with K (1024) or M (1048576)."
              + " Default: 1K,10K,100K,1M,10M. The text is the corpus, repeated if it is shorter"
              + " than the largest size.")
  List<Integer> sizes = List.of(1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20);

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description =
          "Rounds of the two checks: each round measures the whole pipeline on 1 and N threads"
              + " and every size once, interleaved, and each figure is the median over the"
              + " rounds. Every round gets its share of --warmup and --measure, and at least 3"
              + " passes a measurement. Default: ${DEFAULT-VALUE}.")
  int rounds = 5;

  @Option(names = "--json", description = "Print machine-readable JSON instead of tables.")
  boolean json;

  /** Column names of the scaling rows: each step, then the whole pipeline. */
  private List<String> scalingColumns = List.of();

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (threads < 1 || warmup < 0 || measure <= 0 || rounds < 1) {
      throw new IllegalArgumentException(
          "--threads must be >= 1, --warmup >= 0, --measure > 0 and --rounds >= 1");
    }
    RejectHandler.Collecting rejects = RejectHandler.collecting();
    List<Document> docs = new ArrayList<>();
    try (InputReader r = new InputReader(corpus, InputFormat.AUTO, rejects, InputStream.nullInputStream())) {
      for (Optional<Document> d = r.read(); d.isPresent(); d = r.read()) {
        docs.add(d.get());
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no documents in " + corpus);
    }
    Pipeline pipeline = Annotators.defaultPipeline();
    StageBench bench = new StageBench(warmup, measure);
    long tokens = countTokens(docs, pipeline);
    List<StageBench.Result> results = measureSteps(bench, pipeline, docs, tokens, threads);
    for (StageBench.Stage baseline : baselines()) {
      results.add(bench.measure(baseline, docs, tokens, 1));
    }
    StageBench roundBench = new StageBench(warmup / rounds, measure / rounds, PASSES_PER_ROUND);
    double[] speedups = measureThreads(roundBench, pipeline, docs, tokens, results);
    List<List<double[]>> scaling =
        noScaling ? List.of() : scalingRounds(roundBench, pipeline, docs, sizes, rounds);
    scalingColumns = new ArrayList<>();
    pipeline.steps().forEach(s -> scalingColumns.add(s.name()));
    scalingColumns.add("pipeline");
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      printJson(out, docs.size(), chars, tokens, results, speedups, scaling);
    } else {
      printTables(out, docs.size(), chars, tokens, results, speedups, scaling);
    }
    out.flush();
    return rejects.rejections().isEmpty() ? 0 : Tawsim.EXIT_REJECTS;
  }

  /**
   * Measures the whole pipeline on 1 and on {@link #threads} threads, alternating over the rounds
   * (1 then N, then N then 1), adds the median result of each to {@code results} and returns, for
   * each round, N threads' speed over 1 thread's in that round (none for one thread); the speed-up
   * reported is their median. A single pair of measurements read 1.58x in a run between runs of
   * 1.97x and 1.99x.
   */
  private double[] measureThreads(
      StageBench roundBench, Pipeline pipeline, List<Document> docs, long tokens,
      List<StageBench.Result> results)
      throws InterruptedException {
    StageBench.Stage whole = wholePipeline(pipeline);
    List<StageBench.Result> ones = new ArrayList<>();
    List<StageBench.Result> manys = new ArrayList<>();
    double[] speedups = new double[threads > 1 ? rounds : 0];
    for (int r = 0; r < rounds; r++) {
      boolean oneFirst = r % 2 == 0 || threads == 1;
      StageBench.Result one = oneFirst ? roundBench.measure(whole, docs, tokens, 1) : null;
      if (threads > 1) {
        StageBench.Result many = roundBench.measure(whole, docs, tokens, threads);
        manys.add(many);
        one = oneFirst ? one : roundBench.measure(whole, docs, tokens, 1);
        speedups[r] = many.charsPerSecond() / one.charsPerSecond();
      }
      ones.add(one);
    }
    results.add(StageBench.Result.median(ones));
    if (threads > 1) {
      results.add(StageBench.Result.median(manys));
    }
    return speedups;
  }

  /** The whole pipeline as one stage, as {@code tawsim bench} measures it. */
  private static StageBench.Stage wholePipeline(Pipeline pipeline) {
    return new StageBench.Stage("pipeline", d -> pipeline.annotate(d).layerKinds().size());
  }

  /** Returns the tokens the pipeline finds in the documents; keeps none of its output. */
  private static long countTokens(List<Document> docs, Pipeline pipeline) {
    long tokens = 0;
    for (Document d : docs) {
      Document annotated = pipeline.annotate(d);
      tokens +=
          annotated.hasLayer(Token.class)
              ? annotated.tokens().size()
              : whitespaceWords(annotated.text());
    }
    return tokens;
  }

  /**
   * Measures each step alone on 1 and on {@code threads} threads, on the documents as the earlier
   * steps left them. The annotated copies live only as long as this method, so that the heap of
   * the later measurements holds the input alone, as a run over a corpus would.
   */
  private static List<StageBench.Result> measureSteps(
      StageBench bench, Pipeline pipeline, List<Document> docs, long tokens, int threads)
      throws InterruptedException {
    List<StageBench.Result> results = new ArrayList<>();
    List<Document> input = docs;
    for (Annotator step : pipeline.steps()) {
      StageBench.Stage stage = StageBench.Stage.of(step);
      results.add(bench.measure(stage, input, tokens, 1));
      if (threads > 1) {
        results.add(bench.measure(stage, input, tokens, threads));
      }
      input = input.stream().map(step::annotate).toList();
    }
    return results;
  }

  private static int whitespaceWords(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  /** Baselines measured in the same run, so that figures read as ratios on a noisy machine. */
  static List<StageBench.Stage> baselines() {
    List<StageBench.Stage> list = new ArrayList<>();
    // OpenNLP's detector alone with the shipped model, on each whole text: what the sentence
    // annotator's line, quotation and abbreviation rules cost on top of it. One thread only
    // (SentenceDetectorME keeps per-call state).
    SentenceDetectorME detector =
        new SentenceDetectorME(OpenNlpSentenceAnnotator.arabic().model(), (Dictionary) null);
    list.add(
        new StageBench.Stage(
            "baseline: OpenNLP SentenceDetectorME", d -> detector.sentPosDetect(d.text()).length));
    list.add(
        new StageBench.Stage(
            "baseline: regex sentence splitter",
            d -> {
              Matcher m = REGEX_SPLITTER.matcher(d.text());
              int n = 1;
              while (m.find()) {
                n++;
              }
              return n;
            }));
    return list;
  }

  /**
   * Returns, for each round and each size, the size and the nanoseconds per char of each stage (run
   * on the documents as the earlier stages left them) and of the whole pipeline, so that a stage
   * whose cost grows faster than its input shows by name. Every size runs over the same text, as
   * long as the largest size, cut into consecutive documents of that size (by default 10,240 of 1 KB
   * ... one of 10 MB): only where the document boundaries fall differs, not the words, so caches are
   * as warm at 1 KB as at 10 MB.
   *
   * <p>The sizes are interleaved: every round measures each size once, smallest first in even
   * rounds and largest first in odd ones, so a machine that slows down for a minute or drifts over
   * the run slows every size alike instead of the ones measured last. Only one size's documents are
   * in memory at a time.
   */
  private static List<List<double[]>> scalingRounds(
      StageBench bench, Pipeline pipeline, List<Document> docs, List<Integer> sizes, int rounds)
      throws InterruptedException {
    int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    StringBuilder all = new StringBuilder();
    for (int i = 0; all.length() < largest; i = (i + 1) % docs.size()) {
      all.append(docs.get(i).text()).append("\n\n");
    }
    String text = all.substring(0, largest);
    List<List<double[]>> result = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      double[][] rows = new double[sizes.size()][];
      for (int k = 0; k < sizes.size(); k++) {
        int index = r % 2 == 0 ? k : sizes.size() - 1 - k;
        rows[index] = scalingRow(bench, pipeline, cut(text, sizes.get(index)), sizes.get(index));
      }
      result.add(List.of(rows));
    }
    return result;
  }

  /** Returns one size's row: the size, then ns per char of each step, then of the whole pipeline. */
  private static double[] scalingRow(
      StageBench bench, Pipeline pipeline, List<Document> pieces, int size)
      throws InterruptedException {
    List<Annotator> steps = pipeline.steps();
    double[] row = new double[steps.size() + 2];
    row[0] = size;
    StageBench.Stage whole = wholePipeline(pipeline);
    row[steps.size() + 1] = nanosPerChar(bench, whole, pieces);
    for (int s = 0; s < steps.size(); s++) {
      Annotator step = steps.get(s);
      row[s + 1] = nanosPerChar(bench, StageBench.Stage.of(step), pieces);
      pieces = pieces.stream().map(step::annotate).toList();
    }
    return row;
  }

  /** Returns the rows of the rounds with every cell the median of that cell over the rounds. */
  static List<double[]> medianOfRounds(List<List<double[]>> rounds) {
    List<double[]> median = new ArrayList<>();
    for (int k = 0; k < rounds.get(0).size(); k++) {
      double[] row = new double[rounds.get(0).get(k).length];
      for (int c = 0; c < row.length; c++) {
        double[] cell = new double[rounds.size()];
        for (int r = 0; r < cell.length; r++) {
          cell[r] = rounds.get(r).get(k)[c];
        }
        row[c] = median(cell);
      }
      median.add(row);
    }
    return median;
  }

  /** Cuts {@code text} into consecutive documents of about {@code size} chars, at whitespace. */
  static List<Document> cut(String text, int size) {
    List<Document> pieces = new ArrayList<>();
    int begin = 0;
    while (begin < text.length()) {
      int end = Math.min(text.length(), begin + size);
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      pieces.add(Document.of("size-" + size + "-" + pieces.size(), text.substring(begin, end)));
      begin = end;
    }
    return pieces;
  }

  private static double nanosPerChar(StageBench bench, StageBench.Stage stage, List<Document> docs)
      throws InterruptedException {
    return 1e9 / bench.measure(stage, docs, 0, 1).charsPerSecond();
  }

  private void printTables(
      PrintWriter out,
      int docs,
      long chars,
      long tokens,
      List<StageBench.Result> results,
      double[] speedups,
      List<List<double[]>> scalingRounds) {
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
          + " 1 thread in the same round: %s%n", threads, median(speedups.clone()), rounds,
          Arrays.stream(speedups).mapToObj(x -> String.format(Locale.ROOT, "%.2f", x))
              .collect(Collectors.joining(", ")));
    }
    if (!scalingRounds.isEmpty()) {
      List<double[]> scaling = medianOfRounds(scalingRounds);
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
      printRatios(out, "max/min", c -> scalingRatio(scaling, c));
      printRatios(out, "in rounds", c -> scalingRatioWithinRounds(scalingRounds, c));
      int whole = scaling.get(0).length - 1;
      for (int r = 0; r < scalingRounds.size(); r++) {
        List<double[]> round = scalingRounds.get(r);
        out.printf(Locale.ROOT, "  whole pipeline in round %d: %s (max/min %.2f)%n", r + 1,
            round.stream().map(row -> String.format(Locale.ROOT, "%.1f", row[whole]))
                .collect(Collectors.joining(", ")),
            scalingRatio(round, whole));
      }
    }
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

  /** Returns the median of values; sorts them. */
  private static double median(double[] values) {
    Arrays.sort(values);
    int m = values.length / 2;
    return values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
  }

  /**
   * Returns the median over the rounds of each round's {@link #scalingRatio}: every ratio compares
   * sizes measured within minutes of each other, so a round the machine slowed down in part of is
   * one ratio of several, where in the medians of the cells it can still lift one size.
   */
  static double scalingRatioWithinRounds(List<List<double[]>> rounds, int c) {
    double[] ratios = new double[rounds.size()];
    for (int r = 0; r < ratios.length; r++) {
      ratios[r] = scalingRatio(rounds.get(r), c);
    }
    return median(ratios);
  }

  /** Returns the largest time per char of column {@code c} over the smallest: 1 when flat. */
  static double scalingRatio(List<double[]> scaling, int c) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (double[] row : scaling) {
      min = Math.min(min, row[c]);
      max = Math.max(max, row[c]);
    }
    return max / min;
  }

  private void printJson(
      PrintWriter out,
      int docs,
      long chars,
      long tokens,
      List<StageBench.Result> results,
      double[] speedups,
      List<List<double[]>> scalingRounds)
      throws IOException {
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
        g.writeNumberField("speedup", median(speedups.clone()));
        g.writeArrayFieldStart("speedup_rounds");
        for (double x : speedups) {
          g.writeNumber(x);
        }
        g.writeEndArray();
      }
      if (!scalingRounds.isEmpty()) {
        List<double[]> scaling = medianOfRounds(scalingRounds);
        g.writeFieldName("scaling");
        writeScalingRows(g, scaling);
        writeRatios(g, "scaling_max_over_min", c -> scalingRatio(scaling, c));
        writeRatios(g, "scaling_max_over_min_within_rounds",
            c -> scalingRatioWithinRounds(scalingRounds, c));
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


  /** Reads 1024, 10K or 10M (K = 1024 chars, M = 1048576). */
  static final class SizeConverter implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String v = value.trim().toUpperCase(Locale.ROOT);
      int unit = v.endsWith("K") ? 1 << 10 : v.endsWith("M") ? 1 << 20 : 1;
      String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
      long size;
      try {
        size = Long.parseLong(digits) * unit;
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is no size: write chars as 1024, 10K or 10M");
      }
      if (size < 1 || size > 256L << 20) {
        throw new CommandLine.TypeConversionException(
            "size '" + value + "' must be between 1 and 256M chars");
      }
      return (int) size;
    }
  }
}

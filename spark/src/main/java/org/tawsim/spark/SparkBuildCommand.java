package org.tawsim.spark;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.tawsim.annotate.Annotators;
import org.tawsim.dataset.DedupMode;
import org.tawsim.dataset.HashSplitter;
import org.tawsim.export.input.InputFormat;
import org.tawsim.dataset.PageMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tawsim spark-build}: the dataset builder on Apache Spark, embedded in this process
 * ({@code local[*]}) unless {@code spark-submit} or {@code --master} names a cluster.
 *
 * <p>This is the main class of both jars of the module: {@code tawsim-spark.jar}, run by the
 * {@code ./tawsim} launcher with Spark on its class path and the JVM flags Spark needs, and {@code
 * tawsim-spark-submit.jar}, which {@code spark-submit} runs with the cluster's Spark, and which the
 * launcher runs for a {@code --master} other than local, with Spark's own jars after it: the
 * command then ships that jar to the executors itself ({@link ClusterSettings}). Exit codes as
 * {@code tawsim}: 0 on success, 1 when some inputs were rejected, 2 on bad usage, 3 when the run
 * failed.
 */
@Command(
    name = "spark-build",
    mixinStandardHelpOptions = true,
    description = {
      "Annotates a corpus with Apache Spark and writes it as tawsim build does.",
      "Runs Spark inside this process (local[*]) unless spark-submit or --master names a cluster.",
      "Exit 0 on success, 1 when inputs were rejected (the rest are written), 2 on bad usage, 3"
          + " when the run failed."
    })
public final class SparkBuildCommand implements Callable<Integer> {

  static final int EXIT_REJECTS = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_FAILURE = 3;

  private static final String LOCAL = "local[*]";

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files, folders or globs in any file system Spark reads (hdfs://, s3a://, ...).")
  List<String> inputs;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Output folder (any file system Spark writes).")
  String output;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master; default: the one spark-submit gives, else " + LOCAL + ".")
  String master;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "auto (by extension), txt or jsonl. Default: ${DEFAULT-VALUE}.")
  InputFormat inputFormat = InputFormat.AUTO;

  @Option(
      names = "--formats",
      split = ",",
      paramLabel = "NAME",
      description = "Output formats, comma-separated: jsonl, conll, conllu, spacy, hf, doccano. Default: jsonl.")
  List<String> formats = List.of("jsonl");

  @Option(
      names = "--split",
      paramLabel = "TRAIN,DEV,TEST",
      description = "Split ratios, as tawsim build. Default: ${DEFAULT-VALUE}.")
  String split = "80,10,10";

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the hash that assigns documents to splits. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--dedup",
      paramLabel = "MODE",
      description = {
        "keep-one: drop exact copies, keep near copies in the split of the first (default, as"
            + " tawsim build); drop: drop exact and near copies; off: no detection (one pass, no"
            + " fingerprints on the driver)."
      })
  String dedup = "keep-one";

  @Option(
      names = "--near-threshold",
      paramLabel = "J",
      description = "Estimated Jaccard similarity of word 3-shingles from which documents are near copies. Default: ${DEFAULT-VALUE}.")
  double nearThreshold = 0.8;

  @Option(
      names = "--keep-zones",
      description = "Annotate and export whole pages instead of the main article's text.")
  boolean keepZones;

  @Option(
      names = "--split-related",
      description = "Also export each article inside a related block as a document, id PAGE#related-N.")
  boolean splitRelated;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description = "Reject documents longer than this many characters. Default: ${DEFAULT-VALUE}.")
  int maxChars = 5_000_000;

  @Option(
      names = "--doc-timeout",
      paramLabel = "SECONDS",
      description = "Reject a document still being annotated after this many seconds; 0 turns it"
          + " off. Default: ${DEFAULT-VALUE}.")
  long docTimeout = 60;

  @Option(
      names = "--split-mb",
      paramLabel = "MB",
      description = "Cut large JSONL files into tasks of about this size. Default: about four tasks per core, 1 to 64.")
  int splitMb;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "At least this many tasks for text files. Default: Spark's parallelism.")
  int partitions = 1;

  @Option(
      names = "--single-files",
      negatable = true,
      description =
          "Join each split's parts into FORMAT/SPLIT.EXT as tawsim build writes. Default: on in"
              + " local mode, off on a cluster.")
  Boolean singleFiles;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing on stderr but errors.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    DedupMode dedupMode =
        switch (dedup.toLowerCase(java.util.Locale.ROOT)) {
          case "keep-one" -> DedupMode.KEEP_ONE;
          case "drop" -> DedupMode.DROP;
          case "off" -> DedupMode.OFF;
          default -> throw new CommandLine.ParameterException(
              spec.commandLine(), "--dedup must be keep-one, drop or off, not '" + dedup + "'");
        };
    if (keepZones && splitRelated) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--split-related and --keep-zones exclude each other");
    }
    SparkConf conf = new SparkConf().setAppName("tawsim spark-build");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster(LOCAL);
    }
    boolean local = conf.get("spark.master").startsWith("local");
    URI ownJar = codeSource(SparkBuildCommand.class);
    ClusterSettings.apply(conf, ownJar, ownJar.equals(codeSource(Annotators.class)));
    if (local && !conf.contains("spark.ui.enabled")) {
      conf.set("spark.ui.enabled", "false");
    }
    SparkBuild.Builder builder =
        SparkBuild.builder(Annotators::defaultPipeline)
            .formats(formats)
            .inputFormat(inputFormat)
            .splitter(HashSplitter.parse(split, seed))
            .pages(keepZones ? PageMode.WHOLE : splitRelated ? PageMode.ARTICLES : PageMode.ARTICLE)
            .maxChars(maxChars)
            .docTimeout(java.time.Duration.ofSeconds(docTimeout))
            .dedup(dedupMode)
            .nearThreshold(nearThreshold)
            .minPartitions(partitions)
            .singleFiles(singleFiles != null ? singleFiles : local);
    if (splitMb > 0) {
      builder.splitBytes((long) splitMb << 20);
    }
    SparkBuild job = builder.build();
    PrintWriter err = spec.commandLine().getErr();
    long begin = System.nanoTime();
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      spark.sparkContext().setLogLevel("WARN");
      long start = System.nanoTime();
      double startup = (start - begin) / 1e9;
      SparkBuildReport report = job.run(spark, inputs, output);
      double seconds = (System.nanoTime() - start) / 1e9;
      for (String m : report.rejectionMessages()) {
        err.println("rejected: " + m);
      }
      if (!quiet) {
        err.print(report.summary());
        err.printf(
            java.util.Locale.ROOT,
            "job %.1f s on %s, after %.1f s starting Spark%n",
            seconds,
            conf.get("spark.master"),
            startup);
      }
      err.flush();
      return report.rejected() == 0 ? 0 : EXIT_REJECTS;
    } finally {
      spark.stop();
    }
  }

  /** Returns where a class was loaded from: a jar or a folder of classes. */
  private static URI codeSource(Class<?> c) throws URISyntaxException {
    return c.getProtectionDomain().getCodeSource().getLocation().toURI();
  }

  /** Returns the command line, configured the way {@link #main} runs it. */
  static CommandLine commandLine() {
    return new CommandLine(new SparkBuildCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(
            (e, cl, parsed) -> {
              cl.getErr().println("tawsim spark-build: " + e.getMessage());
              return e instanceof IllegalArgumentException ? EXIT_USAGE : EXIT_FAILURE;
            });
  }

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.tawsim.annotate.Annotators;
import org.tawsim.annotate.PipelineSettings;
import org.tawsim.cli.BuildOptions;
import org.tawsim.dataset.BuildSettings;
import org.tawsim.export.input.InputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  /** Every setting of the build, as tawsim build takes them. */
  @Mixin BuildOptions build;

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

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    PrintWriter err = cl.getErr();
    BuildSettings settings = build.settings(cl, err);
    PipelineSettings pipeline = build.pipeline(); // the user's files, read here, travel as bytes
    int threads = build.annotators().threads(cl);
    SparkConf conf = new SparkConf().setAppName("tawsim spark-build");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster(LOCAL);
    }
    boolean local = conf.get("spark.master").startsWith("local");
    if (cl.getParseResult().hasMatchedOption("--threads")) {
      // --threads: annotating threads of this machine, or of each executor on a cluster
      if (local) {
        conf.setMaster("local[" + threads + "]");
      } else {
        conf.set("spark.executor.cores", Integer.toString(threads));
      }
    }
    URI ownJar = codeSource(SparkBuildCommand.class);
    ClusterSettings.apply(conf, ownJar, ownJar.equals(codeSource(Annotators.class)));
    if (local && !conf.contains("spark.ui.enabled")) {
      conf.set("spark.ui.enabled", "false");
    }
    SparkBuild.Builder builder =
        SparkBuild.builder(pipeline::pipeline)
            .settings(settings)
            .inputFormat(inputFormat)
            .minPartitions(partitions)
            .singleFiles(singleFiles != null ? singleFiles : local);
    if (splitMb > 0) {
      builder.splitBytes((long) splitMb << 20);
    }
    SparkBuild job = builder.build();
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
      if (!build.quiet()) {
        build.summarize(err);
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

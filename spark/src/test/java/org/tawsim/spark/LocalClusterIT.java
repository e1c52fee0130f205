/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tawsim.annotate.Annotators;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.cli.Tawsim;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.OutputFormat;
import org.tawsim.dataset.DatasetBuilder;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;

/**
 * {@code ./tawsim spark-build --master spark://...} on a standalone cluster of separate JVMs
 * (spark/local-cluster: a master and two workers whose executors have Spark's jars only), checked
 * byte for byte against the dataset builder on one machine ({@code tawsim build}'s engine): the
 * samples always, SaudiNewsNet and a worker lost mid-job when {@code ../shared} is present.
 *
 * <p>One cluster for the class; the worker is killed in the last test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalClusterIT {

  private static final Path WORK = LocalCluster.ROOT.resolve("spark/target/local-cluster-it");
  private static final Path SNN =
      Path.of(System.getProperty("tawsim.shared.dir", LocalCluster.ROOT.resolve("../shared").toString()))
          .resolve("corpora/saudinewsnet");
  private static final List<String> ALL_FORMATS =
      List.of("jsonl", "conll", "conllu", "spacy", "hf", "doccano");
  private static final Pattern EXECUTOR = Pattern.compile("(\\S+) \\(pid (\\d+)\\)");

  private static LocalCluster cluster;

  @BeforeAll
  static void startCluster() throws IOException, InterruptedException {
    Outputs.deleteTree(WORK.resolve("runs"));
    Files.createDirectories(WORK.resolve("runs"));
    cluster = LocalCluster.start(WORK.resolve("cluster"));
  }

  @AfterAll
  static void stopCluster() throws IOException {
    try {
      if (cluster != null) {
        cluster.close();
      }
    } finally {
      // the corpora run to hundreds of MB with SaudiNewsNet; the drivers' logs stay
      try (Stream<Path> runs = Files.list(WORK.resolve("runs"))) {
        for (Path r : runs.filter(Files::isDirectory).toList()) {
          Outputs.deleteTree(r);
        }
      }
    }
  }

  @Test
  @Order(1)
  void theExecutorsHaveSparksJarsOnly() throws IOException {
    List<Path> jars;
    try (Stream<Path> s = Files.list(cluster.sparkJars())) {
      jars = s.sorted().toList();
    }
    assertTrue(jars.size() > 100, "jars: " + jars.size());
    for (Path jar : jars) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        assertFalse(
            zip.stream()
                .anyMatch(e -> e.getName().startsWith("org/tawsim/") || e.getName().startsWith("opennlp/")),
            jar + " holds Tawsim's code or one of its libraries");
      }
    }
  }

  @Test
  @Order(2)
  void theSamplesThroughFileUrisAreTheCorpusOfOneMachine() throws IOException, InterruptedException {
    Path samples = LocalCluster.ROOT.resolve("samples");
    Path out = run("samples-cluster");
    Driver driver =
        Driver.start(
            cluster,
            out.resolveSibling("samples-cluster.log"),
            samples.toUri().toString(),
            "-o", out.toUri().toString(),
            "--formats", String.join(",", ALL_FORMATS),
            "--partitions", "6");
    assertEquals(0, driver.waitFor(8), driver.log());

    Path expected = run("samples-builder");
    oneMachine(
        DatasetBuilder.builder(Annotators.defaultPipeline()), samples.toString(), InputFormat.AUTO, ALL_FORMATS, expected);
    Outputs.assertSameCorpus(expected, out, ALL_FORMATS);
    assertExecutorsAreOtherJvms(driver);
  }

  @Test
  @Order(3)
  void everyBuildOptionWorksOnTheCluster() throws IOException, InterruptedException {
    Path samples = LocalCluster.ROOT.resolve("samples");
    Path out = run("options-cluster");
    List<String> formats = List.of("conllu", "hf", "conll");
    // files the driver reads and the executors, in other JVMs, get as content
    Path list = run("options-list").resolveSibling("ballots.txt");
    Files.createDirectories(list.getParent());
    Files.writeString(list, "صناديق الاقتراع\nالولايات المتحدة\n", UTF_8);
    Path model = list.resolveSibling("model.bin");
    try (var in = OpenNlpSentenceAnnotator.class.getResourceAsStream("ar-sentences.bin")) {
      Files.copy(in, model, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> options =
        List.of(
            "--formats", String.join(",", formats),
            "--split", "60,20,20",
            "--seed", "3",
            "--dedup", "drop",
            "--near-threshold", "0.5",
            "--keep-zones",
            "--max-chars", "2500",
            "--input-format", "txt",
            "--scheme", "bioes",
            "--conll-layout", "two-columns",
            "--hf-per-document",
            "--gazetteer", "EVENT=" + list,
            "--no-government-bodies",
            "--sentence-model", model.toString(),
            "--doc-timeout", "30",
            "-q");
    List<String> args = new ArrayList<>(List.of(samples.toString(), "-o", out.toString()));
    args.addAll(options);
    args.addAll(List.of("--split-mb", "1", "--partitions", "5", "--single-files"));
    Driver driver =
        Driver.start(cluster, out.resolveSibling("options-cluster.log"), args.toArray(String[]::new));
    // exit 1: the documents over 2,500 characters are rejected, the rest written
    assertEquals(SparkBuildCommand.EXIT_REJECTS, driver.waitFor(8), driver.log());

    Path expected = run("options-builder");
    List<String> build = new ArrayList<>(List.of("build", samples.toString(), "-o", expected.toString()));
    build.addAll(options);
    assertEquals(SparkBuildCommand.EXIT_REJECTS, Tawsim.commandLine().execute(build.toArray(String[]::new)));
    StringBuilder labels = new StringBuilder();
    for (String split : Outputs.SPLITS) {
      labels.append(Files.readString(expected.resolve("hf/" + split + ".hf.labels.json"), UTF_8));
    }
    assertTrue(labels.toString().contains("B-EVENT"), "the list tagged nothing: " + labels);
    for (String f : formats) {
      OutputFormat format = OutputFormat.fromLabel(f);
      for (String split : Outputs.SPLITS) {
        String file = f + "/" + split + format.extension();
        assertEquals(
            Files.readString(expected.resolve(file), UTF_8), Files.readString(out.resolve(file), UTF_8), file);
      }
    }
    Outputs.assertSameReports(expected, out);
    assertFalse(Files.readString(out.resolve("rejects.jsonl"), UTF_8).isEmpty(), "--max-chars rejected nothing");
  }

  @Test
  @Order(4)
  void saudiNewsNetIsTheCorpusOfOneMachine() throws IOException, InterruptedException {
    assumeTrue(Files.isDirectory(SNN), "no " + SNN);
    Path out = run("snn-cluster");
    Driver driver =
        Driver.start(
            cluster,
            out.resolveSibling("snn-cluster.log"),
            SNN.toString(),
            "-o", out.toString(),
            "--formats", String.join(",", ALL_FORMATS));
    assertEquals(0, driver.waitFor(15), driver.log());

    Outputs.assertSameCorpus(snnOneMachine(), out, ALL_FORMATS);
    assertExecutorsAreOtherJvms(driver);
  }

  /**
   * Kills worker 1 and its executor once the first task of the job has completed, while others
   * run (its executor's log lists the tasks it was given): Spark runs their tasks again on the
   * other executor, and the output is the same.
   */
  @Test
  @Order(5)
  void aWorkerLostMidJobChangesNothing() throws IOException, InterruptedException {
    assumeTrue(Files.isDirectory(SNN), "no " + SNN);
    Path out = run("snn-lost-worker");
    Set<String> earlier = Outputs.applications(cluster.workDir(1));
    Driver driver =
        Driver.start(
            cluster,
            out.resolveSibling("snn-lost-worker.log"),
            SNN.toString(),
            "-o", out.toString(),
            "--formats", String.join(",", ALL_FORMATS),
            "--split-mb", "1");
    // wait until worker 1 runs an executor of this job and a task has staged its documents
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (Outputs.stagedParts(out) == 0
        || earlier.containsAll(Outputs.applications(cluster.workDir(1)))) {
      assertTrue(driver.isAlive(), "the job ended before a worker could be lost: " + driver.log());
      assertTrue(System.nanoTime() < deadline, "no task completed within 5 minutes");
      Thread.sleep(100);
    }
    assertTrue(Outputs.stagedParts(out) < 17, "every task had completed: nothing left to lose");
    cluster.killWorker(1);

    assertEquals(0, driver.waitFor(15), driver.log());
    assertTrue(driver.log().contains("Lost executor"), driver.log());
    // the lost executor had been given tasks: Spark ran them again on the other one
    Set<String> apps = Outputs.applications(cluster.workDir(1));
    apps.removeAll(earlier);
    assertEquals(1, apps.size(), apps.toString());
    long assigned = Outputs.tasksAssigned(cluster.workDir(1).resolve(apps.iterator().next()));
    assertTrue(assigned > 0, "the lost executor had no task");
    Path expected = snnOneMachine();
    Outputs.assertSameCorpus(expected, out, ALL_FORMATS);
    List<String> ids = Outputs.jsonlIds(out);
    assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate documents");
    assertEquals(Outputs.jsonlIds(expected), ids);
  }

  private static Path snnOneMachineOut;

  /** The one-machine corpus of SaudiNewsNet in every format, built once for the class. */
  private static Path snnOneMachine() throws IOException {
    if (snnOneMachineOut == null) {
      Path out = run("snn-builder");
      oneMachine(
          DatasetBuilder.builder(Annotators.defaultPipeline()), SNN.toString(), InputFormat.AUTO, ALL_FORMATS, out);
      snnOneMachineOut = out;
    }
    return snnOneMachineOut;
  }

  private static Path run(String name) {
    return WORK.resolve("runs").resolve(name);
  }

  /**
   * Builds the corpus as {@code tawsim build} does: its defaults (80/10/10, seed 0, keep-one, the
   * main article) unless the builder sets others, the default export options.
   */
  private static void oneMachine(
      DatasetBuilder.Builder b, String input, InputFormat inputFormat, List<String> formats, Path out)
      throws IOException {
    formats.forEach(f -> b.format(OutputFormat.fromLabel(f), ExportOptions.defaults()));
    b.threads(2)
        .build()
        .run(
            rejects ->
                new InputReader(List.of(input), inputFormat, rejects, new ByteArrayInputStream(new byte[0])),
            out);
  }

  /**
   * The tasks ran in executor JVMs other than the driver, which workers of the cluster started
   * (each executor's log names its process id) with the jar the job shipped.
   */
  private static void assertExecutorsAreOtherJvms(Driver driver) throws IOException {
    String line =
        driver.log().lines().filter(l -> l.startsWith("executors: ")).findFirst().orElseThrow();
    Matcher m = EXECUTOR.matcher(line);
    int executors = 0;
    while (m.find()) {
      executors++;
      String id = m.group(1);
      long pid = Long.parseLong(m.group(2));
      assertNotEquals("driver", id, line);
      assertNotEquals(driver.pid(), pid, line);
      Path dir = Outputs.executorDir(List.of(cluster.workDir(1), cluster.workDir(2)), id, pid);
      assertTrue(Files.exists(dir.resolve("tawsim-spark-submit.jar")), dir + ": no shipped jar");
      String command = Files.readString(dir.resolve("stderr"), UTF_8).lines().findFirst().orElse("");
      assertTrue(command.contains("spark-home/jars/*") && !command.contains("tawsim"), command);
    }
    assertTrue(executors >= 1, line);
  }

  /** {@code ./tawsim spark-build} on the cluster, as a user runs it, with its output in a file. */
  private record Driver(Process process, Path logFile) {

    static Driver start(LocalCluster cluster, Path log, String... args) throws IOException {
      List<String> command =
          new ArrayList<>(List.of(LocalCluster.ROOT.resolve("tawsim").toString(), "spark-build", "--master", cluster.master()));
      command.addAll(List.of(args));
      Files.createDirectories(log.getParent());
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().put("TAWSIM_SKIP_BUILD", "1"); // Maven has just built the jars
      Process p = pb.start();
      p.getOutputStream().close();
      return new Driver(p, log);
    }

    long pid() {
      return process.pid(); // the launcher execs java
    }

    boolean isAlive() {
      return process.isAlive();
    }

    /** Waits for the driver's exit, killing it after the timeout; returns its exit code. */
    int waitFor(int minutes) throws InterruptedException {
      if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("the job did not end within " + minutes + " minutes: " + log());
      }
      return process.exitValue();
    }

    String log() {
      try {
        return Files.readString(logFile, UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.cli.Tawsim;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.Formats;
import org.tawsim.export.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code tawsim spark-build} takes every option of {@code tawsim build} and writes the same bytes
 * with it: the commands run end to end, build in this JVM, spark-build on Spark embedded.
 */
class SparkBuildOptionsTest {

  private static final Path SAMPLES = LocalSession.SAMPLES;

  @TempDir Path tmp;

  /** Every name of every option of a command, help options left out. */
  private static TreeSet<String> optionNames(CommandLine cl) {
    TreeSet<String> names = new TreeSet<>();
    for (OptionSpec o : cl.getCommandSpec().options()) {
      names.addAll(List.of(o.names()));
    }
    return names;
  }

  @Test
  void sparkBuildTakesEveryOptionOfBuild() {
    CommandLine build = Tawsim.commandLine().getSubcommands().get("build");
    TreeSet<String> missing = optionNames(build);
    missing.removeAll(optionNames(SparkBuildCommand.commandLine()));
    assertEquals(new TreeSet<>(), missing, "options of build that spark-build lacks");
    // the options only spark-build has: where Spark runs and how it cuts the work
    TreeSet<String> extra = optionNames(SparkBuildCommand.commandLine());
    extra.removeAll(optionNames(build));
    assertEquals(
        new TreeSet<>(List.of("--master", "--partitions", "--single-files", "--split-mb")),
        extra);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--formats conll,hf,jsonl --scheme bioes --conll-layout two-columns --tab",
        "--formats jsonl,conll,hf --gazetteer EVENT=LIST",
        "--formats jsonl,doccano,spacy --layers sentences,entities --no-government-bodies"
            + " --doccano-relations --dedup drop --seed 3",
        "--formats hf,conllu --sentence-model MODEL --hf-per-document --boundaries drop"
            + " --split 50,25,25 --doc-timeout 30 --max-chars 4000",
      })
  void sparkBuildWritesWhatBuildWritesWithTheSameOptions(String options) throws IOException {
    Path list = tmp.resolve("ballots.txt");
    Files.writeString(list, "# a list of the test\nصناديق الاقتراع\nالتصويت الشعبي\n", UTF_8);
    Path model = tmp.resolve("model.bin");
    try (InputStream in =
        OpenNlpSentenceAnnotator.class.getResourceAsStream("ar-sentences.bin")) {
      Files.copy(in, model);
    }
    List<String> args = new ArrayList<>();
    for (String a : options.split(" ")) {
      args.add(a.replace("LIST", list.toString()).replace("MODEL", model.toString()));
    }
    Path one = tmp.resolve("build");
    Path spark = tmp.resolve("spark");
    assertEquals(0, run(Tawsim.commandLine(), "build", one, args));
    assertEquals(
        0, run(SparkBuildCommand.commandLine(), null, spark, with(args, "--threads", "2")));

    Map<String, String> expected = files(one);
    assertEquals(expected, files(spark));
    if (options.contains("EVENT=")) {
      // the list reached the tagger: its phrases are tagged, with the list as their source
      String jsonl = String.join("", files(one).entrySet().stream()
          .filter(e -> e.getKey().startsWith("jsonl/")).map(Map.Entry::getValue).toList());
      assertEquals(2, jsonl.split("\"source\":\"gazetteer:ballots\"", -1).length - 1, jsonl);
    }
  }

  /**
   * The writers' adjustments, made on the executors, are warned and summed up as build does: in
   * input order, the first {@code --max-warnings} printed, none for a dropped duplicate. One pass
   * (conll, no duplicate detection) and two (hf and duplicates decided on the driver).
   */
  @ParameterizedTest
  @CsvSource({
    // the second warning: doc-2's in conll; doc-1's again, in hf
    "conll, off, doc-2, 3, 1, 2",
    "'conll,hf', keep-one, doc-1, 4, 2, 4"
  })
  void sparkBuildWarnsOfAdjustmentsAsBuildDoes(String formats, String dedup, String second,
      int expanded, int dropped, int notShown) throws IOException {
    List<Token> tokens = List.of(new Token(new Span(0, 3), "قال"),
        new Token(new Span(4, 10), "الرئيس"), new Token(new Span(11, 16), "بوتين"));
    // a person's entities, kept: one off the token boundaries, and for doc-3 one inside another
    List<Entity> offBoundaries = List.of(new Entity(new Span(6, 16), EntityType.PER, "human"));
    List<Entity> nested = List.of(new Entity(new Span(4, 16), EntityType.PER, "human"),
        new Entity(new Span(11, 16), EntityType.PER, "human"));
    Path in = tmp.resolve("corrected.jsonl");
    try (DocumentWriter w = Formats.writer(OutputFormat.JSONL, in, ExportOptions.defaults())) {
      String[] days = {"أمس", "اليوم", "غدا", "أمس"}; // doc-4 is a copy of doc-1
      for (int i = 0; i < days.length; i++) {
        Document d = Document.of("doc-" + (i + 1), "قال الرئيس بوتين " + days[i])
            .withLayer(Token.class, tokens);
        w.write(d.withLayer(Entity.class, i == 2 ? nested : offBoundaries));
      }
    }
    List<String> args =
        List.of(in.toString(), "--formats", formats, "--dedup", dedup, "--max-warnings", "2");
    List<String> build = warnings(Tawsim.commandLine(), "build", tmp.resolve("b"), args);
    List<String> spark =
        warnings(SparkBuildCommand.commandLine(), null, tmp.resolve("s"), with(args, "--threads", "2"));
    String warning = "warning: document '%s': entity PER [6, 16) 'رئيس بوتين' is not on token"
        + " boundaries; expanded to [4, 16) 'الرئيس بوتين'";
    assertEquals(List.of(
        String.format(java.util.Locale.ROOT, warning, "doc-1"),
        String.format(java.util.Locale.ROOT, warning, second),
        "export: " + expanded + " entities expanded to token boundaries, " + dropped
            + " entities dropped, 0 tokens rewritten, 0 tokens skipped (" + notShown
            + " warnings not shown)"), build);
    assertEquals(build, spark);
  }

  /** Runs a command, not quiet, and returns the lines it printed of the writers' adjustments. */
  private static List<String> warnings(
      CommandLine cl, String command, Path out, List<String> options) {
    List<String> argv = new ArrayList<>();
    if (command != null) {
      argv.add(command);
    }
    argv.addAll(options);
    argv.addAll(List.of("-o", out.toString()));
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(argv.toArray(String[]::new));
    assertEquals(0, code, argv + ": " + err);
    return err.toString().lines()
        .filter(l -> l.startsWith("warning: ") || l.startsWith("export: ")).toList();
  }

  @ParameterizedTest
  @CsvSource({"--doc-timeout,-1", "--threads,0", "--near-threshold,1.5", "--scheme,bilou"})
  void aBadValueIsAUsageErrorInBothCommands(String option, String value) {
    List<String> args = List.of(option, value);
    assertEquals(2, run(Tawsim.commandLine(), "build", tmp.resolve("b"), args));
    assertEquals(2, run(SparkBuildCommand.commandLine(), null, tmp.resolve("s"), args));
  }

  private static List<String> with(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all;
  }

  /** Runs a command on the samples into {@code out}, quietly; returns its exit code. */
  private static int run(CommandLine cl, String command, Path out, List<String> options) {
    List<String> argv = new ArrayList<>();
    if (command != null) {
      argv.add(command);
    }
    argv.addAll(List.of(SAMPLES.toString(), "-o", out.toString(), "-q"));
    argv.addAll(options);
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(argv.toArray(String[]::new));
    assertTrue(code != 3, argv + ": " + err);
    return code;
  }

  /** Every file under the folder, by its relative path, with its content. */
  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readString(p, UTF_8));
      }
    }
    return files;
  }
}

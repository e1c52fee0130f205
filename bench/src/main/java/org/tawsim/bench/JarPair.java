/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.tawsim.core.Document;

/**
 * The CPU cost of a change: two builds of Tawsim in one JVM, each in a class loader of its own, run
 * the default pipeline (or one step of it) over the same documents, taking turns every few
 * documents, and the thread CPU time of each is summed. On a machine shared with other work, where
 * wall-clock figures of separate runs drift by tens of percent within minutes, both builds see the
 * same load, the same heap and the same JIT conditions, so the ratio of their times holds where
 * the times themselves do not.
 *
 * <pre>
 * cp cli/target/tawsim.jar /tmp/before.jar      # before the change
 * # ... change, then mvn -B -o -q -DskipTests -pl cli -am package
 * java -cp bench/target/benchmarks.jar org.tawsim.bench.JarPair /tmp/before.jar \
 *     cli/target/tawsim.jar ../shared/corpora/saudinewsnet --rounds 5 --stage Entity
 * </pre>
 *
 * <p>Arguments: build A, build B, the corpus ({@link Corpus#load}: JSONL, a text file or a
 * folder), then options:
 *
 * <ul>
 *   <li>{@code --rounds N}: rounds counted (5), after one round of warm-up that is printed but not
 *       counted;
 *   <li>{@code --stage NAME}: time only the last pipeline step whose class name contains {@code
 *       NAME} ({@code Entity}, {@code Quotation}, {@code Tokenizer}), on documents each build
 *       annotated beforehand with the steps before it; without it, the whole pipeline from the
 *       text;
 *   <li>{@code --turn N}: documents per turn (50): small enough that drift within a round hits
 *       both builds, large enough that the switch costs nothing;
 *   <li>{@code --documents N}: only the first N documents (all);
 *   <li>{@code --forks N}: run the measurement in N fresh JVMs (1: in this one), every second one
 *       with the builds loaded the other way round, and print the median of their medians. The
 *       JIT compiles each build's code on its own, and how well varies from one JVM to the next:
 *       the same jar on both sides gave medians from 0.95 to 1.01 in single JVMs, more than many
 *       changes save.
 * </ul>
 *
 * <p>A build is a shaded jar ({@code cli/target/tawsim.jar}) or a class path of jars and folders
 * joined by the platform's path separator. The older form {@code A B CORPUS ROUNDS [STAGE]} is
 * read too. Each build's loader has only the platform's classes as parent, so the two builds share
 * no class; this class reads the corpus with its own copy and hands each build only strings.
 *
 * <p>Prints, per round, each build's CPU seconds and B/A, then the median B/A over the counted
 * rounds with its range, and the number of annotations each build made (a check that both ran the
 * same work, not a comparison of outputs: use {@code cmp} on their outputs for that). Rounds
 * alternate which build goes first in each turn. B/A below 1 means B is cheaper.
 */
public final class JarPair {

  private JarPair() {}

  /** What to measure, from the command line. */
  record Settings(
      String buildA, String buildB, String corpus, int rounds, String stage, int turn,
      int documents, int forks) {

    static final String USAGE =
        "usage: JarPair BUILD_A BUILD_B CORPUS [--rounds N] [--stage NAME] [--turn N]"
            + " [--documents N] [--forks N]";

    /**
     * Reads the arguments (the class comment lists them).
     *
     * @throws IllegalArgumentException with the usage when they are wrong
     */
    static Settings parse(String... args) {
      List<String> positional = new ArrayList<>();
      int rounds = 5;
      String stage = "";
      int turn = 50;
      int documents = Integer.MAX_VALUE;
      int forks = 1;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (!a.startsWith("--")) {
          positional.add(a);
          continue;
        }
        if (i + 1 == args.length) {
          throw new IllegalArgumentException(a + " needs a value; " + USAGE);
        }
        String value = args[++i];
        switch (a) {
          case "--rounds" -> rounds = positive(a, value);
          case "--stage" -> stage = value;
          case "--turn" -> turn = positive(a, value);
          case "--documents" -> documents = positive(a, value);
          case "--forks" -> forks = positive(a, value);
          default -> throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
        }
      }
      // the older form: A B CORPUS ROUNDS [STAGE]
      if (positional.size() >= 4) {
        rounds = positive("ROUNDS", positional.get(3));
      }
      if (positional.size() == 5) {
        stage = positional.get(4);
      }
      if (positional.size() < 3 || positional.size() > 5) {
        throw new IllegalArgumentException(
            "expected 3 arguments before the options, got " + positional.size() + "; " + USAGE);
      }
      return new Settings(positional.get(0), positional.get(1), positional.get(2), rounds, stage,
          turn, documents, forks);
    }

    private static int positive(String name, String value) {
      try {
        int n = Integer.parseInt(value);
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(name + " wants a whole number above 0, got " + value);
    }
  }

  /** Runs the measurement; the class comment gives the arguments. */
  public static void main(String[] args) throws Exception {
    Settings s;
    try {
      s = Settings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (s.forks() > 1) {
      forks(s);
      return;
    }
    List<Document> docs = Corpus.load(s.corpus()).documents();
    List<String> texts = new ArrayList<>();
    for (Document d : docs.subList(0, Math.min(docs.size(), s.documents()))) {
      texts.add(d.text());
    }
    Build[] builds = {
      new Build(s.buildA(), s.stage(), texts), new Build(s.buildB(), s.stage(), texts)
    };
    System.out.printf(Locale.ROOT, "%d documents; %s%n", texts.size(),
        s.stage().isEmpty() ? "whole pipeline" : "stage " + builds[0].stepName());
    double[] ratios = new double[s.rounds()];
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int round = 0; round <= s.rounds(); round++) {
      long[] cpu = new long[2];
      long[] made = new long[2];
      for (int from = 0, turn = 0; from < texts.size(); from += s.turn(), turn++) {
        int to = Math.min(texts.size(), from + s.turn());
        boolean aFirst = (turn + round) % 2 == 0;
        for (int k : aFirst ? new int[] {0, 1} : new int[] {1, 0}) {
          long t = mx.getCurrentThreadCpuTime();
          made[k] += builds[k].run(from, to);
          cpu[k] += mx.getCurrentThreadCpuTime() - t;
        }
      }
      double ratio = (double) cpu[1] / cpu[0];
      System.out.printf(Locale.ROOT, "%s %d: A %.2f s, B %.2f s CPU, B/A %.4f%s%n",
          round == 0 ? "warm-up" : "round  ", round, cpu[0] / 1e9, cpu[1] / 1e9, ratio,
          round == 0 ? String.format(Locale.ROOT, " (annotations: A %d, B %d)", made[0], made[1])
              : "");
      if (round > 0) {
        ratios[round - 1] = ratio;
      }
    }
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "median B/A %.4f (min %.4f, max %.4f; %d rounds)%n",
        median(ratios), sorted[0], sorted[sorted.length - 1], ratios.length);
  }

  /**
   * Runs the measurement in fresh JVMs with this one's flags and class path, A then B in the even
   * ones and B then A in the odd ones (whose ratio is turned round), and prints the median.
   */
  private static void forks(Settings s) throws Exception {
    String launcher = ProcessHandle.current().info().command().orElse("java");
    double[] ratios = new double[s.forks()];
    for (int f = 0; f < s.forks(); f++) {
      boolean swapped = f % 2 == 1;
      List<String> command = new ArrayList<>();
      command.add(launcher);
      command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), JarPair.class.getName(),
          swapped ? s.buildB() : s.buildA(), swapped ? s.buildA() : s.buildB(), s.corpus(),
          "--rounds", String.valueOf(s.rounds()), "--turn", String.valueOf(s.turn()),
          "--documents", String.valueOf(s.documents())));
      if (!s.stage().isEmpty()) {
        command.addAll(List.of("--stage", s.stage()));
      }
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String median = null;
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          System.out.println("fork " + (f + 1) + (swapped ? " (B A): " : " (A B): ") + line);
          if (line.startsWith("median B/A ")) {
            median = line.substring("median B/A ".length()).split(" ")[0];
          }
        }
      }
      if (p.waitFor() != 0 || median == null) {
        throw new IllegalStateException("fork " + (f + 1) + " failed: " + command);
      }
      double r = Double.parseDouble(median);
      ratios[f] = swapped ? 1 / r : r;
    }
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "median of %d forks B/A %.4f (min %.4f, max %.4f): %s%n",
        ratios.length, median(ratios), sorted[0], sorted[sorted.length - 1],
        Arrays.toString(Arrays.stream(ratios).map(r -> Math.round(r * 10000) / 10000.0).toArray()));
  }

  /** The median of some values, the mean of the middle two when their number is even. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * One build, reached by reflection through its own class loader: its default pipeline, or one
   * step of it and the documents prepared for that step.
   */
  private static final class Build {
    private final Method of;
    private final Method annotate;
    private final Method layer;
    private final Method produces;
    private final Object annotator;
    private final String stepName;
    private final List<String> texts;
    private final List<Object> prepared;

    Build(String classPath, String stage, List<String> texts) throws ReflectiveOperationException {
      ClassLoader loader =
          new URLClassLoader(urls(classPath), ClassLoader.getPlatformClassLoader());
      Class<?> document = loader.loadClass("org.tawsim.core.Document");
      Class<?> annotatorType = loader.loadClass("org.tawsim.core.Annotator");
      of = document.getMethod("of", String.class, String.class);
      layer = document.getMethod("layer", Class.class);
      annotate = annotatorType.getMethod("annotate", document);
      produces = annotatorType.getMethod("produces");
      Object pipeline = loader.loadClass("org.tawsim.annotate.Annotators")
          .getMethod("defaultPipeline").invoke(null);
      this.texts = texts;
      if (stage.isEmpty()) {
        annotator = pipeline;
        stepName = "pipeline";
        prepared = null;
        return;
      }
      List<?> steps = (List<?>) pipeline.getClass().getMethod("steps").invoke(pipeline);
      int at = -1;
      List<String> names = new ArrayList<>();
      for (int k = 0; k < steps.size(); k++) {
        names.add(steps.get(k).getClass().getSimpleName());
        if (names.get(k).contains(stage)) {
          at = k;
        }
      }
      if (at < 0) {
        throw new IllegalArgumentException("no step of " + classPath + " matches " + stage
            + "; its steps: " + names);
      }
      annotator = steps.get(at);
      stepName = names.get(at);
      prepared = new ArrayList<>(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        Object d = of.invoke(null, id(i), texts.get(i));
        for (int k = 0; k < at; k++) {
          d = annotate.invoke(steps.get(k), d);
        }
        prepared.add(d);
      }
    }

    String stepName() {
      return stepName;
    }

    /** Annotates documents {@code from} to {@code to}; returns how many annotations it made. */
    long run(int from, int to) throws ReflectiveOperationException {
      long made = 0;
      for (int i = from; i < to; i++) {
        Object d = prepared == null ? of.invoke(null, id(i), texts.get(i)) : prepared.get(i);
        Object out = annotate.invoke(annotator, d);
        for (Object type : (Collection<?>) produces.invoke(annotator)) {
          made += ((List<?>) layer.invoke(out, type)).size();
        }
      }
      return made;
    }

    private static String id(int i) {
      return "d" + i;
    }

    private static URL[] urls(String classPath) {
      String[] parts = classPath.split(File.pathSeparator);
      URL[] urls = new URL[parts.length];
      for (int i = 0; i < parts.length; i++) {
        Path p = Path.of(parts[i]);
        if (!p.toFile().exists()) {
          throw new IllegalArgumentException("no such build: " + p);
        }
        try {
          urls[i] = p.toUri().toURL();
        } catch (MalformedURLException e) {
          throw new IllegalArgumentException("bad path " + p, e);
        }
      }
      return urls;
    }
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.tawsim.annotate.quotes.QuoteMark;

/**
 * Real text the repository ships (the NTREX samples under {@code samples/}, the sentence training
 * text under {@code annotate/training/sentences}), damaged as scraped pages are: cut at any code
 * point, runs deleted, marks inserted (quotation marks, tatweel, diacritics, direction marks,
 * dashes, dots, emoji, line breaks), the words of a line shuffled, lines doubled. Each text is a
 * window of up to 40 lines of one source with one to four kinds of damage.
 */
final class RealTextMutations {

  private static final String[] INSERTS = {
    "\u0640", "\u064E", "\u0651\u064B", "\u200F", "\u200E", "\u061C", "\u200D", "-", "\u2014", ".",
    "...", "\u2026", "\u060C", "\u061F", ":", "\n", "\r\n", "\t", "\uD83D\uDC4D\uD83C\uDFFD", " ",
    " \u0640 ", " \u064E ", " \u200F ", " \u0640\u0640", "\u00BB ", " \u00AB",
  };

  /** Sources as lists of lines; a training file is cut into documents of 30 lines. */
  private static final List<List<String>> SOURCES = sources();

  private RealTextMutations() {}

  /** Number of source documents. */
  static int sourceCount() {
    return SOURCES.size();
  }

  /** A damaged window of a random source document. */
  static String text(Random random) {
    List<String> lines = SOURCES.get(random.nextInt(SOURCES.size()));
    int from = random.nextInt(lines.size());
    int to = Math.min(lines.size(), from + 1 + random.nextInt(40));
    return mutate(String.join("\n", lines.subList(from, to)), random);
  }

  /** One to four kinds of damage, each at seeded places. */
  static String mutate(String text, Random random) {
    String s = text;
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      switch (random.nextInt(5)) {
        case 0 -> s = cut(s, random);
        case 1 -> s = deleteRun(s, random);
        case 2 -> s = insertMarks(s, random);
        case 3 -> s = shuffleWords(s, random);
        default -> s = doubleLines(s, random);
      }
    }
    return s;
  }

  /** Keeps a prefix, a suffix or a middle part, cut at code points. */
  static String cut(String s, Random random) {
    int[] cps = s.codePoints().toArray();
    if (cps.length == 0) {
      return s;
    }
    int a = random.nextInt(cps.length + 1);
    int b = random.nextInt(cps.length + 1);
    int kind = random.nextInt(3);
    int from = kind == 0 ? 0 : Math.min(a, b);
    int to = kind == 1 ? cps.length : kind == 0 ? a : Math.max(a, b);
    return new String(cps, from, to - from);
  }

  static String deleteRun(String s, Random random) {
    int[] cps = s.codePoints().toArray();
    if (cps.length == 0) {
      return s;
    }
    int at = random.nextInt(cps.length);
    int len = Math.min(cps.length - at, 1 + random.nextInt(random.nextBoolean() ? 5 : 80));
    int[] out = new int[cps.length - len];
    System.arraycopy(cps, 0, out, 0, at);
    System.arraycopy(cps, at + len, out, at, cps.length - at - len);
    return new String(out, 0, out.length);
  }

  static String insertMarks(String s, Random random) {
    StringBuilder b = new StringBuilder(s);
    QuoteMark[] quotes = QuoteMark.values();
    for (int n = 1 + random.nextInt(10); n > 0; n--) {
      int at = b.offsetByCodePoints(0, random.nextInt(b.codePointCount(0, b.length()) + 1));
      String mark = random.nextBoolean()
          ? String.valueOf(quotes[random.nextInt(quotes.length)].character())
          : INSERTS[random.nextInt(INSERTS.length)];
      b.insert(at, mark);
    }
    return b.toString();
  }

  /** Shuffles the words of one line. */
  static String shuffleWords(String s, Random random) {
    String[] lines = s.split("\n", -1);
    int l = random.nextInt(lines.length);
    List<String> words = new ArrayList<>(Arrays.asList(lines[l].split(" ", -1)));
    Collections.shuffle(words, random);
    lines[l] = String.join(" ", words);
    return String.join("\n", lines);
  }

  static String doubleLines(String s, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      int l = random.nextInt(lines.size());
      lines.add(l, lines.get(l));
    }
    return String.join("\n", lines);
  }

  private static List<List<String>> sources() {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<List<String>> sources = new ArrayList<>();
    try (Stream<Path> samples = Files.walk(root.resolve("samples"))) {
      for (Path p : samples.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        sources.add(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
      try (Stream<Path> training = Files.list(root.resolve("annotate/training/sentences"))) {
        for (Path p : training.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i += 30) {
            sources.add(lines.subList(i, Math.min(lines.size(), i + 30)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (sources.isEmpty()) {
      throw new IllegalStateException("no shipped text under " + root);
    }
    return List.copyOf(sources);
  }
}

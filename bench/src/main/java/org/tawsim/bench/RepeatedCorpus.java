/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Makes the inputs of the end-to-end timings (docs/performance.md, "Whole processes"): a JSONL corpus repeated {@code
 * COPIES} times into one JSONL file, each copy's ids suffixed {@code -0}, {@code -1}... so that
 * every document has an id of its own, every other field kept as it is.
 *
 * <p>With {@code --shuffle}, every copy after the first has the sentences of each text in another
 * order (a seeded shuffle: the same file every time), so that {@code tawsim build}'s
 * deduplication, which drops exact copies, keeps them: the same characters and the same sentences
 * to annotate, as distinct documents. A text of one sentence stays a copy and is dropped.
 * Sentences are cut by ICU's {@link BreakIterator} for Arabic (the JDK's does not end a sentence
 * at ؟), each with the spaces and line breaks after it, so a shuffled text has the characters of
 * the original.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.tawsim.bench.RepeatedCorpus \
 *     ../shared/corpora/saudinewsnet/saudinewsnet-2015-07-22to24.jsonl 5 x5.jsonl
 * java -cp bench/target/benchmarks.jar org.tawsim.bench.RepeatedCorpus \
 *     ../shared/corpora/saudinewsnet/saudinewsnet-2015-07-22to24.jsonl 5 x5-distinct.jsonl --shuffle
 * </pre>
 */
public final class RepeatedCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RepeatedCorpus() {}

  /** Writes {@code copies} copies of the JSONL {@code in} to {@code out}; returns the lines written. */
  static long write(Path in, int copies, Path out, boolean shuffle) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
    }
    long written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int copy = 0; copy < copies; copy++) {
        for (int i = 0; i < lines.size(); i++) {
          ObjectNode doc = (ObjectNode) JSON.readTree(lines.get(i));
          doc.put("id", doc.get("id").asText() + "-" + copy);
          if (shuffle && copy > 0) {
            doc.put("text", shuffled(doc.get("text").asText(), new Random(copy * 1_000_003L + i)));
          }
          w.write(JSON.writeValueAsString(doc));
          w.write('\n');
          written++;
        }
      }
    }
    return written;
  }

  /** The text with its sentences in the order {@code random} gives. */
  static String shuffled(String text, Random random) {
    BreakIterator b = BreakIterator.getSentenceInstance(ULocale.forLanguageTag("ar"));
    b.setText(text);
    List<String> sentences = new ArrayList<>();
    for (int start = b.first(), end = b.next(); end != BreakIterator.DONE; start = end, end = b.next()) {
      sentences.add(text.substring(start, end));
    }
    Collections.shuffle(sentences, random);
    return String.join("", sentences);
  }

  /** {@code IN.jsonl COPIES OUT.jsonl [--shuffle]}; see the class comment. */
  public static void main(String[] args) throws IOException {
    boolean shuffle = args.length == 4 && args[3].equals("--shuffle");
    if (args.length != 3 && !shuffle) {
      System.err.println("usage: IN.jsonl COPIES OUT.jsonl [--shuffle]");
      System.exit(2);
    }
    long n = write(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[2]), shuffle);
    System.out.println(n + " documents");
  }
}

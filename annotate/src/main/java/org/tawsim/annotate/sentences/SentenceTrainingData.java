/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tawsim.core.io.StrictUtf8;

/**
 * Builds the training and development files of the shipped sentence model from the openly
 * licensed sources, deterministically.
 *
 * <p>Sources (attributed in the repository's NOTICE): NTREX-128's Arabic news reference (CC BY-SA
 * 4.0), one sentence a line, an empty line between its 117 documents; and UD Arabic-PUD (CC BY-SA
 * 3.0), whose 1,000 {@code # text} lines are one-sentence documents, grouped here by ten in file
 * order so that the detector sees sentences follow each other. Document {@code i} (from 0) goes to
 * the development part when {@code i % 5 == 2}, to training otherwise.
 *
 * <p>Usage: {@code SentenceTrainingData SHARED_DATA_DIR OUT_DIR}; writes {@code ntrex-ar.train.txt},
 * {@code ntrex-ar.dev.txt}, {@code ud-pud-ar.train.txt} and {@code ud-pud-ar.dev.txt}.
 */
final class SentenceTrainingData {

  static final String NTREX = "ntrex-ar/ntrex-ar.sentences.txt";
  static final String PUD = "ud-pud-ar/ar_pud-ud-test.conllu";
  private static final String TEXT_COMMENT = "# text = ";
  private static final int PUD_GROUP = 10;

  private SentenceTrainingData() {}

  /** Returns the NTREX documents. */
  static List<List<String>> ntrex(Path sharedData) throws IOException {
    return SentenceModelTrainer.readDocuments(sharedData.resolve(NTREX));
  }

  /** Returns the PUD sentences grouped into documents of ten. */
  static List<List<String>> pud(Path sharedData) throws IOException {
    Path file = sharedData.resolve(PUD);
    String text = StrictUtf8.decode(file.toString(), Files.readAllBytes(file));
    List<List<String>> docs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith(TEXT_COMMENT)) {
        current.add(line.substring(TEXT_COMMENT.length()).strip());
        if (current.size() == PUD_GROUP) {
          docs.add(current);
          current = new ArrayList<>();
        }
      }
    }
    if (!current.isEmpty()) {
      docs.add(current);
    }
    return docs;
  }

  /** Returns the documents of one part: development ({@code i % 5 == 2}) or training. */
  static List<List<String>> part(List<List<String>> docs, boolean dev) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      if ((i % 5 == 2) == dev) {
        out.add(docs.get(i));
      }
    }
    return out;
  }

  /** Returns documents in OpenNLP's format: one sentence a line, an empty line between documents. */
  static String format(List<List<String>> docs) {
    StringBuilder sb = new StringBuilder();
    for (List<String> d : docs) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      for (String s : d) {
        sb.append(s).append('\n');
      }
    }
    return sb.toString();
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SentenceTrainingData SHARED_DATA_DIR OUT_DIR");
      System.exit(2);
    }
    Path shared = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    List<List<String>> ntrex = ntrex(shared);
    List<List<String>> pud = pud(shared);
    write(out.resolve("ntrex-ar.train.txt"), part(ntrex, false));
    write(out.resolve("ntrex-ar.dev.txt"), part(ntrex, true));
    write(out.resolve("ud-pud-ar.train.txt"), part(pud, false));
    write(out.resolve("ud-pud-ar.dev.txt"), part(pud, true));
  }

  private static void write(Path file, List<List<String>> docs) throws IOException {
    Files.writeString(file, format(docs), StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "%s: %d documents%n", file, docs.size());
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;

/**
 * Every document of the development data in {@code ../shared} (SaudiNewsNet's 5,370 articles,
 * NTREX's 117 documents, UD PUD's 1,000 sentences as its 397 documents, the sample page), and one
 * seeded damaged copy of each ({@link RealTextMutations#mutate}; {@code -Dtawsim.corpus.copies=N}
 * for more), through the default pipeline: no exception and every {@link DocumentInvariants
 * invariant}. Skips when {@code ../shared} is absent (property {@code tawsim.shared.dir}). A
 * failure lists every failing document with its exception, the first one shrunk. An integration
 * test (Failsafe, {@code mvn verify}); the timeout guards against a hang, at about ten times the
 * time of a run on two busy cores.
 */
class CorpusRobustnessIT {

  private static final Path SHARED = Path.of(System.getProperty("tawsim.shared.dir", "../../shared"));
  private static final Pipeline PIPELINE = Annotators.defaultPipeline();
  /** Damaged copies of each document: 1 in {@code mvn verify}, more for a long run. */
  private static final int COPIES = Integer.getInteger("tawsim.corpus.copies", 1);

  record Source(String id, String text) {}

  @ParameterizedTest
  @ValueSource(strings = {"saudinewsnet", "ntrex", "pud", "samples"})
  @Timeout(value = 900, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyDocumentAndADamagedCopyAnnotateIntoValidDocuments(String corpus) throws IOException {
    List<Source> docs = switch (corpus) {
      case "saudinewsnet" -> saudiNewsNet(SHARED.resolve("corpora/saudinewsnet/saudinewsnet-2015-07-22to24.jsonl"));
      case "ntrex" -> ntrex(SHARED.resolve("data/ntrex-ar/ntrex-ar.sentences.txt"));
      case "pud" -> pud(SHARED.resolve("data/ud-pud-ar/ar_pud-ud-test.conllu"));
      default -> samples(SHARED.resolve("data/samples"));
    };
    List<String> failures = new ArrayList<>();
    String firstFailing = null;
    for (int i = 0; i < docs.size(); i++) {
      Source s = docs.get(i);
      Random random = new Random(Tries.SEED + i);
      for (int copy = 0; copy <= COPIES; copy++) {
        String text = copy == 0 ? s.text() : RealTextMutations.mutate(s.text(), random);
        try {
          check(text);
        } catch (RuntimeException | AssertionError e) {
          failures.add(s.id() + (copy > 0 ? " (damaged copy " + copy + ")" : "") + ": " + e);
          firstFailing = firstFailing == null ? text : firstFailing;
        }
      }
    }
    if (firstFailing != null) {
      String small = Tries.shrink(firstFailing, CorpusRobustnessIT::check, failureOf(firstFailing));
      failures.add(0, "first failure shrunk to \"" + Tries.escaped(small) + "\" (" + small + ")");
    }
    assertEquals(List.of(), failures, failures.size() + " failures in " + docs.size() + " documents");
  }

  private static void check(String text) {
    Document in = Document.of("doc", text);
    DocumentInvariants.check(in, PIPELINE.annotate(in));
  }

  private static Class<?> failureOf(String text) {
    try {
      check(text);
      return null;
    } catch (RuntimeException | AssertionError e) {
      return e.getClass();
    }
  }

  private static Path present(Path p) {
    Assumptions.assumeTrue(Files.exists(p), () -> p + " is absent (development data beside the clone)");
    return p;
  }

  private static List<Source> saudiNewsNet(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Source> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(present(file), StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = json.readTree(line);
        docs.add(new Source(n.get("id").asText(), n.get("title").asText() + "\n" + n.get("text").asText()));
      }
    }
    return docs;
  }

  /** Documents are separated by an empty line. */
  private static List<Source> ntrex(Path file) throws IOException {
    List<Source> docs = new ArrayList<>();
    StringBuilder doc = new StringBuilder();
    for (String line : Files.readAllLines(present(file), StandardCharsets.UTF_8)) {
      if (line.isEmpty()) {
        if (doc.length() > 0) {
          docs.add(new Source("ntrex-" + docs.size(), doc.toString()));
        }
        doc.setLength(0);
      } else {
        doc.append(doc.length() > 0 ? " " : "").append(line);
      }
    }
    if (doc.length() > 0) {
      docs.add(new Source("ntrex-" + docs.size(), doc.toString()));
    }
    return docs;
  }

  /** The sentences ({@code # text =}) of each {@code # newdoc}, one after the other. */
  private static List<Source> pud(Path file) throws IOException {
    List<Source> docs = new ArrayList<>();
    String id = null;
    StringBuilder doc = new StringBuilder();
    for (String line : Files.readAllLines(present(file), StandardCharsets.UTF_8)) {
      // the file repeats its newdoc line before each sentence of a document
      if (line.startsWith("# newdoc id = ") && !line.substring("# newdoc id = ".length()).equals(id)) {
        if (id != null) {
          docs.add(new Source(id, doc.toString()));
        }
        id = line.substring("# newdoc id = ".length());
        doc.setLength(0);
      } else if (line.startsWith("# text = ")) {
        doc.append(doc.length() > 0 ? " " : "").append(line.substring("# text = ".length()));
      }
    }
    if (id != null) {
      docs.add(new Source(id, doc.toString()));
    }
    return docs;
  }

  private static List<Source> samples(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(present(dir))) {
      List<Source> docs = new ArrayList<>();
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        docs.add(new Source(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
      }
      return docs;
    }
  }
}

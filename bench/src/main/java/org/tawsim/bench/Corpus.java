/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tawsim.core.Document;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;

/**
 * The text a benchmark runs on: the documents of a corpus path (JSONL or text files, as {@code
 * tawsim annotate} reads them), or the sample corpus in the repository when none is given.
 *
 * <p>Set the path with {@code -p corpus=PATH} on the JMH command line, e.g. {@code java -jar
 * bench/target/benchmarks.jar Tokenizer -p corpus=../shared/corpora/saudinewsnet}.
 */
public final class Corpus {

  /** The sample corpus shipped in the repository, relative to the repository root. */
  public static final String SAMPLE = "samples/ntrex";

  private final List<Document> documents;
  private final long characters;

  private Corpus(List<Document> documents) {
    this.documents = List.copyOf(documents);
    this.characters = documents.stream().mapToLong(d -> d.text().length()).sum();
  }

  /**
   * Loads the documents under {@code path} (empty or {@code "sample"}: the sample corpus).
   *
   * @throws UncheckedIOException when the path cannot be read or holds a bad document
   */
  public static Corpus load(String path) {
    String p = path == null || path.isEmpty() || path.equals("sample") ? SAMPLE : path;
    if (!Files.exists(Path.of(p))) {
      throw new UncheckedIOException(
          new IOException("corpus not found: " + Path.of(p).toAbsolutePath()
              + " (run from the repository root, or pass -p corpus=PATH)"));
    }
    List<Document> docs = new ArrayList<>();
    try (InputStream none = InputStream.nullInputStream();
        InputReader r = new InputReader(List.of(p), InputFormat.AUTO, RejectHandler.FAIL, none)) {
      for (Optional<Document> d = r.read(); d.isPresent(); d = r.read()) {
        docs.add(d.get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Corpus(docs);
  }

  /** Returns the documents, in input order. */
  public List<Document> documents() {
    return documents;
  }

  /** Returns an endless round of the documents, for benchmarks that take one per operation. */
  public Cycle cycle() {
    return new Cycle(documents);
  }

  /** The documents in turn, starting over after the last; one per benchmark thread. */
  public static final class Cycle {
    private final List<Document> documents;
    private int next;

    private Cycle(List<Document> documents) {
      if (documents.isEmpty()) {
        throw new IllegalStateException("the corpus has no documents");
      }
      this.documents = documents;
    }

    /** Returns the next document. */
    public Document nextDocument() {
      Document d = documents.get(next);
      next = next + 1 == documents.size() ? 0 : next + 1;
      return d;
    }

    /** Returns the text of the next document. */
    public String next() {
      return nextDocument().text();
    }
  }

  /** Returns the total number of UTF-16 characters of all texts. */
  public long characters() {
    return characters;
  }
}

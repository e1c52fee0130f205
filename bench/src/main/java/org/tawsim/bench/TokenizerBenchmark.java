/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.Document;
import org.tawsim.core.Span;

/**
 * The tokenizer on the documents of a corpus, one document per operation, in turn, on one thread.
 * The secondary result {@code chars} is the throughput in characters per second (see {@link
 * Throughput}, which also prints characters per CPU-second).
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar Tokenizer -p corpus=../shared/corpora/saudinewsnet
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenizerBenchmark {

  /**
   * The corpus: a file or folder of text or JSONL, or {@code sample} for samples/ntrex ({@link
   * Corpus#load}).
   */
  @Param("sample")
  public String corpus;

  private Corpus.Cycle docs;
  private final ArabicTokenizer tokenizer = new ArabicTokenizer();

  /** Reads the corpus and builds what the benchmark runs, once per trial. */
  @Setup
  public void load() {
    Corpus c = Corpus.load(corpus);
    docs = c.cycle();
    System.out.printf("%n%s: %d documents, %d chars%n", corpus, c.documents().size(), c.characters());
  }

  /** The Token layer of each document, normalised forms included: what the pipeline runs. */
  @Benchmark
  public Document annotate(Throughput counter) {
    Document d = docs.nextDocument();
    counter.chars += d.text().length();
    return tokenizer.annotate(d);
  }

  /** Token boundaries only, without normalised forms or a document. */
  @Benchmark
  public List<Span> spans(Throughput counter) {
    String text = docs.next();
    counter.chars += text.length();
    return tokenizer.spans(text);
  }
}

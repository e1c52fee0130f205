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
import org.tawsim.annotate.quotes.QuotationTagger;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.Document;
import org.tawsim.core.Quotation;

/**
 * The quotation tagger over a whole corpus on one thread (pairing, kinds, attribution, indirect
 * speech, the layer added to each document), on documents without and with a token layer. Score: milliseconds per corpus pass; characters per
 * second = the characters the setup prints / (score / 1000).
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar QuotationTagger \
 *     -p corpus=../shared/corpora/saudinewsnet/saudinewsnet-2015-07-22to24.jsonl
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QuotationTaggerBenchmark {

  /**
   * The corpus: a file or folder of text or JSONL, or {@code sample} for samples/ntrex ({@link
   * Corpus#load}).
   */
  @Param("sample")
  public String corpus;

  /**
   * Whether the documents carry a token layer, as in the default pipeline, where the tagger takes
   * its words from it; without one it finds them in the text.
   */
  @Param({"false", "true"})
  public boolean tokens;

  private List<Document> docs;
  private QuotationTagger tagger;

  /** Reads the corpus and builds what the benchmark runs, once per trial. */
  @Setup
  public void load() {
    Corpus loaded = Corpus.load(corpus);
    ArabicTokenizer tokenizer = new ArabicTokenizer();
    docs = tokens
        ? loaded.documents().stream().map(tokenizer::annotate).toList()
        : loaded.documents();
    tagger = new QuotationTagger();
    System.out.printf("%n%s: %d documents, %d chars, %d quotations%n",
        corpus, docs.size(), loaded.characters(), tagAll());
  }

  /** The measured operation: tags the quotations of every document once; returns their count. */
  @Benchmark
  public long tag() {
    return tagAll();
  }

  private long tagAll() {
    long quotations = 0;
    for (Document d : docs) {
      quotations += tagger.annotate(d).layer(Quotation.class).size();
    }
    return quotations;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;

/**
 * The entity tagger alone, one thread, over a whole corpus whose tokens are computed in the setup.
 * Score: milliseconds per corpus pass; characters per second = chars (printed by the setup) /
 * score.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar EntityTaggerBenchmark \
 *   -p corpus=../shared/corpora/saudinewsnet/saudinewsnet-2015-07-22to24.jsonl
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class EntityTaggerBenchmark {

  /**
   * The corpus: a file or folder of text or JSONL, or {@code sample} for samples/ntrex ({@link
   * Corpus#load}).
   */
  @Param("sample")
  public String corpus;

  private List<Document> tokenized;
  private ArabicEntityTagger tagger;

  /** Reads the corpus and builds what the benchmark runs, once per trial. */
  @Setup
  public void load() {
    Corpus docs = Corpus.load(corpus);
    ArabicTokenizer tokenizer = new ArabicTokenizer();
    tokenized = new ArrayList<>(docs.documents().size());
    for (Document d : docs.documents()) {
      tokenized.add(tokenizer.annotate(d));
    }
    tagger = ArabicEntityTagger.create();
    long entities = 0;
    for (Document d : tokenized) {
      entities += tagger.annotate(d).layer(Entity.class).size();
    }
    System.out.printf("%n%s: %d documents, %d chars, %d entities%n",
        corpus, tokenized.size(), docs.characters(), entities);
  }

  /** The measured operation: tags every document of the corpus once; returns the entity count. */
  @Benchmark
  public long tag() {
    long entities = 0;
    for (Document d : tokenized) {
      entities += tagger.annotate(d).layer(Entity.class).size();
    }
    return entities;
  }
}

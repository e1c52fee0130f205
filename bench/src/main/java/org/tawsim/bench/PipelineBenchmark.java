/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

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
import org.openjdk.jmh.infra.Blackhole;
import org.tawsim.annotate.Annotators;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;

/**
 * The default pipeline over a whole corpus, one pass per operation. Characters per second = the
 * corpus size the setup prints / the score in seconds. Run with {@code -t 2} for two threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PipelineBenchmark {

  /**
   * The corpus: a file or folder of text or JSONL, or {@code sample} for samples/ntrex ({@link
   * Corpus#load}).
   */
  @Param("sample")
  public String corpus;

  private Corpus docs;
  private Pipeline pipeline;

  /** Reads the corpus and builds what the benchmark runs, once per trial. */
  @Setup
  public void load() {
    docs = Corpus.load(corpus);
    pipeline = Annotators.defaultPipeline();
    System.out.printf("%n%s: %d documents, %d chars, steps %s%n",
        corpus, docs.documents().size(), docs.characters(), pipeline.name());
  }

  /** The measured operation: runs the default pipeline over every document once. */
  @Benchmark
  public void annotateCorpus(Blackhole bh) {
    for (Document d : docs.documents()) {
      bh.consume(pipeline.annotate(d));
    }
  }
}

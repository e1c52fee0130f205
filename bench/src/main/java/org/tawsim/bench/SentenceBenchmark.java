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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.core.Document;

/**
 * Sentence annotation of a whole corpus on one thread, with the line, quotation and abbreviation
 * logic ({@link #annotator}), against OpenNLP's detector alone on each whole text ({@link
 * #openNlpAlone}). Score: milliseconds per corpus pass; characters per second = the corpus size the
 * setup prints / score.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar SentenceBenchmark \
 *     -p corpus=../shared/corpora/saudinewsnet/saudinewsnet-2015-07-22to24.jsonl
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SentenceBenchmark {

  /**
   * The corpus: a file or folder of text or JSONL, or {@code sample} for samples/ntrex ({@link
   * Corpus#load}).
   */
  @Param("sample")
  public String corpus;

  private Corpus docs;
  private OpenNlpSentenceAnnotator annotator;
  private SentenceDetectorME detector;

  /** Reads the corpus and builds what the benchmark runs, once per trial. */
  @Setup
  public void load() {
    docs = Corpus.load(corpus);
    annotator = OpenNlpSentenceAnnotator.arabic();
    detector = new SentenceDetectorME(annotator.model(), (Dictionary) null);
    long sentences = 0;
    for (Document d : docs.documents()) {
      sentences += annotator.sentences(d.text()).size();
    }
    System.out.printf("%n%s: %d documents, %d chars, %d sentences%n",
        corpus, docs.documents().size(), docs.characters(), sentences);
  }

  /** The annotator: lines, OpenNLP inside lines, quotation and abbreviation rules. */
  @Benchmark
  public long annotator() {
    long n = 0;
    for (Document d : docs.documents()) {
      n += annotator.sentences(d.text()).size();
    }
    return n;
  }

  /** OpenNLP's detector alone on each whole text, for comparison. */
  @Benchmark
  public long openNlpAlone() {
    long n = 0;
    for (Document d : docs.documents()) {
      n += detector.sentPosDetect(d.text()).length;
    }
    return n;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.core.Document;

/**
 * Sentence annotation throughput in characters per second of the benchmark thread's CPU time, for
 * a machine shared with other work, where JMH's wall-clock scores swing with the load. Runs the
 * same two workloads as {@link SentenceBenchmark}, alternately, and prints each pass and the best.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.tawsim.bench.SentenceCpuThroughput \
 *     ../shared/corpora/saudinewsnet/saudinewsnet-2015-07-22to24.jsonl 10
 * </pre>
 */
public final class SentenceCpuThroughput {

  private SentenceCpuThroughput() {}

  /** Runs the measurement; the class comment gives the arguments. */
  public static void main(String[] args) {
    Corpus corpus = Corpus.load(args.length > 0 ? args[0] : "sample");
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    OpenNlpSentenceAnnotator annotator = OpenNlpSentenceAnnotator.arabic();
    SentenceDetectorME detector = new SentenceDetectorME(annotator.model(), (Dictionary) null);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double bestAnnotator = 0;
    double bestOpenNlp = 0;
    long sink = 0;
    for (int pass = 1; pass <= passes; pass++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (Document d : corpus.documents()) {
        sink += annotator.sentences(d.text()).size();
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (Document d : corpus.documents()) {
        sink += detector.sentPosDetect(d.text()).length;
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      double a = corpus.characters() / ((t1 - t0) / 1e9) / 1e6;
      double o = corpus.characters() / ((t2 - t1) / 1e9) / 1e6;
      bestAnnotator = Math.max(bestAnnotator, a);
      bestOpenNlp = Math.max(bestOpenNlp, o);
      System.out.printf(Locale.ROOT,
          "pass %2d: annotator %6.1f M chars/s CPU, OpenNLP alone %6.1f M chars/s CPU%n", pass, a, o);
    }
    System.out.printf(Locale.ROOT,
        "%d documents, %d chars; best: annotator %.1f, OpenNLP alone %.1f M chars/s CPU (%d)%n",
        corpus.documents().size(), corpus.characters(), bestAnnotator, bestOpenNlp, sink % 10);
  }
}

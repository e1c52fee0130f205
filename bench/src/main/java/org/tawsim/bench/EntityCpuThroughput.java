/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;

/**
 * Entity tagger throughput in characters per second of the benchmark thread's CPU time, beside
 * OpenNLP's bare sentence detector in the same passes, for a machine shared with other work where
 * wall-clock scores swing with the load. Tokens are computed once before the passes, as {@link
 * EntityTaggerBenchmark} does; each pass tags every document once, then runs the detector over the
 * same texts. The first passes warm the JIT up and are printed but not counted; then prints the
 * median and best of each over the counted passes and the median of their per-pass ratios.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.tawsim.bench.EntityCpuThroughput \
 *     ../shared/corpora/saudinewsnet/saudinewsnet-2015-07-22to24.jsonl 15 5
 * </pre>
 *
 * <p>Arguments: the corpus ({@link Corpus#load}), the passes counted (10), the warm-up passes
 * before them (5).
 */
public final class EntityCpuThroughput {

  private EntityCpuThroughput() {}

  /** Runs the measurement; the class comment gives the arguments. */
  public static void main(String[] args) {
    Corpus corpus = Corpus.load(args.length > 0 ? args[0] : Corpus.SAMPLE);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    ArabicTokenizer tokenizer = new ArabicTokenizer();
    List<Document> tokenized = new ArrayList<>(corpus.documents().size());
    for (Document d : corpus.documents()) {
      tokenized.add(tokenizer.annotate(d));
    }
    ArabicEntityTagger tagger = ArabicEntityTagger.create();
    SentenceDetectorME detector =
        new SentenceDetectorME(OpenNlpSentenceAnnotator.arabic().model(), (Dictionary) null);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] tagged = new double[passes];
    double[] detected = new double[passes];
    double[] ratio = new double[passes];
    long sink = 0;
    for (int pass = -warmup; pass < passes; pass++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (Document d : tokenized) {
        sink += tagger.annotate(d).layer(Entity.class).size();
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (Document d : tokenized) {
        sink += detector.sentPosDetect(d.text()).length;
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      double tagRate = corpus.characters() / ((t1 - t0) / 1e9) / 1e6;
      double detectRate = corpus.characters() / ((t2 - t1) / 1e9) / 1e6;
      System.out.printf(Locale.ROOT,
          "%s %2d: entity tagger %6.1f M chars/s CPU, OpenNLP detector %6.1f M chars/s CPU,"
              + " %.3fx%n", pass < 0 ? "warm-up" : "pass   ", pass < 0 ? pass + warmup + 1 : pass + 1,
          tagRate, detectRate, tagRate / detectRate);
      if (pass >= 0) {
        tagged[pass] = tagRate;
        detected[pass] = detectRate;
        ratio[pass] = tagRate / detectRate;
      }
    }
    System.out.printf(Locale.ROOT,
        "%d documents, %d chars; median (best): entity tagger %.1f (%.1f), OpenNLP detector %.1f"
            + " (%.1f) M chars/s CPU; median ratio %.3fx (%d)%n",
        tokenized.size(), corpus.characters(), median(tagged), max(tagged), median(detected),
        max(detected), median(ratio), sink % 10);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }
}

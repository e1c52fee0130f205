/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.util.ArrayList;
import java.util.List;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;
import org.tawsim.core.Token;

/** What {@code tawsim bench} measures of the pipeline: each step alone, and the whole on 1 and N threads. */
final class PipelineBench {

  private PipelineBench() {}

  /**
   * Measures each step alone on 1 and on {@code threads} threads, on the documents as the earlier
   * steps left them. The annotated copies live only as long as this method, so that the heap of
   * the later measurements holds the input alone, as a run over a corpus would.
   */
  static List<StageBench.Result> measureSteps(
      StageBench bench, Pipeline pipeline, List<Document> docs, long tokens, int threads)
      throws InterruptedException {
    List<StageBench.Result> results = new ArrayList<>();
    List<Document> input = docs;
    for (Annotator step : pipeline.steps()) {
      StageBench.Stage stage = StageBench.Stage.of(step);
      results.add(bench.measure(stage, input, tokens, 1));
      if (threads > 1) {
        results.add(bench.measure(stage, input, tokens, threads));
      }
      input = input.stream().map(step::annotate).toList();
    }
    return results;
  }

  /**
   * Measures the whole pipeline on 1 and on {@code threads} threads, alternating over the rounds
   * (1 then N, then N then 1), adds the median result of each to {@code results} and returns, for
   * each round, N threads' speed over 1 thread's in that round (none for one thread); the speed-up
   * reported is their median. A single pair of measurements read 1.58x in a run between runs of
   * 1.97x and 1.99x.
   */
  static double[] measureThreads(
      StageBench roundBench, Pipeline pipeline, List<Document> docs, long tokens,
      List<StageBench.Result> results, int threads, int rounds)
      throws InterruptedException {
    StageBench.Stage whole = wholePipeline(pipeline);
    List<StageBench.Result> ones = new ArrayList<>();
    List<StageBench.Result> manys = new ArrayList<>();
    double[] speedups = new double[threads > 1 ? rounds : 0];
    for (int r = 0; r < rounds; r++) {
      boolean oneFirst = r % 2 == 0 || threads == 1;
      StageBench.Result one = oneFirst ? roundBench.measure(whole, docs, tokens, 1) : null;
      if (threads > 1) {
        StageBench.Result many = roundBench.measure(whole, docs, tokens, threads);
        manys.add(many);
        one = oneFirst ? one : roundBench.measure(whole, docs, tokens, 1);
        speedups[r] = many.charsPerSecond() / one.charsPerSecond();
      }
      ones.add(one);
    }
    results.add(StageBench.Result.median(ones));
    if (threads > 1) {
      results.add(StageBench.Result.median(manys));
    }
    return speedups;
  }

  /** The whole pipeline as one stage, as {@code tawsim bench} measures it. */
  static StageBench.Stage wholePipeline(Pipeline pipeline) {
    return new StageBench.Stage("pipeline", d -> pipeline.annotate(d).layerKinds().size());
  }

  /** Returns the tokens the pipeline finds in the documents; keeps none of its output. */
  static long countTokens(List<Document> docs, Pipeline pipeline) {
    long tokens = 0;
    for (Document d : docs) {
      Document annotated = pipeline.annotate(d);
      tokens +=
          annotated.hasLayer(Token.class)
              ? annotated.tokens().size()
              : whitespaceWords(annotated.text());
    }
    return tokens;
  }

  private static int whitespaceWords(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }
}

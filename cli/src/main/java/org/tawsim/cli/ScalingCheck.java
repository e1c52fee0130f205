/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;

/**
 * The document-size check of {@code tawsim bench}: time per character of each step and of the
 * whole pipeline on the same text cut into documents of growing size, and how much it grows.
 */
final class ScalingCheck {

  private ScalingCheck() {}

  /**
   * Returns, for each round and each size, the size and the nanoseconds per char of each stage (run
   * on the documents as the earlier stages left them) and of the whole pipeline, so that a stage
   * whose cost grows faster than its input shows by name. Every size runs over the same text, as
   * long as the largest size, cut into consecutive documents of that size (by default 10,240 of 1 KB
   * ... one of 10 MB): only where the document boundaries fall differs, not the words, so caches are
   * as warm at 1 KB as at 10 MB.
   *
   * <p>The sizes are interleaved: every round measures each size once, smallest first in even
   * rounds and largest first in odd ones, so a machine that slows down for a minute or drifts over
   * the run slows every size alike instead of the ones measured last. Only one size's documents are
   * in memory at a time.
   */
  static List<List<double[]>> scalingRounds(
      StageBench bench, Pipeline pipeline, List<Document> docs, List<Integer> sizes, int rounds)
      throws InterruptedException {
    int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    StringBuilder all = new StringBuilder();
    for (int i = 0; all.length() < largest; i = (i + 1) % docs.size()) {
      all.append(docs.get(i).text()).append("\n\n");
    }
    String text = all.substring(0, largest);
    List<List<double[]>> result = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      double[][] rows = new double[sizes.size()][];
      for (int k = 0; k < sizes.size(); k++) {
        int index = r % 2 == 0 ? k : sizes.size() - 1 - k;
        rows[index] = scalingRow(bench, pipeline, cut(text, sizes.get(index)), sizes.get(index));
      }
      result.add(List.of(rows));
    }
    return result;
  }

  /** Returns one size's row: the size, then ns per char of each step, then of the whole pipeline. */
  static double[] scalingRow(
      StageBench bench, Pipeline pipeline, List<Document> pieces, int size)
      throws InterruptedException {
    List<Annotator> steps = pipeline.steps();
    double[] row = new double[steps.size() + 2];
    row[0] = size;
    StageBench.Stage whole = PipelineBench.wholePipeline(pipeline);
    row[steps.size() + 1] = nanosPerChar(bench, whole, pieces);
    for (int s = 0; s < steps.size(); s++) {
      Annotator step = steps.get(s);
      row[s + 1] = nanosPerChar(bench, StageBench.Stage.of(step), pieces);
      pieces = pieces.stream().map(step::annotate).toList();
    }
    return row;
  }

  static double nanosPerChar(StageBench bench, StageBench.Stage stage, List<Document> docs)
      throws InterruptedException {
    return 1e9 / bench.measure(stage, docs, 0, 1).charsPerSecond();
  }

  /** Cuts {@code text} into consecutive documents of about {@code size} chars, at whitespace. */
  static List<Document> cut(String text, int size) {
    List<Document> pieces = new ArrayList<>();
    int begin = 0;
    while (begin < text.length()) {
      int end = Math.min(text.length(), begin + size);
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      pieces.add(Document.of("size-" + size + "-" + pieces.size(), text.substring(begin, end)));
      begin = end;
    }
    return pieces;
  }

  /** Returns the rows of the rounds with every cell the median of that cell over the rounds. */
  static List<double[]> medianOfRounds(List<List<double[]>> rounds) {
    List<double[]> median = new ArrayList<>();
    for (int k = 0; k < rounds.get(0).size(); k++) {
      double[] row = new double[rounds.get(0).get(k).length];
      for (int c = 0; c < row.length; c++) {
        double[] cell = new double[rounds.size()];
        for (int r = 0; r < cell.length; r++) {
          cell[r] = rounds.get(r).get(k)[c];
        }
        row[c] = median(cell);
      }
      median.add(row);
    }
    return median;
  }

  /**
   * Returns the median over the rounds of each round's {@link #scalingRatio}: every ratio compares
   * sizes measured within minutes of each other, so a round the machine slowed down in part of is
   * one ratio of several, where in the medians of the cells it can still lift one size.
   */
  static double scalingRatioWithinRounds(List<List<double[]>> rounds, int c) {
    double[] ratios = new double[rounds.size()];
    for (int r = 0; r < ratios.length; r++) {
      ratios[r] = scalingRatio(rounds.get(r), c);
    }
    return median(ratios);
  }

  /** Returns the largest time per char of column {@code c} over the smallest: 1 when flat. */
  static double scalingRatio(List<double[]> scaling, int c) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (double[] row : scaling) {
      min = Math.min(min, row[c]);
      max = Math.max(max, row[c]);
    }
    return max / min;
  }

  /** Returns the median of values; sorts them. */
  static double median(double[] values) {
    Arrays.sort(values);
    int m = values.length / 2;
    return values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
  }
}

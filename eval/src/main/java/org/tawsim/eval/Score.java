/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import java.util.Set;

/**
 * The one score of every scorer here: exact-match counts and the precision, recall and F1 they
 * give, as CoNLL's {@code conlleval} reports them (0 when there is nothing to divide by). Entities
 * of one type or of all ({@link EntityScorer}), quotation spans ({@link QuotationScorer}), tokens
 * and token boundaries ({@link TokenScorer}), sentence boundaries ({@link BoundaryScore#counts}).
 *
 * @param gold items in the gold data
 * @param predicted items predicted
 * @param correct predicted items that exactly match a gold one
 */
public record Score(int gold, int predicted, int correct) {

  /**
   * Rejects negative counts and more correct entities than gold or predicted ones.
   *
   * @param gold items in the gold data
   * @param predicted items predicted
   * @param correct predicted items that exactly match a gold one
   */
  public Score {
    if (gold < 0 || predicted < 0 || correct < 0 || correct > gold || correct > predicted) {
      throw new IllegalArgumentException(
          "invalid counts: gold " + gold + ", predicted " + predicted + ", correct " + correct);
    }
  }

  /** {@return correct / predicted; 0 when nothing was predicted, as conlleval does} */
  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  /** {@return correct / gold; 0 when there is no gold entity} */
  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  /** {@return the harmonic mean of precision and recall; 0 when both are 0} */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * {@return the score of two sets of items: their sizes and the size of their intersection}
   *
   * @param <T> the type of the items
   * @param gold the gold items
   * @param predicted the predicted items
   */
  public static <T> Score of(Set<T> gold, Set<T> predicted) {
    int correct = 0;
    for (T t : predicted) {
      if (gold.contains(t)) {
        correct++;
      }
    }
    return new Score(gold.size(), predicted.size(), correct);
  }

  /**
   * {@return the sum of two scores}
   *
   * @param o the other score
   */
  public Score plus(Score o) {
    return new Score(gold + o.gold, predicted + o.predicted, correct + o.correct);
  }
}

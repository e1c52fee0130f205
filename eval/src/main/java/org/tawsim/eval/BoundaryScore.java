/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Sentence-boundary counts and the precision, recall and F1 they give.
 *
 * <p>A boundary is the end offset of a sentence that is not the last of its document (the end of
 * the text is a boundary for every splitter, so counting it would only inflate the scores). Missed
 * and spurious boundaries are kept, with the document id, so that a report can show them.
 *
 * @param gold boundaries in the gold data
 * @param predicted boundaries the system found
 * @param correct boundaries in both
 * @param missed gold boundaries the system did not find
 * @param spurious boundaries the system found that the gold does not have
 */
public record BoundaryScore(
    int gold, int predicted, int correct, List<Boundary> missed, List<Boundary> spurious) {

  /** A boundary of one document: the UTF-16 offset where a sentence ends. */
  public record Boundary(String documentId, int offset) {
    /**
     * Rejects a null id.
     *
     * @param documentId the document
     * @param offset the boundary's offset in its text
     */
    public Boundary {
      Objects.requireNonNull(documentId, "documentId");
    }
  }

  /**
   * Rejects inconsistent counts and copies the lists.
   *
   * @param gold boundaries in the gold data
   * @param predicted boundaries the system found
   * @param correct boundaries in both
   * @param missed gold boundaries the system did not find
   * @param spurious boundaries the system found that the gold does not have
   */
  public BoundaryScore {
    if (correct < 0 || correct > gold || correct > predicted) {
      throw new IllegalArgumentException(
          "inconsistent counts: gold " + gold + ", predicted " + predicted + ", correct " + correct);
    }
    missed = List.copyOf(missed);
    spurious = List.copyOf(spurious);
  }

  /** {@return the score of nothing: every figure 0} */
  public static BoundaryScore empty() {
    return new BoundaryScore(0, 0, 0, List.of(), List.of());
  }

  /**
   * {@return the sum of two scores}
   *
   * @param o the other score
   */
  public BoundaryScore plus(BoundaryScore o) {
    return new BoundaryScore(
        gold + o.gold,
        predicted + o.predicted,
        correct + o.correct,
        concat(missed, o.missed),
        concat(spurious, o.spurious));
  }

  private static List<Boundary> concat(List<Boundary> a, List<Boundary> b) {
    if (b.isEmpty()) {
      return a;
    }
    java.util.ArrayList<Boundary> l = new java.util.ArrayList<>(a);
    l.addAll(b);
    return l;
  }

  /** {@return the counts as a {@link Score}} */
  public Score counts() {
    return new Score(gold, predicted, correct);
  }

  /**
   * {@return correct / predicted; 1 when nothing was predicted and nothing was to find (a text
   * without a boundary split as one sentence is right), else as {@link Score#precision}}
   */
  public double precision() {
    return nothingToFind() ? 1 : counts().precision();
  }

  /** {@return correct / gold; 1 when the gold has no boundary (none was missed)} */
  public double recall() {
    return gold == 0 ? 1 : counts().recall();
  }

  /** {@return the harmonic mean of precision and recall; 1 when there was nothing to find} */
  public double f1() {
    return nothingToFind() ? 1 : counts().f1();
  }

  private boolean nothingToFind() {
    return gold == 0 && predicted == 0;
  }

  /** {@return the counts and scores on one line, with four decimals, locale-independent} */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "boundaries: gold %d, predicted %d, correct %d; precision %.4f, recall %.4f, F1 %.4f",
        gold,
        predicted,
        correct,
        precision(),
        recall(),
        f1());
  }
}

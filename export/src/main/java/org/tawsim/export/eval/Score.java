package org.tawsim.export.eval;

/**
 * Exact-match counts of one entity type (or of all): what CoNLL's {@code conlleval} reports.
 *
 * @param gold entities in the gold data
 * @param predicted entities predicted
 * @param correct predicted entities with exactly the span and type of a gold entity
 */
public record Score(int gold, int predicted, int correct) {

  /** Rejects negative counts and more correct entities than gold or predicted ones. */
  public Score {
    if (gold < 0 || predicted < 0 || correct < 0 || correct > gold || correct > predicted) {
      throw new IllegalArgumentException(
          "invalid counts: gold " + gold + ", predicted " + predicted + ", correct " + correct);
    }
  }

  /** Returns correct / predicted; 0 when nothing was predicted, as conlleval does. */
  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  /** Returns correct / gold; 0 when there is no gold entity. */
  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  /** Returns the harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  Score plus(Score o) {
    return new Score(gold + o.gold, predicted + o.predicted, correct + o.correct);
  }
}

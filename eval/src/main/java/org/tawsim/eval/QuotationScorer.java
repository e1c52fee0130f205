/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tawsim.core.Document;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;

/**
 * Scores predicted quotations against gold ones, for the quotations with marks (indirect speech
 * is left out on both sides). This is the one definition of the quotation measure:
 *
 * <ul>
 *   <li>span precision, recall and F1: a predicted quotation is right when its span, marks
 *       included, equals a gold span exactly (start and end);
 *   <li>kind accuracy: over the matched quotations, the share with the gold kind;
 *   <li>speaker accuracy: over <em>all</em> gold speech quotations (one the tagger missed or gave
 *       another span counts wrong), the share whose predicted speaker overlaps the gold speaker or
 *       shares a content word with it ({@link SpeakerMatch}: another mention of the same source);
 *       a gold speech quotation with no speaker (passive, unattributed) is right when the
 *       prediction names none either;
 *   <li>cue accuracy: over all gold speech quotations with a cue, the share whose predicted cue
 *       overlaps it.
 * </ul>
 *
 * <p>Add document pairs with {@link #add}, then read {@link #result()} and {@link #differences()}.
 * Not thread-safe.
 *
 * <pre>{@code
 * QuotationScorer scorer = new QuotationScorer();
 * scorer.add(gold, tagger.annotate(Document.of(gold.id(), gold.text())));
 * System.out.println(scorer.result().f1());
 * }</pre>
 */
public final class QuotationScorer {

  private int gold;
  private int predicted;
  private int matched;
  private int kindRight;
  private int speakerGold;
  private int speakerRight;
  private int cueGold;
  private int cueRight;
  private final List<Difference> differences = new ArrayList<>();

  /** Creates a scorer that has counted no documents yet. */
  public QuotationScorer() {}

  /**
   * Adds one document's gold and predicted quotations.
   *
   * @param goldDoc the document with gold quotations
   * @param predictedDoc the same text with predicted quotations
   * @throws IllegalArgumentException when the two documents do not have the same text
   */
  public void add(Document goldDoc, Document predictedDoc) {
    Objects.requireNonNull(goldDoc, "goldDoc");
    Objects.requireNonNull(predictedDoc, "predictedDoc");
    if (!goldDoc.text().equals(predictedDoc.text())) {
      throw new IllegalArgumentException(
          "document '" + goldDoc.id() + "': gold and predicted texts differ");
    }
    List<Quotation> g = marked(goldDoc.layer(Quotation.class));
    List<Quotation> p = marked(predictedDoc.layer(Quotation.class));
    gold += g.size();
    predicted += p.size();
    Map<Span, Quotation> bySpan = new HashMap<>();
    for (Quotation q : p) {
      bySpan.putIfAbsent(q.span(), q);
    }
    Map<Span, Quotation> goldBySpan = new HashMap<>();
    for (Quotation q : g) {
      goldBySpan.putIfAbsent(q.span(), q);
    }
    for (Quotation gq : g) {
      Quotation pq = bySpan.get(gq.span());
      if (pq == null) {
        differences.add(new Difference(goldDoc.id(), Difference.Type.MISSED, gq, null));
      } else {
        matched++;
        if (pq.kind() == gq.kind()) {
          kindRight++;
        } else {
          differences.add(new Difference(goldDoc.id(), Difference.Type.KIND, gq, pq));
        }
      }
      if (gq.kind() != QuoteKind.SPEECH) {
        continue;
      }
      speakerGold++;
      if (pq != null && (gq.speaker() == null
          ? pq.speaker() == null
          : SpeakerMatch.right(goldDoc.text(), gq.speaker(), pq.speaker()))) {
        speakerRight++;
      } else if (pq != null) {
        differences.add(new Difference(goldDoc.id(), Difference.Type.SPEAKER, gq, pq));
      }
      if (gq.cue() != null) {
        cueGold++;
        if (pq != null && pq.cue() != null && pq.cue().overlaps(gq.cue())) {
          cueRight++;
        } else if (pq != null) {
          differences.add(new Difference(goldDoc.id(), Difference.Type.CUE, gq, pq));
        }
      }
    }
    for (Quotation pq : p) {
      if (!goldBySpan.containsKey(pq.span())) {
        differences.add(new Difference(goldDoc.id(), Difference.Type.SPURIOUS, null, pq));
      }
    }
  }

  private static List<Quotation> marked(List<Quotation> quotations) {
    List<Quotation> out = new ArrayList<>();
    for (Quotation q : quotations) {
      if (q.kind() != QuoteKind.INDIRECT) {
        out.add(q);
      }
    }
    return out;
  }

  /** {@return the scores so far} */
  public Result result() {
    return new Result(
        gold, predicted, matched, kindRight, speakerGold, speakerRight, cueGold, cueRight);
  }

  /** {@return every difference found so far, in the order found} */
  public List<Difference> differences() {
    return List.copyOf(differences);
  }

  /**
   * The counts behind the scores; each ratio is 0 when its denominator is.
   *
   * @param gold gold quotations with marks
   * @param predicted predicted quotations with marks
   * @param matched predicted quotations whose span equals a gold span
   * @param kindRight matched quotations of the gold kind
   * @param speakerGold gold speech quotations, with a speaker or not, matched or not
   * @param speakerRight of those, the ones matched with a right speaker ({@link SpeakerMatch}), or
   *     with none where the gold has none
   * @param cueGold gold speech quotations with a cue, matched or not
   * @param cueRight of those, the ones matched with a cue that overlaps the gold one
   */
  public record Result(
      int gold,
      int predicted,
      int matched,
      int kindRight,
      int speakerGold,
      int speakerRight,
      int cueGold,
      int cueRight) {

    /** {@return the span counts: gold, predicted and matched quotations} */
    public Score spans() {
      return new Score(gold, predicted, matched);
    }

    /** {@return matched / predicted ({@link #spans})} */
    public double precision() {
      return spans().precision();
    }

    /** {@return matched / gold ({@link #spans})} */
    public double recall() {
      return spans().recall();
    }

    /** {@return the harmonic mean of precision and recall ({@link #spans})} */
    public double f1() {
      return spans().f1();
    }

    /** {@return kindRight / matched} */
    public double kindAccuracy() {
      return ratio(kindRight, matched);
    }

    /** {@return speakerRight / speakerGold} */
    public double speakerAccuracy() {
      return ratio(speakerRight, speakerGold);
    }

    /** {@return cueRight / cueGold} */
    public double cueAccuracy() {
      return ratio(cueRight, cueGold);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  /**
   * One disagreement between gold and prediction.
   *
   * @param documentId the document
   * @param type what differs
   * @param gold the gold quotation, null for {@link Type#SPURIOUS}
   * @param predicted the predicted quotation, null for {@link Type#MISSED}
   */
  public record Difference(String documentId, Type type, Quotation gold, Quotation predicted) {

    /**
     * Rejects a null id or type.
     *
     * @param documentId the document
     * @param type what differs
     * @param gold the gold quotation, null for {@link Type#SPURIOUS}
     * @param predicted the predicted quotation, null for {@link Type#MISSED}
     */
    public Difference {
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(type, "type");
    }

    /** What differs. */
    public enum Type {
      /** A gold quotation no prediction matches. */
      MISSED,
      /** A predicted quotation no gold one matches. */
      SPURIOUS,
      /** Matched, of another kind. */
      KIND,
      /**
       * Matched, with a speaker that is not right, or with one where the gold has none (a missed
       * quotation is only {@link #MISSED}).
       */
      SPEAKER,
      /** Matched, with a cue that misses the gold one (a missed quotation is only {@link #MISSED}). */
      CUE
    }
  }
}

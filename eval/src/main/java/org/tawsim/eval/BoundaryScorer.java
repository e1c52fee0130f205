/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.tawsim.core.Document;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;

/**
 * Scores sentence splitting by its boundaries: precision, recall and F1 of the sentence ends a
 * system finds against gold ones.
 *
 * <p>A boundary is where a sentence ends, at its trimmed end offset; the end of a document's last
 * non-whitespace character is not counted, since every splitter finds it. Whitespace between
 * sentences is therefore irrelevant, and so are sentence starts: with sentences that cover the
 * text, a start follows from the end before it. Stateless and thread-safe.
 *
 * <pre>{@code
 * BoundaryScore s = BoundaryScorer.score(goldDocs, predictedDocs);
 * System.out.println(s.summary());
 * }</pre>
 */
public final class BoundaryScorer {

  private BoundaryScorer() {}

  /**
   * Scores one document: the sentences of {@code predicted} against those of {@code gold}.
   *
   * @param gold the document with gold sentences
   * @param predicted the same text with predicted sentences
   * @return the boundaries of both and how they match
   * @throws IllegalArgumentException when the two are not the same text
   */
  public static BoundaryScore score(Document gold, Document predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (!gold.text().equals(predicted.text())) {
      throw new IllegalArgumentException(
          "document '" + gold.id() + "': the predicted document has another text");
    }
    return score(gold.id(), gold.text(), spans(gold), spans(predicted));
  }

  /**
   * Scores documents pairwise, in order.
   *
   * @param gold the documents with gold sentences
   * @param predicted the same texts with predicted sentences, in the same order
   * @return the boundaries of all documents and how they match
   * @throws IllegalArgumentException when the lists differ in length or a pair in text
   */
  public static BoundaryScore score(List<Document> gold, List<Document> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold documents but " + predicted.size() + " predicted");
    }
    BoundaryScore total = BoundaryScore.empty();
    for (int i = 0; i < gold.size(); i++) {
      total = total.plus(score(gold.get(i), predicted.get(i)));
    }
    return total;
  }

  /**
   * Scores the sentence spans of one text.
   *
   * @param id the document's id, for the lists of boundaries
   * @param text the text
   * @param gold the gold sentence spans
   * @param predicted the predicted sentence spans
   * @return the boundaries of both and how they match
   */
  public static BoundaryScore score(String id, String text, List<Span> gold, List<Span> predicted) {
    TreeSet<Integer> g = boundaries(text, gold);
    TreeSet<Integer> p = boundaries(text, predicted);
    List<BoundaryScore.Boundary> missed = new ArrayList<>();
    List<BoundaryScore.Boundary> spurious = new ArrayList<>();
    int correct = 0;
    for (int b : g) {
      if (p.contains(b)) {
        correct++;
      } else {
        missed.add(new BoundaryScore.Boundary(id, b));
      }
    }
    for (int b : p) {
      if (!g.contains(b)) {
        spurious.add(new BoundaryScore.Boundary(id, b));
      }
    }
    return new BoundaryScore(g.size(), p.size(), correct, missed, spurious);
  }

  /** Returns the trimmed end offsets of the sentences, without the end of the text's last word. */
  static TreeSet<Integer> boundaries(String text, List<Span> sentences) {
    int last = text.length();
    while (last > 0 && isWhitespace(text.charAt(last - 1))) {
      last--;
    }
    TreeSet<Integer> ends = new TreeSet<>();
    for (Span s : sentences) {
      int e = s.end();
      while (e > s.begin() && isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s.begin() && e < last) {
        ends.add(e);
      }
    }
    return ends;
  }

  private static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static List<Span> spans(Document d) {
    List<Span> l = new ArrayList<>();
    for (Sentence s : d.layer(Sentence.class)) {
      l.add(s.span());
    }
    return l;
  }
}

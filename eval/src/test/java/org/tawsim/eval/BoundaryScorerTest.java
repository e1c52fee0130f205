/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;

class BoundaryScorerTest {

  /** Returns the text of a marked text: '|' ends a sentence and is not part of the text. */
  private static String text(String marked) {
    return marked.replace("|", "");
  }

  /** Returns the trimmed sentence spans of a marked text. */
  private static List<Span> spans(String marked) {
    List<Span> out = new ArrayList<>();
    int offset = 0;
    for (String part : marked.split("\\|", -1)) {
      int b = 0;
      int e = part.length();
      while (b < e && part.charAt(b) == ' ') {
        b++;
      }
      while (e > b && part.charAt(e - 1) == ' ') {
        e--;
      }
      if (e > b) {
        out.add(new Span(offset + b, offset + e));
      }
      offset += part.length();
    }
    return out;
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a. b. c.;a. b. c.;0;0;0",
        "a.| b.| c.;a.| b.| c.;2;2;2",
        "a.| b. c.;a.| b.| c.;1;2;1",
        "a.| b.| c.;a. b.| c.;2;1;1",
        "a.| b.|  ;a.| b.  ;1;1;1",
        "a. |b. ;a.| b. ;1;1;1",
      })
  void countsBoundariesOtherThanTheTextEnd(
      String gold, String predicted, int g, int p, int c) {
    assertEquals(text(gold), text(predicted));
    BoundaryScore s = BoundaryScorer.score("d", text(gold), spans(gold), spans(predicted));
    assertEquals(List.of(g, p, c), List.of(s.gold(), s.predicted(), s.correct()));
    assertEquals(g - c, s.missed().size());
    assertEquals(p - c, s.spurious().size());
  }

  @Test
  void computesPrecisionRecallAndF1() {
    BoundaryScore s = new BoundaryScore(4, 5, 3, List.of(), List.of());
    assertEquals(0.6, s.precision(), 1e-12);
    assertEquals(0.75, s.recall(), 1e-12);
    assertEquals(2 * 0.6 * 0.75 / 1.35, s.f1(), 1e-12);
    assertEquals(
        "boundaries: gold 4, predicted 5, correct 3; precision 0.6000, recall 0.7500, F1 0.6667",
        s.summary());
  }

  @Test
  void scoresNothingToFindAsPerfect() {
    BoundaryScore s = BoundaryScore.empty();
    assertEquals(1.0, s.precision());
    assertEquals(1.0, s.recall());
    assertEquals(1.0, s.f1());
    assertEquals(0.0, new BoundaryScore(2, 0, 0, List.of(), List.of()).f1());
  }

  @Test
  void sumsDocumentsAndNamesWhereBoundariesWereMissed() {
    Document g1 = doc("g1", "a.| b.| c.");
    Document p1 = doc("g1", "a. b.| c.");
    Document g2 = doc("g2", "x.| y.");
    Document p2 = doc("g2", "x.| y.");
    BoundaryScore s = BoundaryScorer.score(List.of(g1, g2), List.of(p1, p2));
    assertEquals(List.of(3, 2, 2), List.of(s.gold(), s.predicted(), s.correct()));
    assertEquals(List.of(new BoundaryScore.Boundary("g1", 2)), s.missed());
  }

  @Test
  void rejectsDocumentsWithOtherTexts() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BoundaryScorer.score(doc("d", "a.| b."), doc("d", "a.| c.")));
    assertEquals("document 'd': the predicted document has another text", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> BoundaryScorer.score(List.of(doc("d", "a.")), List.of()));
  }

  @Test
  void rejectsInconsistentCounts() {
    assertThrows(IllegalArgumentException.class, () -> new BoundaryScore(1, 1, 2, List.of(), List.of()));
  }

  private static Document doc(String id, String marked) {
    List<Sentence> sentences = new ArrayList<>();
    for (Span s : spans(marked)) {
      sentences.add(new Sentence(s));
    }
    return Document.of(id, text(marked)).withLayer(Sentence.class, sentences);
  }
}

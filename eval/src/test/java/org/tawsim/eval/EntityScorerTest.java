/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Span;

class EntityScorerTest {

  /** Parses "0-5:PER 6-9:LOC" into entities. */
  private static List<Entity> parse(String s) {
    List<Entity> out = new ArrayList<>();
    if (s == null || s.isBlank()) {
      return out;
    }
    for (String item : s.trim().split(" ")) {
      String[] typeSplit = item.split(":");
      String[] range = typeSplit[0].split("-");
      out.add(Entity.of(new Span(Integer.parseInt(range[0]), Integer.parseInt(range[1])),
          EntityType.of(typeSplit[1])));
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource({
    // gold, predicted, gold count, predicted count, correct
    "'0-5:PER', '0-5:PER', 1, 1, 1",
    "'0-5:PER', '0-4:PER', 1, 1, 0",
    "'0-5:PER', '0-5:LOC', 1, 1, 0",
    "'0-5:PER 6-9:LOC', '6-9:LOC', 2, 1, 1",
    "'', '0-5:PER', 0, 1, 0",
    "'0-5:PER', '', 1, 0, 0",
    "'0-5:PER 0-5:PER', '0-5:PER', 1, 1, 1",
  })
  void countsExactMatchesOnly(String gold, String predicted, int g, int p, int c) {
    EntityScorer scorer = new EntityScorer();
    scorer.add(parse(gold), parse(predicted));
    assertEquals(new Score(g, p, c), scorer.overall());
  }

  @Test
  void computesPrecisionRecallAndF1() {
    Score s = new Score(4, 2, 1);
    assertEquals(0.5, s.precision());
    assertEquals(0.25, s.recall());
    assertEquals(2 * 0.5 * 0.25 / 0.75, s.f1(), 1e-12);
    assertEquals(0, new Score(0, 0, 0).f1());
  }

  @Test
  void scoresPerTypeAndOverSomeTypes() {
    EntityScorer scorer = new EntityScorer();
    scorer.add(parse("0-5:PER 6-9:LOC 10-12:MISC"), parse("0-5:PER 6-9:ORG"));
    assertEquals(new Score(1, 1, 1), scorer.byType().get(EntityType.PER));
    assertEquals(new Score(1, 0, 0), scorer.byType().get(EntityType.LOC));
    assertEquals(new Score(0, 1, 0), scorer.byType().get(EntityType.ORG));
    assertEquals(new Score(3, 2, 1), scorer.overall());
    assertEquals(new Score(2, 1, 1), scorer.overall(Set.of(EntityType.PER, EntityType.LOC)));
  }

  @Test
  void reportsInConllevalLayout() {
    EntityScorer scorer = new EntityScorer();
    scorer.add(parse("0-5:PER 6-9:LOC"), parse("0-5:PER"));
    assertEquals(
        """
        found: 1 phrases; correct: 1; gold: 2.
                  overall: precision: 100.00%; recall:  50.00%; FB1:  66.67  1 (gold 2)
                      LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0 (gold 1)
                      PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1 (gold 1)
        """,
        scorer.report());
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThrows(IllegalArgumentException.class, () -> new Score(1, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Score(-1, 0, 0));
  }
}

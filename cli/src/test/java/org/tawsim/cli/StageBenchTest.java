/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tawsim.core.Document;

class StageBenchTest {

  private static final List<Document> DOCS =
      List.of(Document.of("a", "قال الرئيس."), Document.of("b", "وأضاف: نعم."));

  @Test
  void measuresAtLeastTheFewestPassesWhateverTheMeasuringTime() throws Exception {
    for (int minPasses : new int[] {1, 3, StageBench.MIN_PASSES}) {
      AtomicInteger calls = new AtomicInteger();
      StageBench.Stage stage = new StageBench.Stage("count", d -> calls.incrementAndGet());
      StageBench.Result r = new StageBench(0, 1e-9, minPasses).measure(stage, DOCS, 4, 1);
      assertEquals(minPasses, r.passes(), "a measuring time of a nanosecond");
      // one warm-up pass, then the measured ones, each over every document
      assertEquals((minPasses + 1) * DOCS.size(), calls.get());
      assertTrue(r.charsPerSecond() > 0);
    }
    assertEquals(
        StageBench.MIN_PASSES, new StageBench(0, 1e-9).measure(
            new StageBench.Stage("one", d -> 1), DOCS, 4, 1).passes());
  }

  @Test
  void theMedianResultIsTheMiddleSpeedWithThePassesOfAll() {
    StageBench.Result slow = new StageBench.Result("pipeline", 2, 3, 2.0, 50, 10, 64);
    StageBench.Result middle = new StageBench.Result("pipeline", 2, 4, 1.0, 100, 20, 63);
    StageBench.Result fast = new StageBench.Result("pipeline", 2, 5, 0.5, 200, 40, 65);
    StageBench.Result m = StageBench.Result.median(List.of(fast, slow, middle));
    assertEquals(100, m.charsPerSecond());
    assertEquals(1.0, m.secondsPerPass());
    assertEquals(12, m.passes());
    assertEquals(200, StageBench.Result.median(List.of(slow, fast)).charsPerSecond(), "the faster of two");
    assertEquals(slow, StageBench.Result.median(List.of(slow)));
  }

  @Test
  void rejectsFewerThanOnePass() {
    assertThrows(IllegalArgumentException.class, () -> new StageBench(0, 1, 0));
  }
}

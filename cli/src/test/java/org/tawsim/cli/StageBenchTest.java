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
  void rejectsFewerThanOnePass() {
    assertThrows(IllegalArgumentException.class, () -> new StageBench(0, 1, 0));
  }
}

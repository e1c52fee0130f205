/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A recording report hands its cases over, counted, to another report, also through Java
 * serialization (from a Spark executor to the driver), which warns them in their order.
 */
class ExportReportTest {

  @Test
  void drainedCasesTravelAndAreWarnedInOrderWhereTheyArrive() throws Exception {
    ExportReport worker = ExportReport.recording();
    worker.entityExpanded("doc-1: expanded");
    worker.tokenSkipped("doc-1: skipped");
    worker.entityDropped("doc-1: dropped");
    ExportReport taken = worker.drain();
    assertEquals(
        "1 entities expanded to token boundaries, 1 entities dropped, 0 tokens rewritten,"
            + " 1 tokens skipped",
        taken.summary());
    assertTrue(worker.drain().isClean(), "drained: nothing left to hand over");
    assertEquals(3, worker.entitiesExpanded() + worker.entitiesDropped() + worker.tokensSkipped());

    ExportReport arrived = travel(taken);
    List<String> warned = new ArrayList<>();
    ExportReport driver = ExportReport.to(warned::add);
    driver.tokenRewritten("doc-0: rewritten");
    arrived.replayInto(driver);
    assertEquals(
        List.of("doc-0: rewritten", "doc-1: expanded", "doc-1: skipped", "doc-1: dropped"), warned);
    assertEquals(
        "1 entities expanded to token boundaries, 1 entities dropped, 1 tokens rewritten,"
            + " 1 tokens skipped",
        driver.summary());
  }

  private static ExportReport travel(ExportReport r) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(r);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ExportReport) in.readObject();
    }
  }
}

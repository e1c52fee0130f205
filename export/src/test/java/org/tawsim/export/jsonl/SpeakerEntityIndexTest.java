/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Span;

/** The speaker's entity index the writer finds by binary search is the one List.indexOf gives. */
class SpeakerEntityIndexTest {

  @Test
  void givesWhatIndexOfGivesOnALayerWithSharedSpansAndEqualCopies() {
    Random random = new Random(11);
    String text = "x".repeat(200);
    List<Entity> given = new ArrayList<>();
    EntityType[] types = {EntityType.PER, EntityType.LOC, EntityType.ORG};
    for (int i = 0; i < 300; i++) {
      int begin = random.nextInt(190);
      int end = begin + 1 + random.nextInt(9);
      // equal copies and several types on one span are kept, in the order given
      given.add(new Entity(new Span(begin, end), types[random.nextInt(3)], random.nextBoolean() ? "list" : "rule"));
    }
    List<Entity> layer = Document.of("d", text).withLayer(Entity.class, given).layer(Entity.class);
    for (Entity e : given) {
      assertEquals(layer.indexOf(e), JsonlWriter.indexOf(layer, e), e.toString());
    }
    for (int begin = 0; begin < 195; begin += 7) {
      Entity absent = new Entity(new Span(begin, begin + 3), EntityType.of("MISC"), "none");
      assertEquals(-1, JsonlWriter.indexOf(layer, absent), absent.toString());
    }
    assertEquals(-1, JsonlWriter.indexOf(List.of(), given.get(0)));
  }
}

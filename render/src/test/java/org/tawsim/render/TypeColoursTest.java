/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.EntityType;

class TypeColoursTest {

  @ParameterizedTest
  @CsvSource({"PER, #aee3f8", "LOC, #bfeec4", "ORG, #ffd3a1", "MISC, #e3e3e3"})
  void usualTypesHaveFixedColours(String type, String colour) {
    assertEquals(colour, TypeColours.of(EntityType.of(type)));
  }

  /** Pinned values: a change of the derivation changes every user's colours, so it must be seen. */
  @ParameterizedTest
  @CsvSource({"EVENT, #baf3c0", "PRODUCT, #baf3f3", "WORK_OF_ART, #f3d2ba"})
  void otherTypesGetAColourDerivedFromTheirName(String type, String colour) {
    assertEquals(colour, TypeColours.of(EntityType.of(type)));
  }

  @Test
  void derivedColoursAreLightAndVaried() {
    Set<String> seen = new HashSet<>();
    for (String name : new String[] {"EVENT", "PRODUCT", "LAW", "FAC", "GPE", "LANGUAGE", "WORK"}) {
      String c = TypeColours.derived(name);
      assertTrue(c.matches("#[0-9a-f]{6}"), c);
      int r = Integer.parseInt(c.substring(1, 3), 16);
      int g = Integer.parseInt(c.substring(3, 5), 16);
      int b = Integer.parseInt(c.substring(5, 7), 16);
      assertTrue(0.299 * r + 0.587 * g + 0.114 * b > 160, name + " " + c + " is too dark for black text");
      seen.add(c);
    }
    assertTrue(seen.size() >= 6, "seven names gave only " + seen);
    assertNotEquals(TypeColours.derived("EVENT"), TypeColours.derived("EVENTS"));
  }
}

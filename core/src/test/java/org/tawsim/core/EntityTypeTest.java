/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTypeTest {

  @ParameterizedTest
  @ValueSource(strings = {"PER", "EVENT", "WORK_OF_ART", "B2B-X"})
  void userTypesEqualByName(String name) {
    assertEquals(EntityType.of(name), EntityType.of(name));
    assertEquals(name, EntityType.of(name).name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "per", "B PER", "1ABC", "شخص"})
  void rejectsNamesThatDoNotFitATag(String name) {
    assertThrows(IllegalArgumentException.class, () -> EntityType.of(name));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLDR lists the build writes read back as what ICU4J gives. */
class CldrListsTest {

  @ParameterizedTest
  @ValueSource(strings = {CldrLists.COUNTRIES, CldrLists.CITIES, CldrLists.CURRENCIES,
      CldrLists.MONTHS, CldrLists.WEEKDAYS})
  void theListOnTheClassPathIsWhatIcuGives(String file) {
    Map<String, Set<String>> files = CldrLists.files();
    assertEquals(List.copyOf(files.get(file)), Lexicon.read(file));
  }

  @Test
  void writesOneNameALineAfterItsSource() {
    String text = CldrLists.file(new TreeSet<>(Set.of("يناير", "كانون الثاني")));
    String afterSource = text.substring(text.indexOf('\n') + 1);
    assertEquals("كانون الثاني\nيناير\n", afterSource);
    assertEquals(true, text.startsWith("# Generated at build time by CldrLists"));
  }

  @ParameterizedTest
  @ValueSource(strings = {" يناير", "يناير ", "# يناير", "يناير\nفبراير", " "})
  void rejectsANameThatWouldNotReadBack(String name) {
    assertThrows(IllegalStateException.class, () -> CldrLists.file(Set.of(name)));
  }
}

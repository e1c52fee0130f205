/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordTableTest {

  /** Seeded random maps of short Arabic words: the table answers every word as the map does. */
  @Test
  void answersAsTheMapItWasMadeFrom() {
    Random random = new Random(7);
    for (int round = 0; round < 30; round++) {
      Map<String, Integer> map = new HashMap<>();
      int size = round < 10 ? round : random.nextInt(5000);
      while (map.size() < size) {
        map.put(word(random), map.size());
      }
      WordTable<Integer> table = WordTable.of(map);
      for (Map.Entry<String, Integer> e : map.entrySet()) {
        assertEquals(e.getValue(), table.get(e.getKey()), e.getKey());
      }
      for (int probe = 0; probe < 2000; probe++) {
        String w = word(random);
        assertEquals(map.get(w), table.get(w), w);
      }
    }
  }

  private static String word(Random random) {
    char[] c = new char[1 + random.nextInt(6)];
    for (int i = 0; i < c.length; i++) {
      c[i] = (char) (0x0627 + random.nextInt(8)); // few letters: many prefixes of one another
    }
    return new String(c);
  }

  /**
   * Words of one hash (Aa and BB, AaAa and BBBB...), prefixes of a key and the empty word: only
   * the key itself is found.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Aa | 1", "BB | 2", "AaAa | 3", "BBBB | ", "AaBB | 4", "A | ", "AaA | ", "'' | ", "ب | ",
  })
  void findsOnlyTheKeyItselfAmongWordsOfOneHash(String word, Integer expected) {
    WordTable<Integer> table = WordTable.of(Map.of("Aa", 1, "BB", 2, "AaAa", 3, "AaBB", 4));
    assertEquals(expected, table.get(word));
  }

  @Test
  void anEmptyTableHoldsNothing() {
    assertNull(WordTable.of(Map.of()).get("موسكو"));
  }
}

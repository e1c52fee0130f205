/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariantIndexTest {

  @ParameterizedTest
  @CsvSource({
    // name, word, near?
    "بيزشكيان, بزشكيان, true", // a yeh less
    "اوشاكوف, اوشكوف, true", // an alef less
    "اوشكوف, اوشاكوف, true", // an alef more
    "بوتين, بوتين, false", // the same word is a repeat, not a variant
    "الاسد, الامد, false", // a consonant differs
    "بزشكيان, يزشكيان, false", // a variant keeps the first letter
    "شافيز, شافيزز, false", // the extra letter is no vowel letter
  })
  void findsNamesOneVowelLetterApart(String name, String word, boolean near) {
    DocumentConsistency.VariantIndex index = new DocumentConsistency.VariantIndex();
    index.add(name);
    assertEquals(near, index.near(word));
  }

  /** The index answers as comparing the word with every name would, on random words. */
  @Test
  void agreesWithComparingEveryName() {
    Random random = new Random(5);
    String letters = "اويءبتسكلمن";
    List<String> names = new ArrayList<>();
    DocumentConsistency.VariantIndex index = new DocumentConsistency.VariantIndex();
    for (int n = 0; n < 300; n++) {
      String name = randomWord(random, letters, 5 + random.nextInt(4));
      names.add(name);
      index.add(name);
    }
    int hits = 0;
    for (int n = 0; n < 20_000; n++) {
      // half the words are a name with one letter added or taken away
      String word = randomWord(random, letters, 4 + random.nextInt(6));
      if (n % 2 == 0) {
        String name = names.get(random.nextInt(names.size()));
        int p = 1 + random.nextInt(name.length() - 1);
        word = random.nextBoolean() ? name.substring(0, p) + name.substring(p + 1)
            : name.substring(0, p) + letters.charAt(random.nextInt(letters.length()))
                + name.substring(p);
      }
      boolean expected = false;
      for (String name : names) {
        expected |= name.charAt(0) == word.charAt(0)
            && DocumentConsistency.withinOneEdit(name, word);
      }
      assertEquals(expected, index.near(word), word);
      hits += expected ? 1 : 0;
    }
    assertTrue(hits > 2_000, "too few variants to test: " + hits);
  }

  private static String randomWord(Random random, String letters, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.toString();
  }
}

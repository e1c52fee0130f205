/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmbiguousGivenNamesTest {

  /**
   * One given name and its uses, written {@code KIND=N,...}: V (a word of the treebank's
   * vocabulary, N ignored), C (common uses in UD PUD and NTREX), O (WikiFANE, outside names), P
   * (WikiFANE, in a person's name).
   */
  private static String ambiguous(String name, String spec) {
    Map<String, Integer> common = new TreeMap<>();
    Map<String, Integer> outside = new TreeMap<>();
    Map<String, Integer> inPerson = new TreeMap<>();
    Set<String> vocabulary = new java.util.HashSet<>();
    String w = Lexicon.NORMALIZER.normalizeToString(name);
    for (String item : spec.isBlank() ? new String[0] : spec.split(",")) {
      String[] kv = item.strip().split("=");
      int n = Integer.parseInt(kv[1]);
      switch (kv[0]) {
        case "V" -> vocabulary.add(w);
        case "C" -> common.put(w, n);
        case "O" -> outside.put(w, n);
        default -> inPerson.put(w, n);
      }
    }
    return String.join(" ", AmbiguousGivenNames.of(List.of(name), vocabulary, common,
        new AmbiguousGivenNames.Uses(outside, inPerson)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a word of the treebank's vocabulary (good): ambiguous however often it names someone
    "حسن | V=1, P=92 | حسن",
    // a common word of UD PUD or NTREX once: ambiguous
    "نور | C=1, O=2, P=10 | نور",
    // outside names in WikiFANE more often than in a person's name (whole): ambiguous
    "كامل | O=52, P=20 | كامل",
    // as often outside as in a name: ambiguous, the name is not the main reading
    "جليل | O=3, P=3 | جليل",
    // a name far more often than a word (eternal): not ambiguous
    "خالد | O=2, P=45 | ''",
    // once outside a name and never in one: too little to tell (a missed name as likely)
    "حلا | O=1 | ''",
    // never seen: not ambiguous
    "ختام | '' | ''",
    // two words are never ambiguous
    "عبد الله | V=1, O=9 | ''",
  })
  void aGivenNameIsAmbiguousWhenRunningTextUsesItsWordAsACommonWord(String name, String spec,
      String expected) {
    assertEquals(expected, ambiguous(name, spec));
  }

  @Test
  void readsWordsOutsideNamesAndInPersonsNames(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("w.tsv");
    Files.writeString(tsv, String.join("\n",
        "كان\tO\tO", "كامل\tO\tO", "و\tO\tO", "كامل\tB-Politician\tB-PER", "حسن\tI-Politician\tI-PER",
        "في\tO\tO", "حسن\tB-Building-Grounds\tB-FAC", ""), StandardCharsets.UTF_8);
    AmbiguousGivenNames.Uses u = AmbiguousGivenNames.read(tsv);
    assertEquals(Map.of("كان", 1, "كامل", 1, "و", 1, "في", 1), u.outside());
    assertEquals(Map.of("كامل", 1, "حسن", 1), u.inPerson());
  }
}

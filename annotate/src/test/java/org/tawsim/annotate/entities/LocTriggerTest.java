/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Entries of {@code loc-triggers.txt} and the word sets the generator takes from them. */
class LocTriggerTest {

  /** Each row: an entry, then its word and its marks, sorted. */
  @ParameterizedTest
  @CsvSource({
    "مدينة, مدينة, ''",
    "عاصمة|weak, عاصمة, weak",
    "منطقة|weak prefix, منطقة, prefix weak",
    "مركز|prefix generator, مركز, generator prefix",
    "شبه جزيرة, شبه جزيرة, ''",
    "مطار| , مطار, ''",
  })
  void parsesWordAndMarks(String entry, String word, String marks) {
    LocTrigger t = LocTrigger.parse(entry);
    assertEquals(word, t.word());
    assertEquals(marks, String.join(" ", new java.util.TreeSet<>(t.marks())));
  }

  @Test
  void generatorReadsItsWordSetsFromTheList() {
    assertEquals(
        Set.of("محافظة", "مقاطعة", "ولاية", "بلدية", "إقليم", "منطقة", "مدينة", "إدارة", "مديرية",
            "مركز", "ضاحية", "ناحية", "قضاء", "أوبلاست", "كانتون", "إمارة", "لواء", "قرية", "بلدة"),
        EntityListGenerator.ADMIN_PREFIXES);
    assertEquals(Set.of("نادي", "جامعة", "ملعب", "مطار", "ميناء"), EntityListGenerator.NOT_CITY_HEADS);
  }

  /** Each row: a word, and whether the tagger reads it as a place trigger. */
  @ParameterizedTest
  @CsvSource({
    "مدينة, true",
    "منطقة, true",
    "مطار, true",
    "مركز, false", // the generator's alone
    "نادي, false",
  })
  void generatorOnlyWordsTriggerNothing(String word, boolean trigger) {
    Lexicon.WordInfo info = Lexicon.defaults().info(Lexicon.words(word).get(0));
    assertEquals(trigger, info != null && (info.flags & Lexicon.LOC_TRIGGER) != 0, word);
  }
}

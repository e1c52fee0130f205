/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An entry of {@code loc-triggers.txt}: a word before a place name (مدينة القدس) and its marks,
 * written {@code WORD|mark mark}. The one list of such words, read by the tagger ({@link
 * LexiconLoader}) and by {@link EntityListGenerator}, each for the marks it knows.
 *
 * @param word the word
 * @param marks its marks, none for a plain trigger
 */
record LocTrigger(String word, Set<String> marks) {

  /** As often before a common noun (جنوب الصحراء): a weak trigger for the tagger. */
  static final String WEAK = "weak";
  /** Starts city names of the world-cities list (ولاية قندهار): the generator drops it. */
  static final String PREFIX = "prefix";
  /** Starts entries of the world-cities list that are no cities (مطار، نادي): left out of it. */
  static final String NOT_CITY = "not-city";
  /** Read by the generator only: no trigger for the tagger (مركز، إدارة). */
  static final String GENERATOR_ONLY = "generator";

  LocTrigger {
    marks = Set.copyOf(marks);
  }

  /** Parses one entry: {@code منطقة|weak prefix} gives منطقة with the marks weak and prefix. */
  static LocTrigger parse(String entry) {
    int bar = entry.indexOf('|');
    if (bar < 0) {
      return new LocTrigger(entry.strip(), Set.of());
    }
    String marks = entry.substring(bar + 1).strip();
    return new LocTrigger(entry.substring(0, bar).strip(),
        marks.isEmpty() ? Set.of() : Set.of(marks.split("\\s+")));
  }

  /** {@return the shipped entries, in file order} */
  static List<LocTrigger> shipped() {
    List<LocTrigger> all = new ArrayList<>();
    for (String entry : Lexicon.read("loc-triggers.txt")) {
      all.add(parse(entry));
    }
    return all;
  }

  /** {@return the shipped words that carry {@code mark}} */
  static Set<String> shippedWith(String mark) {
    Set<String> words = new HashSet<>();
    for (LocTrigger t : shipped()) {
      if (t.marks.contains(mark)) {
        words.add(t.word);
      }
    }
    return Set.copyOf(words);
  }

  boolean has(String mark) {
    return marks.contains(mark);
  }
}

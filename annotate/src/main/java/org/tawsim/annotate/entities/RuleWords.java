/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tawsim.core.io.WordLists;

/**
 * The small word sets of the rules (body heads, club prefixes, words that close a subject...), kept
 * as data in {@code rule-words.txt}: one section {@code [Class.CONSTANT]} per set, one word a line,
 * each normalised as {@link Lexicon#words} does. Read once.
 */
final class RuleWords {

  private static final String FILE = "rule-words.txt";
  private static final Map<String, List<String>> SETS = load();

  private RuleWords() {}

  /**
   * Returns the normalised words of a section, in file order.
   *
   * @throws IllegalStateException when the file has no such section
   */
  static List<String> of(String section) {
    List<String> words = SETS.get(section);
    if (words == null) {
      throw new IllegalStateException(FILE + " has no section [" + section + "]");
    }
    return words;
  }

  /** Returns the normalised words of a section as a set (see {@link #of}). */
  static Set<String> set(String section) {
    return Set.copyOf(of(section));
  }

  /**
   * Returns the normalised one-word entries of a generated list of this package (a word set that
   * names things, which no hand-written section may hold), each as {@link Lexicon#words} reads it.
   */
  static Set<String> generated(String file) {
    Set<String> words = new java.util.HashSet<>();
    for (String line : WordLists.resource(RuleWords.class, file)) {
      List<String> w = Lexicon.words(line);
      if (w.size() == 1) {
        words.add(w.get(0));
      }
    }
    return Set.copyOf(words);
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> sets = new HashMap<>();
    WordLists.sections(WordLists.resource(RuleWords.class, FILE), FILE).forEach((name, lines) -> {
      List<String> words = new ArrayList<>();
      lines.forEach(line -> words.addAll(Lexicon.words(line)));
      sets.put(name, List.copyOf(words));
    });
    return Map.copyOf(sets);
  }
}

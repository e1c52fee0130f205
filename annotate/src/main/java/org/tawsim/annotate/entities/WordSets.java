/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The closed word sets that rules ask of nearly every token (a verb before a name, a family noun,
 * the opener of a clause...), as one bit each in one small {@link WordTable}: {@link Words} looks
 * each reading of a form up once, beside the lexicon, and the rules test a bit where they probed a
 * set per token and per reading.
 *
 * <p>Why: those probes, and a scan of every key for the ض of the host words, hashed and compared
 * strings the rules reached through each token's key: about 7% of the tagger's CPU samples on
 * SaudiNewsNet. With the bits the tagger takes 0.95 of the CPU time, the same output ({@code
 * JarPair --stage Entity}, 6 forks); the table is small enough to stay in the processor's caches,
 * and most words leave at its filter. The sets stay where the rules define them ({@code
 * rule-words.txt}, {@code verbs.txt}), so a list changes both at once.
 *
 * <p>Example: {@code وأعلن} has the reading {@code أعلن} of {@code verbs.txt}: {@link
 * Words#inSet}{@code (i, VERB)} is true, {@link Words#keyInSet}{@code (i, VERB)} false.
 */
final class WordSets {

  /** {@code NameRules.FAMILY_NOUNS}: شقيقة، زوجة، ابنة. */
  static final int FAMILY_NOUN = 1;
  /** {@code VerbSubjects.VERBS}: the verbs of the treebank and their other forms. */
  static final int VERB = 1 << 1;
  /** {@code VerbSubjects.BEING}: كان and its sisters. */
  static final int BEING = 1 << 2;
  /** {@code QuotedNameRules.QUOTE_HEADS}. */
  static final int QUOTE_HEAD = 1 << 3;
  /** {@code MatchReports.HOSTS}: ضيفه، مضيفه. */
  static final int HOST = 1 << 4;
  /** {@code MatchReports.RESULTS}: فاز، تغلب، تعادل. */
  static final int RESULT = 1 << 5;
  /** {@code MatchReports.MEMBERS}: لاعب، مدرب، مرمى. */
  static final int MEMBER = 1 << 6;
  /** {@code MatchReports.OPPONENT}: على، مع، أمام. */
  static final int OPPONENT = 1 << 7;
  /** {@code SubjectVerbNames.OPENERS}. */
  static final int OPENER = 1 << 8;
  /** {@code SubjectVerbNames.PARTICLES}: قد، لن، لم، سوف. */
  static final int PARTICLE = 1 << 9;
  /** {@code HeadRules.PLACE_PREFIXES}: نيو، سان، لوس. */
  static final int PLACE_PREFIX = 1 << 10;
  /** {@code GroupNames.HEADS}: تنظيم. */
  static final int GROUP_HEAD = 1 << 11;
  /** {@code NameRules.ABD}: عبد. */
  static final int SERVANT = 1 << 12;
  /** {@code KinNames.KIN}: زوجته، ابنه، زميله. */
  static final int KIN = 1 << 13;

  private static final WordTable<Integer> TABLE = table();

  private WordSets() {}

  private static WordTable<Integer> table() {
    Map<String, Integer> bits = new HashMap<>();
    add(bits, NameRules.FAMILY_NOUNS, FAMILY_NOUN);
    add(bits, VerbSubjects.VERBS, VERB);
    add(bits, VerbSubjects.BEING, BEING);
    add(bits, QuotedNameRules.QUOTE_HEADS, QUOTE_HEAD);
    add(bits, MatchReports.HOSTS, HOST);
    add(bits, MatchReports.RESULTS, RESULT);
    add(bits, MatchReports.MEMBERS, MEMBER);
    add(bits, MatchReports.OPPONENT, OPPONENT);
    add(bits, SubjectVerbNames.OPENERS, OPENER);
    add(bits, SubjectVerbNames.PARTICLES, PARTICLE);
    add(bits, HeadRules.PLACE_PREFIXES, PLACE_PREFIX);
    add(bits, GroupNames.HEADS, GROUP_HEAD);
    add(bits, Set.of(NameRules.ABD), SERVANT);
    add(bits, KinNames.KIN, KIN);
    return WordTable.of(bits);
  }

  private static void add(Map<String, Integer> bits, Set<String> words, int bit) {
    for (String word : words) {
      bits.merge(word, bit, (a, b) -> a | b);
    }
  }

  /** Returns the bits of the sets that hold a normalised word, 0 when none does. */
  static int of(String word) {
    Integer b = TABLE.get(word);
    return b == null ? 0 : b;
  }
}

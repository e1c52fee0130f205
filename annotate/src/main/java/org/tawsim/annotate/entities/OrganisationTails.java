/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.List;
import java.util.Set;
import org.tawsim.core.EntityType;

/**
 * Organisations named in a foreign language, whose type word comes last: a run of foreign name
 * words closed by a transliterated word of organisation type (غروب group, برس press, تايمز,
 * إيرلاينز, كابيتال). Arabic puts the head first (شركة، وكالة: {@link HeadRules}); a name kept in
 * its own language keeps its head at the end, and the run before it is no person.
 *
 * <p>Pattern: one to three words, each a name word of open data, a known name, a listed place or a
 * word that no list knows whose letters are a name's ({@link NameShapes#lettersOfName}), without
 * the article, then one or more words of the closed class {@code OrganisationTails.TAILS} of
 * {@code rule-words.txt}. The first word may carry a proclitic (لفرانس برس). Example: {@code
 * شركة بروميثيان تكنولوجي غروب} gives ORG {@code بروميثيان تكنولوجي غروب}; {@code قبل غروب
 * الشمس} gives nothing (قبل is a function word).
 *
 * <p>Above the lists and the person rules at the same length: a run of name words that ends with
 * such a word is the organisation, not a person (شعاع كابيتال).
 */
final class OrganisationTails {

  /** Above the curated lists (30) and known given names (32), below title + name (40). */
  static final int PRIORITY = 34;

  private static final int MAX_NAME_WORDS = 3;

  /** The words of organisation type, read by the lexicon as {@link Lexicon#ORG_TYPE}. */
  static final Set<String> TAILS = RuleWords.set("OrganisationTails.TAILS");

  private OrganisationTails() {}

  /** Adds an ORG candidate for each run of name words closed by a word of organisation type. */
  static void find(Words w, List<Candidate> out) {
    for (int t = 1; t < w.size; t++) {
      if (!w.hasOwn(t, Lexicon.ORG_TYPE) || w.breakBefore[t] || w.hasOwn(t - 1, Lexicon.ORG_TYPE)) {
        continue;
      }
      int start = t;
      while (start > 0 && t - start < MAX_NAME_WORDS && !w.breakBefore[start]
          && foreignWord(w, start - 1, start == t)) {
        start--;
        if (w.bestCut(start) > 0) {
          break; // a proclitic starts the phrase (لفرانس برس)
        }
      }
      if (start == t) {
        continue;
      }
      int end = t + 1;
      while (end < w.size && !w.breakBefore[end] && w.hasOwn(end, Lexicon.ORG_TYPE)) {
        end++; // إنترناشيونال كوربوريشن
      }
      out.add(new Candidate(start, end, EntityType.ORG, "rule:name+org-type", PRIORITY,
          w.bestCut(start)));
    }
  }

  /**
   * True when token k may be a word of a foreign organisation's name; a listed place only right
   * before the type word (واشنطن بوست، فرانس برس), and never a listed person or organisation.
   */
  private static boolean foreignWord(Words w, int k, boolean beforeTail) {
    if (!w.letters[k] || w.definite(k)) {
      return false;
    }
    EntityType listed = w.listType[k];
    if (listed != null) {
      return beforeTail && listed.equals(EntityType.LOC);
    }
    int f = w.flags[k];
    return (f & (NameShapes.STRONG | Lexicon.NAME_WORD)) != 0 && (f & NameShapes.NOT_NAME) == 0
        || NameShapes.lettersOfName(w, k);
  }
}

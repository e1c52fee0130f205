/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.List;
import org.tawsim.core.EntityType;

/**
 * Names of people followed by a relative clause: Arabic joins الذي to a definite noun only (an
 * indefinite noun takes its clause without it: رجل يعمل), so a word without the article right
 * before الذي is definite by itself, a proper noun (وقال إسنر، الذي أظهر أفضل مهاراته).
 *
 * <p>Pattern: a name word of open data whose letters are a name's ({@link VerbSubjects#nameWord}),
 * or a word that no list knows whose letters are a name's ({@link NameShapes#lettersOfName}) and
 * that does not start with a proclitic letter, without the article or a clitic, then الذي, with
 * or without a comma between. The word before the name joins it when it is a known given name or
 * a name word of open data. Before the name stands punctuation, a function word, a title, a role,
 * a nationality adjective or a verb: after any other word the name is a thing's, named by that
 * noun (فيلم كليك، برج سيرز، الإعصار كاترينا). The masculine relative only: التي also follows the
 * names of countries, cities and companies.
 *
 * <p>Example: {@code للتعاقد مع تيفيز الذي يريده النادي} gives PER {@code تيفيز}; {@code واغلق برج
 * سيرز الذي يعد أعلى مبنى} gives nothing (a tower's name).
 */
final class RelativeClauseNames {

  /** As a foreign name word after a verb. */
  static final int PRIORITY = VerbSubjects.PRIORITY;

  /** الذي, normalised. */
  private static final String ALLADHI = Lexicon.NORMALIZER.normalizeToString(
      "\u0627\u0644\u0630\u064A");

  /** Signs that the word before the name belongs to it. */
  private static final int FIRST_NAME = Lexicon.GIVEN | Lexicon.NAME_WORD | Lexicon.PERSON_WORD;

  private RelativeClauseNames() {}

  /** Adds a PER candidate for each name word right before الذي. */
  static void find(Words w, List<Candidate> out) {
    for (int r = 1; r < w.size; r++) {
      if (!w.key[r].equals(ALLADHI) || w.breakBefore[r]) {
        continue;
      }
      int k = r - 1;
      if (comma(w.key[k]) && k > 0) {
        k--;
      }
      if (w.breakBefore[k + 1] || !w.letters[k] || w.definite(k) || !(VerbSubjects.nameWord(w, k)
          // an unknown word after a preposition is no proper noun by itself (بتسونامي الذي)
          || PlaceLexicon.PROCLITICS.indexOf(w.key[k].charAt(0)) < 0
              && NameShapes.lettersOfName(w, k))) {
        continue;
      }
      int start = k;
      if (k > 0 && !w.breakBefore[k] && w.letters[k - 1] && !w.definite(k - 1)
          && (w.ownFlags[k - 1] & FIRST_NAME) != 0 && NameShapes.nameLike(w, k - 1, true)) {
        start = k - 1;
      }
      if (start > 0 && !w.breakBefore[start] && namedThing(w, start - 1)) {
        continue;
      }
      out.add(new Candidate(start, k + 1, EntityType.PER, "rule:name+relative", PRIORITY,
          w.bestCut(start)));
    }
  }

  /** Word classes that may stand before a person's name (a title, a role, a nationality, a verb). */
  private static final int BEFORE_PERSON = Lexicon.STOP | Lexicon.TITLE_WORD | Lexicon.PERSON_ROLE
      | Lexicon.NORP | Lexicon.SUBJECT_VERB | FIRST_NAME | Lexicon.CONNECTOR;

  /**
   * True when the word at p is neither punctuation nor a word that stands before a person's name
   * (a function word, a title or role, a nationality, a known name, a verb of open data): a noun
   * that the name names (فيلم كليك، برج سيرز، الإعصار كاترينا), a thing's name, not a person's.
   */
  private static boolean namedThing(Words w, int p) {
    return w.letters[p] && (w.flags[p] & BEFORE_PERSON) == 0 && !VerbSubjects.verb(w, p);
  }

  /** A comma, Arabic or Latin. */
  private static boolean comma(String key) {
    return key.length() == 1 && (key.charAt(0) == '\u060C' || key.charAt(0) == ',');
  }
}

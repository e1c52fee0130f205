/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.tawsim.annotate.entities.NameShapes.*;

import java.util.List;
import java.util.Set;
import org.tawsim.core.EntityType;

/**
 * A person named after a noun of kinship or companionship that carries a pronoun (زوجته، ابنها،
 * زميله، صديقي): such a noun cannot govern the word after it as a construct does, so a word of a
 * name there stands in apposition and names the relative.
 *
 * <p>Pattern: {@code KIN+PRONOUN name-word+}, where KIN+PRONOUN is a form of {@code
 * KinNames.KIN} in {@code rule-words.txt}, with or without و or ف. Example: {@code وطلق زوجته
 * ميلفا ماريك} gives PER {@code ميلفا ماريك}. The first word must be a known name, a name word of
 * open data or a word no list knows whose letters are a name's ({@link
 * NameShapes#lettersOfName}); a given name that is also a common word (أمل) needs a second word of
 * the name. An adjective (زوجته الجديدة), a verb (زوجته ذهبت), a noun of the vocabulary (زوجي رجل
 * أعمال) or a word with a clitic (ابنه وابنته) names nobody.
 */
final class KinNames {

  /** With the role and nationality rules (26): the relative is as plain a cue as a role. */
  static final int PRIORITY = 26;

  static final Set<String> KIN = RuleWords.set("KinNames.KIN");

  private KinNames() {}

  /** Adds a PER candidate for each name right after a noun of kinship with a pronoun. */
  static void find(Words w, Lexicon lex, List<Candidate> out) {
    for (int i = 0; i + 1 < w.size; i++) {
      if (!w.inSet(i, WordSets.KIN)) {
        continue; // one bit: nearly every token leaves here
      }
      int j = i + 1;
      if (w.breakBefore[j] || !w.letters[j]) {
        continue;
      }
      int f = w.flags[j];
      boolean known = (f & STRONG) != 0 && (f & (Lexicon.STOP | Lexicon.TIME)) == 0;
      // a name in apposition carries no clitic (زوجته لأي سبب، ابنه وابنته)
      if (w.bestCut(j) > 0 || !known && (w.definite(j) || w.tehMarbuta[j] || plural(w.key[j]))
          || !nameLike(w, j, true)) {
        continue;
      }
      int end = NameExtent.nameEnd(w, lex, j, true);
      for (int k = j + 1; k < end; k++) {
        if (w.inSet(k, WordSets.VERB | WordSets.BEING)
            || w.tehMarbuta[k] && (w.flags[k] & STRONG) == 0 || lettersOfCommonWord(w, k)) {
          end = k; // the name ends before a verb or a noun (زميله جوزيه بوسينغوا أهدر ركلة)
          break;
        }
      }
      // one known word that is also a word of the vocabulary is that word (ابوه تاجر صوف); a
      // name word of open data or a word no list knows needs a name's letters too, four at least
      boolean sign = known && (f & (Lexicon.AMBIGUOUS | Lexicon.VOCAB | Lexicon.COMMON)) == 0
          || !known && w.key[j].length() >= 4 && (f & Lexicon.COMMON) == 0
              && unlisted(w, j) && w.listType[j] == null
              && NameLikeness.shipped().nameLike(w.key[j]);
      // or a second word of a name after it: أمل الخطيب, not تاجر صوف
      if (end > j && (sign || end - j >= 2 && (known || (f & Lexicon.NAME_WORD) != 0)
          && ((w.flags[j + 1] & (STRONG | Lexicon.NAME_WORD)) != 0 || lettersOfName(w, j + 1)))) {
        out.add(new Candidate(j, end, EntityType.PER, "rule:kin+name", PRIORITY, w.bestCut(j)));
      }
    }
  }
}

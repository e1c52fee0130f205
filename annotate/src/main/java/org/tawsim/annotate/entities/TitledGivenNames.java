/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

/**
 * The name after a title when its first word is a given name that is also a common word (نادر،
 * سحر، نور) and a second word of a name follows: the title, the given name and the second
 * word are three signs that agree, where the given name alone could be the noun it also is.
 *
 * <p>Pattern: {@code TITLE AMBIGUOUS-GIVEN SECOND name-word*}, SECOND a word that no list knows
 * whose letters are not clearly a common word's ({@link NameLikeness} at least {@link
 * #SECOND_WORD}: the family names السقاف، العطار، لعلو score from 0.48 up, الأخلاق 0.08), or a
 * given name or a name word of open data of no closed class. Example: {@code الدكتور نادر السقاف
 * في تصريح} gives PER {@code نادر السقاف}; {@code وقال الوزير كريم الأخلاق} gives nothing from
 * this rule. {@link NameRules} asks it where the name after a title starts.
 */
final class TitledGivenNames {

  /** Name-likeness from which an unknown word after the given name may be its family name. */
  static final double SECOND_WORD = 0.4;

  /** Word classes that no second word of a name has. */
  private static final int NOT_SECOND = Lexicon.STOP | Lexicon.TIME | Lexicon.TITLE_WORD
      | Lexicon.NORP | Lexicon.SUBJECT_VERB | Lexicon.PERSON_ROLE | Lexicon.HEAD_WORD
      | Lexicon.LOC_TRIGGER | Lexicon.MODIFIER | Lexicon.WEEKDAY;

  private TitledGivenNames() {}

  /**
   * Returns the end of the name that starts at token j after a title: {@link NameExtent#nameEnd}
   * when that finds one, else the end of an ambiguous given name and the words after it, else j.
   */
  static int end(Words w, Lexicon lex, int j) {
    int end = NameExtent.nameEnd(w, lex, j, true);
    if (end > j || !ambiguousGiven(w, j) || !secondWord(w, j + 1)) {
      return end;
    }
    return Math.max(j + 2, NameExtent.nameEnd(w, lex, j + 1, false));
  }

  /** True when token j is a given name that is also a common word, without the article or a clitic. */
  private static boolean ambiguousGiven(Words w, int j) {
    return w.hasOwn(j, Lexicon.AMBIGUOUS) && w.bestCut(j) == 0 && !w.definite(j)
        && (w.flags[j] & (Lexicon.STOP | Lexicon.TIME | Lexicon.TITLE_WORD)) == 0;
  }

  /** True when token k can be the second word of a name after an ambiguous given name. */
  private static boolean secondWord(Words w, int k) {
    if (k >= w.size || w.breakBefore[k] || !w.letters[k] || w.key[k].length() < 3
        || w.bestCut(k) > 0 || w.pronounEnding[k] || w.tanwinFath[k]) {
      return false;
    }
    int f = w.flags[k];
    if (f == 0) {
      return w.listType[k] == null
          && NameLikeness.shipped().score(w.key[k]) >= SECOND_WORD;
    }
    return (w.ownFlags[k] & (NameShapes.STRONG | Lexicon.NAME_WORD)) != 0
        && (f & NOT_SECOND) == 0
        && (w.listType[k] == null || w.listType[k] == org.tawsim.core.EntityType.PER);
  }
}

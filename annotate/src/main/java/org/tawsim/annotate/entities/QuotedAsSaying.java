/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.List;
import java.util.Set;
import org.tawsim.core.EntityType;

/**
 * The person a report quotes: news credits a statement to its speaker with "quoted X as saying",
 * نقلت الوكالة عن X قوله (or قولها; نسبت إلى X قوله), and the words between the preposition and
 * قوله name someone who speaks, a person far more often than anything else. A body or a source
 * there is a common noun (عن مصدر مسؤول قوله، عن المتحدث قوله) or a title, which other rules
 * read (عن وزير الدفاع جوونو سودارسونو قوله).
 *
 * <p>Pattern: عن or إلى ({@code QuotedAsSaying.FROM} of {@code rule-words.txt}), one to three
 * words, then قوله or قولها ({@code QuotedAsSaying.SAYING}). Each word has letters and is no word
 * of a closed class, of the general vocabulary, a title, a role, a head noun or a nationality
 * (a known name may be a word of the vocabulary: حسن), nor a listed place or organisation; a
 * nationality only without the article (كينيون: Kenyon, not Kenyans, before a singular قوله); a
 * definite word only when it is a known name (البرادعي);
 * one word alone has a name's shape ({@link NameShapes#nameLike}) and no teh marbuta unless a
 * list knows it as a name.
 *
 * <p>Example: {@code ونقلت الإذاعة عن كينيون قوله إن البحث بدأ} gives PER {@code كينيون}.
 */
final class QuotedAsSaying {

  /** As the subject of a speech verb. */
  static final int PRIORITY = NameRules.SUBJECT_PRIORITY;

  private static final int MAX_WORDS = 3;

  private static final Set<String> FROM = RuleWords.set("QuotedAsSaying.FROM");
  private static final Set<String> SAYING = RuleWords.set("QuotedAsSaying.SAYING");

  /** Word classes that no word of the quoted name has. */
  private static final int NOT_NAME = Words.KNOWN_WORD | Lexicon.VOCAB | Lexicon.TITLE_WORD
      | Lexicon.PERSON_ROLE | Lexicon.HEAD_WORD | Lexicon.SUBJECT_VERB | Lexicon.LOC_TRIGGER;

  private QuotedAsSaying() {}

  /** Adds a PER candidate for the words between عن or إلى and قوله. */
  static void find(Words w, List<Candidate> out) {
    for (int j = 2; j < w.size; j++) {
      // قوله is a stop word of the entity tagger: the flag test first, the set only then
      if ((w.ownFlags[j] & Lexicon.STOP) == 0 || w.breakBefore[j] || !saying(w.key[j])) {
        continue;
      }
      int start = j - 1;
      while (start > 0 && j - start <= MAX_WORDS && word(w, start) && !w.breakBefore[start]) {
        start--;
      }
      if (start < j - 1 && w.letters[start] && FROM.contains(w.key[start])
          && (j - start > 2 || single(w, start + 1))) {
        out.add(new Candidate(start + 1, j, EntityType.PER, "rule:quoted-as-saying", PRIORITY,
            w.bestCut(start + 1)));
      }
    }
  }

  /** The first letter of every word of {@link #SAYING} (ق): most stop words end at it. */
  private static final String SAYING_FIRST = firstLetters(SAYING);

  private static String firstLetters(Set<String> words) {
    StringBuilder sb = new StringBuilder();
    words.stream().map(s -> s.charAt(0)).distinct().sorted().forEach(sb::append);
    return sb.toString();
  }

  /** True when a key is a word of {@link #SAYING}; the first letter is tested before the set. */
  private static boolean saying(String key) {
    return SAYING_FIRST.indexOf(key.charAt(0)) >= 0 && SAYING.contains(key);
  }

  /** True when token k can be a word of the quoted person's name (see the class javadoc). */
  private static boolean word(Words w, int k) {
    int f = w.flags[k];
    // a known name may also be a word of the vocabulary (حسن), never of a closed class
    return w.letters[k] && !w.number[k] && ((f & NOT_NAME) == 0 || (f & NameShapes.STRONG) != 0
            && (f & (Words.KNOWN_WORD | Lexicon.TITLE_WORD | Lexicon.PERSON_ROLE | Lexicon.NORP))
                == 0)
        && (w.listType[k] == null || w.listType[k] == EntityType.PER
            || w.listType[k] == EntityType.NORP && !w.definite(k))
        && (!w.definite(k) || (f & NameShapes.STRONG) != 0)
        && !FROM.contains(w.key[k]);
  }

  /** True when the one word at k names a person by itself. */
  private static boolean single(Words w, int k) {
    int f = w.flags[k];
    return (f & (NameShapes.STRONG | Lexicon.NAME_WORD)) != 0 || indefiniteNationality(w, k)
        || !w.tehMarbuta[k] && w.key[k].length() >= 3 && NameShapes.nameLike(w, k, true);
  }

  /**
   * True when token k is a nationality form without the article or a clitic (كينيون، روسي):
   * alone before a singular قوله it cannot be a group (Kenyans, a Russian would need a noun), so
   * it is the family name that open data also knows (Kenyon, Rossi).
   */
  private static boolean indefiniteNationality(Words w, int k) {
    return w.hasOwn(k, Lexicon.NORP) && !w.definite(k) && w.bestCut(k) == 0;
  }
}

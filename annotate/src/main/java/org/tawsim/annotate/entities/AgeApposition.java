/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.List;
import org.tawsim.core.EntityType;

/**
 * People named before their age in apposition, as news writes a person met for the first time:
 * a parenthesis or a comma, a number of years and a word of years.
 *
 * <p>Pattern: {@code NAME ( N عاما )} or {@code NAME ، N عاما}, with N from 1 to 129 and the word
 * عاما or سنة. The name is the word before the parenthesis, a name-like word without the article
 * (or the definite half of a given name with عبد: عبد الوحيد), with the word before it when that
 * is a known given name, a name word of open data or عبد. Example: {@code ولم يحتج أغاسي ( 36
 * عاما )} gives PER {@code أغاسي}; {@code منذ 10 ( 000 سنة )} gives nothing (no name before).
 */
final class AgeApposition {

  /** Below the title rule, as strong a sign as a speech verb. */
  static final int PRIORITY = NameRules.SUBJECT_PRIORITY;

  private static final int MAX_AGE = 129;

  /** عاما and سنة, normalised. */
  private static final List<String> YEARS = List.of(
      Lexicon.NORMALIZER.normalizeToString("\u0639\u0627\u0645\u0627"),
      Lexicon.NORMALIZER.normalizeToString("\u0633\u0646\u0629"));

  /** Signs that the word before the name's last word belongs to the name. */
  private static final int FIRST_NAME = Lexicon.GIVEN | Lexicon.NAME_WORD | Lexicon.PERSON_WORD;

  private AgeApposition() {}

  /** Adds a PER candidate for each name followed by its age in apposition. */
  static void find(Words w, List<Candidate> out) {
    for (int p = 1; p + 2 < w.size; p++) {
      if (!w.number[p + 1] || !opening(w.key[p]) || !YEARS.contains(w.key[p + 2])
          || !age(w.key[p + 1])) {
        continue;
      }
      int i = p - 1;
      boolean abd = i > 0 && !w.breakBefore[i] && NameRules.servantOf(w, i - 1);
      if (!w.letters[i] || w.definite(i) && !abd || !NameShapes.nameLike(w, i, true) && !abd) {
        continue;
      }
      int start = i;
      if (i > 0 && !w.breakBefore[i] && w.letters[i - 1]
          && (abd || (w.ownFlags[i - 1] & FIRST_NAME) != 0 && !w.definite(i - 1))) {
        start = i - 1;
      }
      out.add(new Candidate(start, i + 1, EntityType.PER, "rule:age", PRIORITY,
          w.bestCut(start)));
    }
  }

  /** ( or a comma, Arabic or Latin. */
  private static boolean opening(String key) {
    return key.length() == 1
        && (key.charAt(0) == '(' || key.charAt(0) == '\u060C' || key.charAt(0) == ',');
  }

  /** True when a token of digits (Western or Arabic-Indic) reads 1 to {@link #MAX_AGE}. */
  private static boolean age(String key) {
    if (key.isEmpty() || key.length() > 3) {
      return false;
    }
    int n = 0;
    for (int c = 0; c < key.length(); c++) {
      int d = Character.digit(key.charAt(c), 10);
      if (d < 0) {
        return false;
      }
      n = n * 10 + d;
    }
    return n >= 1 && n <= MAX_AGE;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import org.tawsim.core.io.WordLists;

/**
 * Formulas of blessing and praise (صلى الله عليه وسلم، رضي الله عنه، تعالى): a closed class of
 * fixed phrases that follow a name or stand in its place. After a name a formula is no part of the
 * speaker: قال النبي صلى الله عليه وسلم → النبي; قال الله تعالى → الله. A formula of blessing right
 * after the verb names no subject (قال صلى الله عليه وسلم: the speaker is the one the text spoke
 * of before); a formula of praise there (قال تعالى) is the text's only mention of God and stays
 * the speaker.
 *
 * <p>The formulas are {@code blessings.txt} and {@code praise.txt}, compared under the {@link
 * ArabicWords} fold, loaded once. Matching reads the words at a position and allocates nothing.
 */
final class Formulas {

  private Formulas() {}

  /** Lazily loads the lists once. */
  private static final class Holder {
    static final List<String[]> BLESSINGS = load("blessings.txt");
    static final List<String[]> PRAISE = load("praise.txt");
    /** The first letters of the formulas' first words (a handful): most words start with none. */
    static final String FIRST_LETTERS = firstLetters(BLESSINGS, PRAISE);

    /** Each formula as its folded words, longest first so that the longest match wins. */
    private static List<String[]> load(String file) {
      List<String[]> out = new ArrayList<>();
      for (String line : WordLists.resource(Formulas.class, file)) {
        String[] words = line.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
          words[i] = ArabicWords.fold(words[i]);
        }
        out.add(words);
      }
      out.sort((a, b) -> Integer.compare(b.length, a.length));
      return List.copyOf(out);
    }

    private static String firstLetters(List<String[]> blessings, List<String[]> praise) {
      StringBuilder sb = new StringBuilder();
      for (List<String[]> formulas : List.of(blessings, praise)) {
        for (String[] f : formulas) {
          char c = f[0].charAt(0);
          if (sb.indexOf(String.valueOf(c)) < 0) {
            sb.append(c);
          }
        }
      }
      return sb.toString();
    }
  }

  /**
   * Returns the end of the formula of blessing or praise whose first word is [b, e), the words
   * after it found by {@code finder} on the same line, or -1 when none starts there.
   */
  static int end(String text, int b, int e, SpeakerFinder finder) {
    int end = match(Holder.BLESSINGS, text, b, e, finder);
    return end >= 0 ? end : match(Holder.PRAISE, text, b, e, finder);
  }

  /** Returns the end of the formula of blessing whose first word is [b, e), or -1. */
  static int blessingEnd(String text, int b, int e, SpeakerFinder finder) {
    return match(Holder.BLESSINGS, text, b, e, finder);
  }

  private static int match(List<String[]> formulas, String text, int b, int e, SpeakerFinder finder) {
    char first = ArabicWords.firstKeptChar(text, b, e);
    if (first == 0 || Holder.FIRST_LETTERS.indexOf(first) < 0) {
      return -1; // a subject search asks at every word: most start with no formula's letter
    }
    for (String[] f : formulas) {
      if (!ArabicWords.sameWordAs(text, b, e, f[0])) {
        continue;
      }
      int end = e;
      int k = 1;
      while (k < f.length) {
        int wb = finder.wordStart(end);
        if (wb < 0) {
          break;
        }
        int we = finder.wordEnd(wb);
        if (!ArabicWords.sameWordAs(text, wb, we, f[k])) {
          break;
        }
        end = we;
        k++;
      }
      if (k == f.length) {
        return end;
      }
    }
    return -1;
  }
}

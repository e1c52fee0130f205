/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.HashSet;
import java.util.Set;
import org.tawsim.core.io.WordLists;
import org.tawsim.core.text.ArabicCharacters;

/**
 * An acronym spelled out letter by letter (سي إن إن، إن بي سي) holds إن, the letter N, which is
 * no complementizer: وقالت شبكة سي إن إن إن الهجوم وقع ليلا opens its reported clause at the third
 * إن, not at the first.
 *
 * <p>Pattern: إن (alef with hamza below or a bare alef, never أن) right after one or two letter
 * names (quotes/letter-names.txt: سي، بي، إس...), spaces between, is a letter of the acronym; after
 * {@link #MAX_LETTERS} letters it is the complementizer again, as acronyms of three letters are the
 * rule (سي إن إن | إن الهجوم). An acronym that opens with إن (إن بي سي) is not told: which إن
 * it is shows only in the words after it. Reads the last few words read; the list is loaded once; stateless.
 */
final class SpelledAcronyms {

  /** Letters of an acronym before which إن is read as a letter. */
  static final int MAX_LETTERS = 2;
  /** إن folded: alef, noon. */
  private static final String IN = "\u0627\u0646";

  private SpelledAcronyms() {}

  /** Lazily loads the letter names once, folded. */
  private static final class Holder {
    static final Set<String> NAMES = load();

    private static Set<String> load() {
      Set<String> names = new HashSet<>();
      for (String e : WordLists.resource(SpelledAcronyms.class, "letter-names.txt")) {
        names.add(ArabicWords.fold(e));
      }
      return Set.copyOf(names);
    }
  }

  /**
   * Returns true when the last word of {@code recent} is إن as a letter of a spelled acronym:
   * one or two letter names right before it.
   */
  static boolean isLetter(String text, RecentWords recent) {
    int b = recent.beginBack(0);
    int e = recent.endBack(0);
    int first = ArabicWords.firstKept(text, b, e);
    if (first >= e || text.charAt(first) == ArabicCharacters.ALEF_HAMZA_ABOVE
        || !ArabicWords.sameWordAs(text, b, e, IN)) {
      return false;
    }
    int letters = 0;
    for (int k = 1; k < recent.count && letters <= MAX_LETTERS; k++) {
      int pb = recent.beginBack(k);
      int pe = recent.endBack(k);
      if (!spacesOnly(text, pe, recent.beginBack(k - 1))
          || !Holder.NAMES.contains(ArabicWords.fold(text.subSequence(pb, pe)))) {
        break;
      }
      letters++;
    }
    return letters >= 1 && letters <= MAX_LETTERS;
  }

  private static boolean spacesOnly(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!QuotePairer.isSpace(text.charAt(i)) || QuotePairer.isParagraphBreak(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

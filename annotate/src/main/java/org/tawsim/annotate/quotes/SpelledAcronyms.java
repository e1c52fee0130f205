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
 * it is shows only in the words after it. {@link #isName}: a short quotation made of such an acronym
 * is a name. Reads the last few words read; the list is loaded once; stateless.
 */
final class SpelledAcronyms {

  /** Letters of an acronym before which إن is read as a letter. */
  static final int MAX_LETTERS = 2;
  /** A quotation that is an acronym's name has at most this many words. */
  static final int NAME_WORDS = 4;
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

  /**
   * Returns true when a quotation of at most {@link #NAME_WORDS} unpunctuated words holds an
   * acronym spelled out, at least two letter names in a row, and at most two words besides, none
   * of them a verb: «إم بي سي»، «أو إف كيه بلجراد»، «بي إن سبورتس». Such a quotation is a name.
   *
   * @param words the number of words in the segment's content
   * @param punctuated true when a sentence or clause mark appears inside
   */
  static boolean isName(String text, Pairing.Segment s, int words, boolean punctuated) {
    if (words < 2 || words > NAME_WORDS || punctuated) {
      return false;
    }
    int run = 0;
    int longest = 0;
    int i = s.contentBegin();
    int end = s.contentEnd();
    while (i < end) {
      if (!ArabicWords.isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int b = i;
      while (i < end && ArabicWords.isWordChar(text.charAt(i))) {
        i++;
      }
      if (Holder.NAMES.contains(ArabicWords.fold(text.subSequence(b, i)))) {
        longest = Math.max(longest, ++run);
      } else if (Vocabulary.isVerb(text, b, i)) {
        return false; // «سي إن إن تكذب»: a clause about the outlet
      } else {
        run = 0;
      }
    }
    return longest >= 2 && words - longest <= 2;
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

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.text.ArabicCharacters;

/**
 * A word being defined or glossed is a term, not speech: a quotation of at most {@link #WORDS}
 * words right before هو، هي، يعني or تعني, or right after يعني، تعني or بمعنى.
 *
 * <pre>
 * "يي" هي الكلمة الأكثر شيوعا        → other
 * وتعني في الإنجيل "أنت"             → other (after تعني, a few words between allowed)
 * </pre>
 *
 * <p>Stateless; each test reads a few words around the quotation.
 */
final class DefinedTerms {

  /** A defined term has at most this many words. */
  static final int WORDS = 2;
  /** How many words may stand between a verb of meaning and the quotation (وتعني في الإنجيل). */
  private static final int GAP = 3;

  private static final String HUWA = "\u0647\u0648";
  private static final String HIYA = "\u0647\u064A";
  private static final String YANI = "\u064A\u0639\u0646\u064A";
  private static final String TANI = "\u062A\u0639\u0646\u064A";
  private static final String BIMANA = "\u0628\u0645\u0639\u0646\u0649";

  private DefinedTerms() {}

  /** Returns true when the segment, of {@code words} words, is a term being defined. */
  static boolean isDefined(String text, Pairing.Segment s, int words) {
    if (words == 0 || words > WORDS) {
      return false;
    }
    int b = s.end();
    while (b < text.length() && QuotePairer.isSpace(text.charAt(b))) {
      b++;
    }
    int e = ArabicWords.wordEnd(text, b, text.length());
    if (e > b && (is(text, b, e, HUWA) || is(text, b, e, HIYA) || meaning(text, b, e))) {
      return true;
    }
    int end = s.open();
    for (int k = 0; k <= GAP; k++) {
      while (end > 0 && QuotePairer.isSpace(text.charAt(end - 1))) {
        end--;
      }
      int begin = end;
      while (begin > 0 && ArabicWords.isWordChar(text.charAt(begin - 1))) {
        begin--;
      }
      if (begin == end) {
        return false; // a mark or punctuation: the clause before ends here
      }
      if (meaning(text, begin, end) || is(text, begin, end, BIMANA)) {
        return true;
      }
      end = begin;
    }
    return false;
  }

  /** يعني، تعني, also with و before them. */
  private static boolean meaning(String text, int b, int e) {
    int from =
        ArabicWords.firstKeptChar(text, b, e) == ArabicCharacters.WAW
            ? ArabicWords.firstKept(text, b, e) + 1
            : b;
    return is(text, from, e, YANI) || is(text, from, e, TANI);
  }

  private static boolean is(String text, int b, int e, String word) {
    return ArabicWords.sameWordAs(text, b, e, word);
  }
}

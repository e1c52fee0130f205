/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.text.ArabicCharacters;

/**
 * The preposition an "according to" word takes, as part of its cue: the guidelines' cue is the
 * attribution expression, and the source after it is the speaker without the preposition.
 *
 * <p>Rule: after the "according to" word, a preposition written apart (عن، لـ، بـ) ends the cue;
 * so does the ل written onto the next word after an adverb in ـا (وفقا، طبقا، استنادا), the rest
 * of that word starting the speaker. A word that only begins with ل (وفق لوائح) is read as the
 * preposition only after such an adverb, and ب never, since بحسب and حسب take the source directly
 * (بحسب بيان).
 *
 * <pre>
 * «...»، نقلا عن مسؤول      → cue نقلا عن, speaker مسؤول
 * «...»، وفقا لوزير الداخلية → cue وفقا ل, speaker وزير الداخلية
 * «...»، بحسب الوكالة       → cue بحسب
 * </pre>
 */
final class SourcePrepositions {

  private SourcePrepositions() {}

  /**
   * Returns the end of the cue of the "according to" word [b, e): past the preposition after it,
   * else {@code e}.
   */
  static int cueEnd(String text, CueLexicon lexicon, int b, int e) {
    int n = text.length();
    int pb = e;
    while (pb < n && QuotePairer.isSpace(text.charAt(pb))
        && !QuotePairer.isParagraphBreak(text.charAt(pb))) {
      pb++;
    }
    int pe = pb;
    while (pe < n && ArabicWords.isWordChar(text.charAt(pe))) {
      pe++;
    }
    if (pe == pb || !ArabicWords.isArabicLetter(text.charAt(pb))) {
      return e;
    }
    if ((lexicon.exactFlags(text, pb, pe) & CueLexicon.STOP) != 0
        && ArabicWords.foldedLength(text, pb, pe) <= 2) {
      return pe; // نقلا عن، وفقا لـ: the preposition written apart
    }
    int first = ArabicWords.firstKept(text, pb, pe);
    if (ArabicWords.fold(text.charAt(first)) == ArabicCharacters.LAM
        && endsWithAlef(text, b, e)
        && ArabicWords.foldedLength(text, first + 1, pe) >= 2) {
      return first + 1; // وفقا لوزير: the ل written onto the source
    }
    return e;
  }

  /** Returns true when the word [b, e) ends in alef, tanween and marks aside: وفقا، طبقاً. */
  private static boolean endsWithAlef(String text, int b, int e) {
    int last = ArabicWords.lastKept(text, b, e);
    return last > b && ArabicWords.fold(text.charAt(last)) == ArabicCharacters.ALEF;
  }
}

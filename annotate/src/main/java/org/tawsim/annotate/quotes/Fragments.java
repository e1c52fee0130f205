/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.text.ArabicCharacters;

/**
 * Fragments of one utterance: a quotation that follows a speech quotation with only an ellipsis, a
 * comma or و between them continues it, so it takes the same speaker and cue.
 *
 * <pre>
 * قال الوزير: «نحن مستعدون»… «ولن نتراجع»        → both: الوزير, cue قال
 * وقال الخبير إن الجرس «كنز ثقافي» و«أداة نادرة»    → both: الخبير, cue وقال
 * </pre>
 *
 * <p>A full stop alone or a line break ends the utterance: a quotation after it stands alone (its
 * speaker is implicit and it has no cue). Stateless.
 */
final class Fragments {

  private static final char ELLIPSIS = '\u2026';

  private Fragments() {}

  /**
   * Returns true when only spaces and at most a comma lie between a quotation's end ({@code from})
   * and a word at {@code to}: «ممكنة»، على حد تعبيرها.
   */
  static boolean adjoins(String text, int from, int to) {
    int commas = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ArabicCharacters.ARABIC_COMMA || c == ',') {
        commas++;
      } else if (!QuotePairer.isSpace(c) || QuotePairer.isParagraphBreak(c)) {
        return false;
      }
    }
    return commas <= 1;
  }

  /**
   * Returns true when the text between two quotations joins them as items of one list: what
   * {@link #joins} accepts, or a lone أو with spaces and at most a comma around it («لوموند» أو
   * «ليموند ديبلوماتيك»). Words said are seldom offered as alternatives; names and titles are.
   */
  static boolean joinsList(String text, int from, int to) {
    if (joins(text, from, to)) {
      return true;
    }
    int i = from;
    while (i < to && isSpaceOrComma(text.charAt(i))) {
      i++;
    }
    if (i + 2 > to
        || text.charAt(i) != ArabicCharacters.ALEF_HAMZA_ABOVE
        || text.charAt(i + 1) != ArabicCharacters.WAW) {
      return false;
    }
    for (int k = i + 2; k < to; k++) {
      char c = text.charAt(k);
      if (!QuotePairer.isSpace(c) || QuotePairer.isParagraphBreak(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpaceOrComma(char c) {
    return (QuotePairer.isSpace(c) && !QuotePairer.isParagraphBreak(c))
        || c == ArabicCharacters.ARABIC_COMMA || c == ',';
  }

  /**
   * Returns true when the text between the end of a quotation ({@code from}) and the opening mark
   * of the next ({@code to}) joins them as fragments: spaces, an ellipsis ({@code …} or two dots or
   * more), a comma, a lone و.
   */
  static boolean joins(String text, int from, int to) {
    int dots = 0;
    boolean joiner = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c == ELLIPSIS || c == ArabicCharacters.ARABIC_COMMA || c == ',') {
        joiner = true;
      } else if (c == ArabicCharacters.WAW) {
        boolean alone =
            (i == from || !ArabicWords.isWordChar(text.charAt(i - 1)))
                && (i + 1 == to || !ArabicWords.isWordChar(text.charAt(i + 1)));
        if (!alone) {
          return false;
        }
        joiner = true;
      } else if (QuotePairer.isParagraphBreak(c) || !QuotePairer.isSpace(c)) {
        return false;
      }
    }
    return dots != 1 && (joiner || dots > 1);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * Reported speech without quotation marks: a speech cue followed by a complementizer that does not
 * open a quotation starts an {@link QuoteKind#INDIRECT} quotation, which runs to the end of the
 * sentence or to the next report joined by a comma or a conjunction.
 *
 * <pre>
 * وأكد الوزير أن الاتفاق قريب، مضيفا أن التوقيع سيتم غدا.
 *   → indirect "الاتفاق قريب" (الوزير, وأكد); indirect "التوقيع سيتم غدا" (الوزير, مضيفا)
 * </pre>
 *
 * <p>Mutable: at most one quotation is open at a time. One per pass.
 */
final class IndirectSpeech {

  private final String text;
  private Cue cue;
  private int start;

  IndirectSpeech(String text) {
    this.text = text;
  }

  boolean isOpen() {
    return cue != null;
  }

  /** Opens a quotation of {@code cue}'s words, which start at {@code start}. */
  void open(Cue cue, int start) {
    this.cue = cue;
    this.start = start;
  }

  /**
   * Closes the open quotation just before {@code end}; returns it, or null when none is open or
   * nothing is left of it once trailing punctuation and a lone conjunction are trimmed.
   */
  Quotation close(int end, SpeakerMemory memory) {
    if (cue == null) {
      return null;
    }
    Cue c = cue;
    cue = null;
    int b = start;
    while (b < end && QuotePairer.isSpace(text.charAt(b))) {
      b++;
    }
    int e = end;
    while (e > b && isTrailingJunk(text.charAt(e - 1))) {
      e--;
    }
    // a lone conjunction left before the next report: "... جيد و أكد"
    if (e - b > 2 && QuotePairer.isSpace(text.charAt(e - 2))) {
      char last = text.charAt(e - 1);
      if (last == ArabicCharacters.WAW || last == ArabicCharacters.FEH) {
        e -= 2;
        while (e > b && isTrailingJunk(text.charAt(e - 1))) {
          e--;
        }
      }
    }
    if (e <= b) {
      return null;
    }
    Speaker s = c.passive ? Speaker.NONE : memory.explicitOr(c.speaker, c.span(), c.begin);
    Span content = new Span(b, e);
    return new Quotation(
        content, content, QuoteKind.INDIRECT, false, s.span(), c.span(), s.entity(), s.implicit());
  }

  private static boolean isTrailingJunk(char c) {
    return QuotePairer.isSpace(c)
        || QuotePairer.isParagraphBreak(c)
        || c == ArabicCharacters.ARABIC_COMMA
        || c == ','
        || c == ';'
        || c == ArabicCharacters.ARABIC_SEMICOLON
        || c == ArabicWords.COLON
        || c == '-'
        || c == '\u2013'
        || c == '\u2014';
  }
}

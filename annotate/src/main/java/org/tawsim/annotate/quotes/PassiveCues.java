/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.text.ArabicCharacters;

/**
 * Passive speech verbs, which attribute words to no one: وقيل «...»، يقال إن ....
 *
 * <p>Rule (the annotation guidelines' decision for passives): the passive verb is the cue and the
 * speaker is none; the quotation does not inherit the last explicit speaker, since the text says
 * only that the words were said. Only the forms that no active verb or noun shares are listed:
 * قيل and يقال, with و or ف before them (ذُكر and نُقل are written as ذكر and نقل, active verbs).
 * A source named after عن (نُقل عن الوزير قوله) is left to the other rules. Stateless.
 */
final class PassiveCues {

  /** قيل, folded. */
  private static final String QILA = "\u0642\u064A\u0644";
  /** يقال, folded. */
  private static final String YUQALU = "\u064A\u0642\u0627\u0644";

  private PassiveCues() {}

  /** Returns true when the word [b, e) of the text is a passive speech verb. */
  static boolean isPassive(String text, int b, int e) {
    if (e - b < 3 || text.charAt(e - 1) != ArabicCharacters.LAM) {
      return false; // most words end otherwise: one comparison on the scanner's path
    }
    if (ArabicWords.sameWordAs(text, b, e, QILA) || ArabicWords.sameWordAs(text, b, e, YUQALU)) {
      return true;
    }
    int first = ArabicWords.firstKept(text, b, e);
    if (first >= e) {
      return false;
    }
    char c = ArabicWords.fold(text.charAt(first));
    if (c != ArabicCharacters.WAW && c != ArabicCharacters.FEH) {
      return false;
    }
    int rest = ArabicWords.firstKept(text, first + 1, e);
    return ArabicWords.sameWordAs(text, rest, e, QILA)
        || ArabicWords.sameWordAs(text, rest, e, YUQALU);
  }
}

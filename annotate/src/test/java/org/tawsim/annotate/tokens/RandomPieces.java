/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.tokens;

import java.util.Random;

/** Random strings of Arabic letters and marks, Latin, digits, punctuation, emoji and whitespace. */
final class RandomPieces {

  private static final String[] PIECES = {
    "ا", "ب", "ت", "ة", "ى", "أ", "إ", "آ", "ٱ", "ؤ", "ئ", "ء", "ل", "و", "ف", "ك", "س", "م", "ه",
    "\u064B", "\u064E", "\u0650", "\u0651", "\u0652", "\u0670", "\u06D6", "\u0640",
    "a", "Z", "é", "e\u0301", "0", "7", "٣", "۹", ".", ",", "٫", "٬", "%", "٪", "-", "،", "؛",
    "؟", "«", "»", "\"", "'", "(", ")", ":", "!", "@", "#", "_", "/", "…", "$", "😀", "👍🏽",
    "\u200D", "🇸", "\uD83D", "\uDE00", "\uFE0F",
    " ", " ", " ", " ", "\n", "\t", "\u00A0", "\u200F", "\u200B", "\uFEFF", "\uFEFB", "\uFDFA",
    "\u0000", "\u0007", "\u001B", "http://", "www.", ".com", "a@b.co", "gov.sa",
  };

  private RandomPieces() {}

  static String next(Random random, int maxPieces) {
    int pieces = random.nextInt(maxPieces + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }
}

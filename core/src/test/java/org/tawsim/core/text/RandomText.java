/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.text;

import java.util.Random;

/** Random strings from the characters that matter to Arabic text handling, for seeded tests. */
final class RandomText {

  private static final String[] PIECES = {
    "ا", "ب", "ت", "ة", "ى", "أ", "إ", "آ", "ٱ", "ؤ", "ئ", "ء", "ل", "و", "ف", "ك", "س", "م",
    "\u064B", "\u064E", "\u0650", "\u0651", "\u0652", "\u0670", "\u06D6", "\u0640",
    "a", "Z", "é", "0", "7", "٣", "۹", ".", ",", "٫", "٬", "%", "٪", "-", "،", "؛", "؟", "«", "»",
    "\"", "(", ")", ":", "!", "@", "#", "/", "😀", "👍🏽", "\uD83D", "\uDE00",
    " ", " ", " ", "\n", "\t", "\u00A0", "\u200F", "\u200B", "\uFEFF", "\uFEFB", "\uFDF2", "\uFDFA",
    "\u0000", "\u0007", "http://x.sa/a", "a@b.co",
  };

  private RandomText() {}

  static String next(Random random, int maxPieces) {
    int pieces = random.nextInt(maxPieces + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.zones;

import static org.tawsim.core.text.ArabicCharacters.ARABIC_COMMA;
import static org.tawsim.core.text.ArabicCharacters.ARABIC_FULL_STOP;
import static org.tawsim.core.text.ArabicCharacters.ARABIC_QUESTION_MARK;
import static org.tawsim.core.text.ArabicCharacters.ARABIC_SEMICOLON;

/**
 * What a title looks like: a headline, a subheading, or the title run into an article's first
 * sentence when a page's lines were joined.
 *
 * <p>A title is at most {@value #MAX_CHARS} characters and {@value #MAX_WORDS} words and does not
 * end with sentence punctuation ({@code . ! ? ؟ … ۔ : ، ؛ , ;}, closing quotes and brackets
 * ignored).
 */
final class Titles {

  static final int MAX_CHARS = 120;
  static final int MAX_WORDS = 15;

  private Titles() {}

  /** Returns true when {@code text[begin, end)}, trimmed, is a title. */
  static boolean isTitle(String text, int begin, int end) {
    if (end - begin > MAX_CHARS || begin >= end) {
      return false;
    }
    return words(text, begin, end) <= MAX_WORDS && endsOpen(text, begin, end);
  }

  /**
   * Returns true when {@code text[begin, end)} (non-empty, trimmed) does not end with sentence
   * punctuation, closing quotes and brackets ignored.
   */
  static boolean endsOpen(String text, int begin, int end) {
    int last = end - 1;
    while (last > begin && isClosing(text.charAt(last))) {
      last--;
    }
    char c = text.charAt(last);
    return !(c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2026' || c == ARABIC_COMMA
        || c == ARABIC_SEMICOLON || c == ARABIC_QUESTION_MARK || c == ARABIC_FULL_STOP || c == ','
        || c == ';');
  }

  /** Returns the number of words of {@code text[begin, end)}: runs of non-space characters. */
  static int words(String text, int begin, int end) {
    int words = 0;
    boolean inWord = false;
    for (int i = begin; i < end; i++) {
      boolean space = ZoneTagger.isSpace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u00BB' || c == '\u201D'
        || c == '\u2019';
  }
}

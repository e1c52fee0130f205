/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.tokens;

import org.tawsim.core.text.ArabicCharacters;

/**
 * The character classes the token scanner dispatches on, one lookup per character.
 *
 * <p>The table covers the Basic Multilingual Plane; supplementary code points (emoji, rare letters)
 * are classified on demand by {@link #ofCodePoint(int)}.
 */
final class CharClasses {

  /** Whitespace: Java whitespace, every space separator (no-break spaces too) and U+0085. */
  static final byte SPACE = 0;
  /** A letter of the Arabic blocks, presentation forms included, tatweel excluded. */
  static final byte ARABIC_LETTER = 1;
  /** Any other letter (Latin, Cyrillic, CJK...). */
  static final byte LETTER = 2;
  /** A decimal digit of any script (ASCII, Arabic-Indic, extended Arabic-Indic...). */
  static final byte DIGIT = 3;
  /**
   * A character that extends the one before it: nonspacing and enclosing marks (Arabic diacritics,
   * variation selectors) and format characters (joiners, bidi marks, byte order mark).
   */
  static final byte EXTEND = 4;
  /** Tatweel U+0640. */
  static final byte TATWEEL = 5;
  /** A pictographic character that starts an emoji. */
  static final byte EMOJI = 6;
  /** A high surrogate; what it is depends on the low surrogate after it. */
  static final byte HIGH_SURROGATE = 7;
  /** Anything else: punctuation, symbols, controls, lone low surrogates; a token of its own. */
  static final byte OTHER = 8;

  private static final byte[] TABLE = table();

  private CharClasses() {}

  static byte of(char c) {
    return TABLE[c];
  }

  /** Classifies any code point; a BMP one as {@link #of(char)} does. */
  static byte ofCodePoint(int cp) {
    if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
      return TABLE[cp];
    }
    if (isPictographic(cp)) {
      return EMOJI;
    }
    return classify(cp);
  }

  /** Returns true for a regional indicator symbol, half of a flag. */
  static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  /** Returns true for an emoji skin-tone modifier U+1F3FB–U+1F3FF. */
  static boolean isEmojiModifier(int cp) {
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
  }

  private static boolean isPictographic(int cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF && !isEmojiModifier(cp))
        || (cp >= 0x2600 && cp <= 0x27BF)
        || (cp >= 0x2B00 && cp <= 0x2BFF)
        || (cp >= 0x231A && cp <= 0x23FF)
        || cp == 0x3030
        || cp == 0x303D
        || cp == 0x3297
        || cp == 0x3299;
  }

  private static byte[] table() {
    byte[] t = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      t[c] = classifyBmp((char) c);
    }
    return t;
  }

  private static byte classifyBmp(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
      return SPACE;
    }
    if (c == ArabicCharacters.TATWEEL) {
      return TATWEEL;
    }
    if (Character.isHighSurrogate(c)) {
      return HIGH_SURROGATE;
    }
    if (Character.isLowSurrogate(c)) {
      return OTHER;
    }
    if (isPictographic(c)) {
      return EMOJI;
    }
    byte k = classify(c);
    if (k == LETTER && isArabicBlock(c)) {
      return ARABIC_LETTER;
    }
    return k;
  }

  private static byte classify(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
        return LETTER;
      case Character.DECIMAL_DIGIT_NUMBER:
        return DIGIT;
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.FORMAT:
        return EXTEND;
      default:
        return OTHER;
    }
  }

  private static boolean isArabicBlock(char c) {
    return (c >= '\u0600' && c <= '\u06FF')
        || (c >= '\u0750' && c <= '\u077F')
        || (c >= '\u0870' && c <= '\u08FF')
        || (c >= '\uFB50' && c <= '\uFDFF')
        || (c >= '\uFE70' && c <= '\uFEFF');
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

/**
 * The characters sentence splitting looks at: end marks, closing marks, quotation marks, line
 * breaks and whitespace.
 *
 * <p>Whitespace is what OpenNLP's detector treats as whitespace ({@link Character#isWhitespace} or
 * a space separator, so a no-break space is one), which is also what Python's {@code str.isspace}
 * accepts for the characters that occur in news text.
 */
final class Marks {

  static final char FULL_STOP = '.';
  static final char EXCLAMATION = '!';
  static final char QUESTION = '?';
  /** U+061F ARABIC QUESTION MARK. */
  static final char ARABIC_QUESTION = '\u061F';
  /** U+2026 HORIZONTAL ELLIPSIS. */
  static final char ELLIPSIS = '\u2026';
  /** U+06D4 ARABIC FULL STOP (Urdu). */
  static final char ARABIC_FULL_STOP = '\u06D4';

  /** The end characters of the Arabic model, in the order the trainer gives them to OpenNLP. */
  static final char[] END_CHARACTERS = {
    FULL_STOP, EXCLAMATION, QUESTION, ARABIC_QUESTION, ELLIPSIS, ARABIC_FULL_STOP
  };

  static final char QUOTE = '"';
  static final char APOSTROPHE = '\'';
  /** U+00AB LEFT-POINTING DOUBLE ANGLE QUOTATION MARK. */
  static final char LEFT_GUILLEMET = '\u00AB';
  /** U+00BB RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK. */
  static final char RIGHT_GUILLEMET = '\u00BB';
  /** U+201C LEFT DOUBLE QUOTATION MARK. */
  static final char LEFT_DOUBLE = '\u201C';
  /** U+201D RIGHT DOUBLE QUOTATION MARK. */
  static final char RIGHT_DOUBLE = '\u201D';
  /** U+2018 LEFT SINGLE QUOTATION MARK. */
  static final char LEFT_SINGLE = '\u2018';
  /** U+2019 RIGHT SINGLE QUOTATION MARK. */
  static final char RIGHT_SINGLE = '\u2019';
  /** U+201E DOUBLE LOW-9 QUOTATION MARK, opens like U+201C in some texts. */
  static final char LOW_DOUBLE = '\u201E';

  private Marks() {}

  /** Returns true for a character that can end a sentence. */
  static boolean isEnd(char c) {
    return c == FULL_STOP
        || c == EXCLAMATION
        || c == QUESTION
        || c == ARABIC_QUESTION
        || c == ELLIPSIS
        || c == ARABIC_FULL_STOP;
  }

  /**
   * Returns true for a mark that, right after an end mark, belongs to the sentence it closes: a
   * closing quotation mark or bracket. The straight quotes count, since they close as often as
   * they open.
   */
  static boolean isCloser(char c) {
    return c == QUOTE
        || c == APOSTROPHE
        || c == RIGHT_GUILLEMET
        || c == RIGHT_DOUBLE
        || c == RIGHT_SINGLE
        || c == ')'
        || c == ']'
        || c == '}';
  }

  /** Returns true for an opening mark that a token may start with: bracket or quotation mark. */
  static boolean isOpener(char c) {
    return c == QUOTE
        || c == APOSTROPHE
        || c == LEFT_GUILLEMET
        || c == LEFT_DOUBLE
        || c == LOW_DOUBLE
        || c == LEFT_SINGLE
        || c == '('
        || c == '['
        || c == '{';
  }

  /** Returns true for whitespace, the no-break spaces included. */
  static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /**
   * Returns true for a character that ends a line: LF, CR, vertical tab, form feed, NEL, and the
   * Unicode line and paragraph separators.
   */
  static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\u000B'
        || c == '\u000C'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }
}

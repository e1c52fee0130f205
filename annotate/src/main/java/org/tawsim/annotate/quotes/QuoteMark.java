/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

/**
 * The quotation marks the pairer knows, with the role each usually plays in Arabic text.
 *
 * <p>Roles are in logical (reading) order, the order the characters are stored in: Arabic text
 * opens with {@code «} and closes with {@code »}, as French does. Real pages also use a closing
 * mark to open ({@code »العربية»}, {@code ”الديزل”}); {@link QuotePairer} decides the role of each
 * mark from the characters around it, so the role here is only a preference.
 */
public enum QuoteMark {
  /** {@code "} U+0022: opens or closes; the two ends look alike. */
  STRAIGHT('\u0022', Role.EITHER),
  /** {@code «} U+00AB. */
  LEFT_GUILLEMET('\u00AB', Role.OPENS),
  /** {@code »} U+00BB. */
  RIGHT_GUILLEMET('\u00BB', Role.CLOSES),
  /** {@code “} U+201C. */
  LEFT_CURLY('\u201C', Role.OPENS),
  /** {@code ”} U+201D. */
  RIGHT_CURLY('\u201D', Role.CLOSES),
  /** {@code „} U+201E, the low mark that opens German-style quotations. */
  LOW_CURLY('\u201E', Role.OPENS),
  /** {@code ‟} U+201F. */
  REVERSED_CURLY('\u201F', Role.OPENS),
  /** {@code ″} U+2033, the double prime that some sites type for a closing mark. */
  DOUBLE_PRIME('\u2033', Role.CLOSES),
  /** {@code ‹} U+2039. */
  LEFT_SINGLE_GUILLEMET('\u2039', Role.OPENS),
  /** {@code ›} U+203A. */
  RIGHT_SINGLE_GUILLEMET('\u203A', Role.CLOSES);

  /** What a mark usually does. */
  public enum Role {
    /** Usually opens a quotation. */
    OPENS,
    /** Usually closes a quotation. */
    CLOSES,
    /** Opens or closes; context decides. */
    EITHER
  }

  private static final QuoteMark[] BY_CHAR = new QuoteMark[0x2040];

  static {
    for (QuoteMark m : values()) {
      BY_CHAR[m.character] = m;
    }
  }

  private final char character;
  private final Role role;

  QuoteMark(char character, Role role) {
    this.character = character;
    this.role = role;
  }

  /** {@return the mark's character} */
  public char character() {
    return character;
  }

  /** {@return the role the mark usually plays} */
  public Role role() {
    return role;
  }

  /**
   * {@return the mark for a character, or null when the character is not a quotation mark}
   *
   * @param c a UTF-16 unit
   */
  public static QuoteMark of(char c) {
    return c < BY_CHAR.length ? BY_CHAR[c] : null;
  }

  /** Returns true when the character is one of the marks, without a lookup object. */
  static boolean isMark(char c) {
    return c < BY_CHAR.length && BY_CHAR[c] != null;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll.internal;

import java.util.Objects;

/**
 * One column of a CoNLL line: the token, the entity tag, or a fixed placeholder standing for a
 * column Tawsim does not fill (part of speech, chunk), as CoNLL-2002 and 2003 readers expect.
 *
 * @param placeholder the text of a placeholder column; null for {@link #TOKEN} and {@link #TAG}
 * @param kind what the column holds
 */
record ConllColumn(Kind kind, String placeholder) {

  /** What a column holds. */
  public enum Kind {
    /** The token's text. */
    TOKEN,
    /** The entity tag, such as {@code B-PER}. */
    TAG,
    /** The same text on every line. */
    PLACEHOLDER
  }

  /** The token column. */
  public static final ConllColumn TOKEN = new ConllColumn(Kind.TOKEN, null);

  /** The entity tag column. */
  public static final ConllColumn TAG = new ConllColumn(Kind.TAG, null);

  /** The usual placeholder of CoNLL-2003 files for an unknown part of speech or chunk. */
  public static final ConllColumn X = placeholder("-X-");

  /**
   * Checks that a placeholder has text without whitespace, and that other kinds have none.
   *
   * @param kind what the column holds
   * @param placeholder the placeholder's text, or null for the other kinds
   */
  public ConllColumn {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.PLACEHOLDER) {
      Objects.requireNonNull(placeholder, "placeholder");
      if (placeholder.isEmpty() || placeholder.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            "placeholder column '" + placeholder + "' must be non-empty and without whitespace");
      }
    } else if (placeholder != null) {
      throw new IllegalArgumentException(kind + " column takes no placeholder text");
    }
  }

  /**
   * {@return a placeholder column that holds {@code text} on every line}
   *
   * @param text the placeholder, without whitespace
   */
  public static ConllColumn placeholder(String text) {
    return new ConllColumn(Kind.PLACEHOLDER, text);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll;

import java.util.Locale;

/**
 * The line that opens each document of a CoNLL file, in the exact variants consumers insist on.
 * Every variant but {@link #NONE} is followed by an empty line (OpenNLP's CoNLL-2003 reader requires
 * it; the others accept it).
 */
public enum DocStart {
  /** No document lines: documents run together, sentences stay apart. */
  NONE,
  /** {@code -DOCSTART-} alone. */
  BARE,
  /**
   * {@code -DOCSTART- -X- O O}, spaces whatever the separator: the only line on which spaCy's {@code
   * conll_ner} converter splits documents; four columns, as in the CoNLL-2003 layout.
   */
  SPACY,
  /** {@code -DOCSTART- -X- -X- O}, as the English CoNLL-2003 files have it. */
  CONLL2003,
  /**
   * {@code -DOCSTART-} then one field per further column, {@code -X-} for placeholders and {@code
   * O} for the tag, joined by the separator: as many columns as the token lines, as {@code
   * conlleval} requires ({@code -DOCSTART- O} with two columns, {@code -DOCSTART- -X- O} with the
   * CoNLL-2002 layout).
   */
  COLUMNS;

  /** {@return the lower-case name used on the command line} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

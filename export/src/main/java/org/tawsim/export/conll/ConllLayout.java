/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll;

import java.util.Locale;

/**
 * The column layouts of CoNLL files that consumers expect, chosen with {@link
 * org.tawsim.export.ExportOptions#withConll}.
 */
public enum ConllLayout {
  /** {@code TOKEN -X- -X- TAG} and {@code -DOCSTART- -X- O O}: OpenNLP CoNLL-03, spaCy, conlleval. */
  CONLL2003,
  /** {@code TOKEN -X- TAG} and {@code -DOCSTART- -X- O}: OpenNLP's CoNLL-02 reader. */
  CONLL2002,
  /** {@code TOKEN TAG}, no document lines: ANERcorp and most Arabic NER data. */
  TWO_COLUMNS;

  /** {@return the name used on the command line, such as {@code two-columns}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the layout with this command-line name, ignoring case}
   *
   * @param label the layout's name, such as {@code conll2003}
   * @throws IllegalArgumentException naming the valid names
   */
  public static ConllLayout fromLabel(String label) {
    for (ConllLayout l : values()) {
      if (l.label().equalsIgnoreCase(label) || l.name().equalsIgnoreCase(label)) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "unknown CoNLL layout '" + label + "' (expected one of: conll2003, conll2002, two-columns)");
  }
}

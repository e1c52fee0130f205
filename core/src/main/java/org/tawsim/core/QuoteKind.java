/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.util.Locale;
import java.util.Objects;

/** What a {@link Quotation} is. */
public enum QuoteKind {
  /** Words the text attributes to a source, partial quotations of a few words included. */
  SPEECH,
  /** Reported speech without quotation marks: {@code قال ... إن ...}. */
  INDIRECT,
  /** Marks around a name, title, term, heading or dateline, or scare quotes. */
  OTHER;

  /** {@return the lower-case name used in files, such as {@code "speech"}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** doccano's label of a speech quotation (what {@code DoccanoJsonlWriter} writes). */
  private static final String QUOTE_ALIAS = "quote";

  /**
   * {@return the kind with the given file label, ignoring case; {@code quote} is {@link #SPEECH}}
   *
   * @param label a label as files write it, such as {@code speech} or {@code indirect}
   * @throws IllegalArgumentException naming the label and the valid ones when there is none
   */
  public static QuoteKind fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    return label.equalsIgnoreCase(QUOTE_ALIAS) ? SPEECH : Labels.parse(QuoteKind.class, label);
  }
}

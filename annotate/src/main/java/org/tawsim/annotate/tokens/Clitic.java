/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.tokens;

import java.util.Objects;
import org.tawsim.core.Span;

/**
 * A proclitic found at the start of a word.
 *
 * @param kind which proclitic
 * @param span its characters in the text, with the diacritics and tatweel written after them
 */
public record Clitic(Proclitic kind, Span span) {

  /**
   * Rejects nulls.
   *
   * @param span its characters in the text
   * @param kind which proclitic
   */
  public Clitic {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.util.Objects;

/**
 * A token with its normalised form, the form taggers match on.
 *
 * @param span the token's characters in the original text; never crosses whitespace
 * @param norm the normalised form (diacritics and tatweel removed, letter variants unified...);
 *     equal to the covered text when normalisation changes nothing
 */
public record Token(Span span, String norm) implements Annotation {

  /**
   * Rejects nulls.
   *
   * @param span the token's characters in the original text
   * @param norm the normalised form
   */
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(norm, "norm");
  }
}

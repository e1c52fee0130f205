/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.util.Objects;

/**
 * A sentence: a span of text, trimmed of surrounding whitespace.
 *
 * @param span the sentence's text
 */
public record Sentence(Span span) implements Annotation {

  /**
   * Rejects a null span.
   *
   * @param span the sentence's characters
   */
  public Sentence {
    Objects.requireNonNull(span, "span");
  }
}

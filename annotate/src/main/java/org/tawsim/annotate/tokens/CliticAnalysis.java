/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.tokens;

import java.util.List;
import java.util.Objects;
import org.tawsim.core.Span;

/**
 * One candidate segmentation of a word into proclitics and a stem.
 *
 * @param proclitics the proclitics in text order; empty for the unsegmented word
 * @param stem the rest of the word, in the text
 * @param normalizedStem the stem's normalised form, the string a tagger looks up
 */
public record CliticAnalysis(List<Clitic> proclitics, Span stem, String normalizedStem) {

  /**
   * Copies the list; rejects nulls.
   *
   * @param proclitics the clitics before the stem, in order
   * @param stem the stem's span
   * @param normalizedStem the stem's normalised form
   */
  public CliticAnalysis {
    proclitics = List.copyOf(proclitics);
    Objects.requireNonNull(stem, "stem");
    Objects.requireNonNull(normalizedStem, "normalizedStem");
  }
}

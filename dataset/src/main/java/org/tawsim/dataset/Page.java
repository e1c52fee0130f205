/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.time.Duration;
import java.util.List;
import org.tawsim.core.Document;
import org.tawsim.core.InvalidInputException;

/**
 * What a worker made of one input: its parts, each annotated or rejected; or a rejection from the
 * reader (no input document); or the end of the input. Immutable.
 *
 * @param <E> what the worker encoded of each outcome: the bytes of every format for the builder,
 *     the encoder's result for {@link ParallelAnnotator}
 */
final class Page<E> {

  private static final Page<?> END = new Page<>(null, 0, 0, List.of(), 0, true);

  /** The input document, or null for a reader's rejection and for the end. */
  final Document input;
  /** The characters of the budget it holds until written. */
  final int cost;
  /** Its text's size in UTF-8, when progress is reported; else 0. */
  final long bytes;
  final List<PageAnnotator.Outcome> outcomes;
  /** Related articles found on the page. */
  final int relatedFound;
  final boolean end;
  /** What the worker encoded of each outcome (null for a failed one), or null when nothing. */
  final List<E> encoded;
  /**
   * The counts of each outcome's document (null for a failed one), made by the worker so that the
   * writing thread, a serial stage, only adds them up; or null when not counted.
   */
  final List<SplitStats> counts;

  private Page(
      Document input,
      int cost,
      long bytes,
      List<PageAnnotator.Outcome> outcomes,
      int relatedFound,
      boolean end,
      List<E> encoded,
      List<SplitStats> counts) {
    this.input = input;
    this.cost = cost;
    this.bytes = bytes;
    this.outcomes = outcomes;
    this.relatedFound = relatedFound;
    this.end = end;
    this.encoded = encoded;
    this.counts = counts;
  }

  private Page(
      Document input,
      int cost,
      long bytes,
      List<PageAnnotator.Outcome> outcomes,
      int relatedFound,
      boolean end) {
    this(input, cost, bytes, outcomes, relatedFound, end, null, null);
  }

  /** Returns this page with what the worker encoded of each outcome, in their order. */
  Page<E> withEncoded(List<E> encoded) {
    return new Page<>(input, cost, bytes, outcomes, relatedFound, end,
        perOutcome(encoded, "encodings"), counts);
  }

  /** Returns this page with the counts of each outcome's document, in their order. */
  Page<E> withCounts(List<SplitStats> counts) {
    return new Page<>(input, cost, bytes, outcomes, relatedFound, end, encoded,
        perOutcome(counts, "counts"));
  }

  /** Returns an unmodifiable copy of one value per outcome, in order; {@code what} names them. */
  private <T> List<T> perOutcome(List<T> values, String what) {
    if (values.size() != outcomes.size()) {
      throw new IllegalArgumentException(values.size() + " " + what + " for " + outcomes.size());
    }
    return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
  }

  static <E> Page<E> of(
      Document input, int cost, long bytes, List<PageAnnotator.Outcome> outcomes, int relatedFound) {
    return new Page<>(input, cost, bytes, List.copyOf(outcomes), relatedFound, false);
  }

  /** Returns the page that ends the input: it holds nothing, whatever its type says. */
  @SuppressWarnings("unchecked")
  static <E> Page<E> end() {
    return (Page<E>) END;
  }

  /**
   * Returns the page of an input whose annotation exceeded its time budget: one rejection,
   * "annotation exceeded N s", under the input's id.
   */
  static <E> Page<E> overBudget(Document input, int cost, long bytes, Duration budget) {
    InvalidInputException e = new InvalidInputException(input.id(), "", TimeBudget.reason(budget));
    return of(input, cost, bytes, List.of(new PageAnnotator.Failed(e)), 0);
  }

  static <E> Page<E> rejected(InvalidInputException e) {
    return rejected(e, 0);
  }

  /** Returns the page of an input rejected when parsed, which held {@code cost} of the budget. */
  static <E> Page<E> rejected(InvalidInputException e, int cost) {
    return new Page<>(null, cost, 0, List.of(new PageAnnotator.Failed(e)), 0, false);
  }
}

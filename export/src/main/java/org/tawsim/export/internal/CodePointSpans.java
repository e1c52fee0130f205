/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Span;
import org.tawsim.core.text.CodePointOffsets;

/**
 * Reads a span given in code points by two JSON numbers, as every JSON reader of Tawsim reads one
 * (the formats here, Label Studio's tasks, the sentence gold of {@code tawsim eval sentences}):
 * both must be whole numbers ({@code 3.7} is not 3) with {@code 0 <= start <= end <= length}; the
 * span returned is in UTF-16 units. A bad span is rejected in the reader's own words, through
 * {@link Reject}.
 */
public final class CodePointSpans {

  private CodePointSpans() {}

  /** How a reader words the rejection of a bad span, naming its input and the place. */
  public interface Reject {
    /** {@return the rejection of offsets that are missing or not whole numbers} */
    InvalidInputException notWhole();

    /**
     * {@return the rejection of whole offsets outside {@code [0, length]} or reversed}
     *
     * @param start the start offset, in code points
     * @param end the end offset, in code points
     * @param length the text's length, in code points
     */
    InvalidInputException outOfRange(long start, long end, int length);
  }

  /**
   * {@return the span of {@code [start, end)} in code points, in UTF-16 units of the text of
   * {@code cp}}
   *
   * @param start the start node, or null when there is none
   * @param end the end node, or null when there is none
   * @param cp the offsets of the text
   * @param reject makes the rejection of offsets out of range
   * @throws InvalidInputException from {@code reject} when the span is bad
   */
  public static Span span(JsonNode start, JsonNode end, CodePointOffsets cp, Reject reject)
      throws InvalidInputException {
    if (start == null || end == null || !start.isIntegralNumber() || !end.isIntegralNumber()) {
      throw reject.notWhole();
    }
    int n = cp.codePointLength();
    if (!start.canConvertToInt() || !end.canConvertToInt()
        || start.intValue() < 0 || end.intValue() < start.intValue() || end.intValue() > n) {
      throw reject.outOfRange(start.longValue(), end.longValue(), n);
    }
    return new Span(cp.toUtf16(start.intValue()), cp.toUtf16(end.intValue()));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.List;
import java.util.Objects;
import org.tawsim.core.Span;

/**
 * The result of pairing the quotation marks of a text: the quoted segments and the marks that
 * pair with nothing.
 *
 * <p>Offsets are UTF-16 units into the text that was paired. Segments are sorted by their opening
 * mark; strays by offset.
 *
 * @param segments the quoted segments, nested ones included, in order of their opening marks
 * @param strays the marks left over: closing marks with nothing open, opening marks with nothing
 *     after them, marks nested deeper than the pairer follows
 */
public record Pairing(List<Segment> segments, List<Stray> strays) {

  /**
   * Copies the lists.
   *
   * @param segments the quoted segments, in order of their opening marks
   * @param strays the marks that pair with nothing
   */
  public Pairing {
    segments = List.copyOf(segments);
    strays = List.copyOf(strays);
  }

  /**
   * One quoted segment.
   *
   * @param open offset of the opening mark
   * @param close offset of the closing mark, or -1 when the segment is unclosed
   * @param end offset just past the segment: past the closing mark, or, for an unclosed segment,
   *     past the last non-space character of its paragraph (or of the segment that encloses it)
   * @param contentBegin first offset of the quoted words, spaces after the opening mark skipped
   * @param contentEnd offset past the quoted words, spaces before the closing mark skipped
   * @param depth 0 for a segment not inside another, 1 inside one, ...
   */
  public record Segment(int open, int close, int end, int contentBegin, int contentEnd, int depth) {

    /** {@return true when no closing mark was found in the paragraph} */
    public boolean unclosed() {
      return close < 0;
    }

    /** {@return the whole segment, marks included} */
    public Span span() {
      return new Span(open, end);
    }

    /** {@return the quoted words without the marks and surrounding spaces} */
    public Span content() {
      return new Span(contentBegin, contentEnd);
    }
  }

  /**
   * A mark that opens or closes nothing.
   *
   * @param offset where the mark is
   * @param mark which mark
   * @param reason why it pairs with nothing
   */
  public record Stray(int offset, QuoteMark mark, Reason reason) {

    /**
     * Rejects nulls.
     *
     * @param offset where the mark is
     * @param mark the mark
     * @param reason why it pairs with nothing
     */
    public Stray {
      Objects.requireNonNull(mark, "mark");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Why a mark pairs with nothing. */
  public enum Reason {
    /** A closing mark with no quotation open in its paragraph. */
    NOTHING_OPEN,
    /** An opening mark at the end of its paragraph, with nothing to quote. */
    NOTHING_AFTER,
    /** An opening mark nested deeper than {@link QuotePairer#MAX_DEPTH}. */
    TOO_DEEP,
    /**
     * A straight mark that opened a quotation its paragraph never closes, though a quotation
     * opened inside it is closed: the text opened the same quotation twice.
     */
    REOPENED
  }
}

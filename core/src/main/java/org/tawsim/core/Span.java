/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

/**
 * A half-open range {@code [begin, end)} of offsets into a document's text.
 *
 * <p>Offsets count Java {@code char}s (UTF-16 code units), as {@link String#substring(int, int)}
 * does. Writers that leave the toolkit convert them to code points (see
 * {@link org.tawsim.core.text.CodePointOffsets}). A span is empty when {@code begin == end}.
 *
 * @param begin first offset inside the span, at least 0
 * @param end offset just past the span, at least {@code begin}
 */
public record Span(int begin, int end) implements Comparable<Span> {

  /**
   * Rejects {@code begin < 0} and {@code end < begin}, naming both values.
   *
   * @param begin the first offset, at least 0
   * @param end the offset past the last character, at least {@code begin}
   */
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "invalid span [" + begin + ", " + end + "): begin must be >= 0 and end >= begin");
    }
  }

  /** {@return the number of UTF-16 units the span covers} */
  public int length() {
    return end - begin;
  }

  /** {@return true when the span covers no character} */
  public boolean isEmpty() {
    return begin == end;
  }

  /**
   * {@return true when {@code other} lies inside this span (an equal span does)}
   *
   * @param other another span
   */
  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  /**
   * {@return true when the two spans share at least one character}
   *
   * @param other another span
   */
  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /**
   * {@return the characters of {@code text} that this span covers}
   *
   * @param text the text the span points into
   * @throws IndexOutOfBoundsException if the span ends past {@code text}
   */
  public String coveredText(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(
          "span [" + begin + ", " + end + ") ends past a text of length " + text.length());
    }
    return text.subSequence(begin, end).toString();
  }

  /** Orders spans by begin, then the longer span first, so an enclosing span precedes what it encloses. */
  @Override
  public int compareTo(Span other) {
    int c = Integer.compare(begin, other.begin);
    return c != 0 ? c : Integer.compare(other.end, end);
  }

  @Override
  public String toString() {
    return "[" + begin + ", " + end + ")";
  }
}

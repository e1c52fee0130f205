/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.text;

import java.util.Arrays;
import java.util.Objects;
import org.tawsim.core.Span;

/**
 * A text, its normalised view, and the alignment between the two.
 *
 * <p>Made by {@link ArabicNormalizer#normalize(String)}. Every character of the view comes from one
 * character of the original: the same one, a replacement (أ for ا), or one of several characters a
 * presentation form expands to (لا from ﻻ). Characters of the original that a step removes
 * (diacritics, tatweel, format characters) have no character in the view. The alignment is total:
 * every offset and every span of either text maps to the other.
 *
 * <ul>
 *   <li>{@link #toOriginalSpan} maps a view span to the smallest original span that holds the
 *       characters it came from, extended over the removed diacritics and tatweel that follow its
 *       last character (they belong to that letter), but not over removed format characters. A span
 *       that starts or ends inside an expansion widens to the whole source character.
 *   <li>{@link #toNormalizedSpan} maps an original span to the view characters whose source starts
 *       inside it; a span of removed characters maps to an empty span.
 * </ul>
 *
 * <p>For a non-empty view span {@code s} that does not split an expansion, {@code
 * toNormalizedSpan(toOriginalSpan(s))} equals {@code s}. Offsets are UTF-16 units. Instances are
 * immutable and thread-safe.
 */
public final class NormalizedText {

  private final String original;
  private final String normalized;
  /** Original offset of each view character (at least normalized.length() long); null: identity. */
  private final int[] sources;
  /** Lazily: original end offset of each view character, removed marks after it included. */
  private volatile int[] ends;

  NormalizedText(String original, String normalized, int[] sources) {
    this.original = original;
    this.normalized = normalized;
    this.sources = sources;
  }

  /** {@return the original text} */
  public String original() {
    return original;
  }

  /** {@return the normalised view; the same string as {@link #original()} when nothing changed} */
  public String normalized() {
    return normalized;
  }

  /** {@return true when no step changed the text} */
  public boolean isUnchanged() {
    return original == normalized;
  }

  /** {@return true when every offset maps to itself (characters may still have been replaced)} */
  public boolean hasIdentityAlignment() {
    return sources == null;
  }

  /**
   * {@return the original offset where a view span starting at {@code offset} starts: the offset of
   * the source of view character {@code offset}, or the original length for the view's length}
   *
   * @param offset an offset into the view
   * @throws IndexOutOfBoundsException when the offset is outside {@code [0, normalized().length()]}
   */
  public int toOriginalBegin(int offset) {
    Objects.checkIndex(offset, normalized.length() + 1);
    if (sources == null) {
      return offset;
    }
    return offset < normalized.length() ? sources[offset] : original.length();
  }

  /**
   * {@return the original offset where a non-empty view span ending at {@code offset} ends: past
   * the source of view character {@code offset - 1} and the removed diacritics and tatweel that
   * follow it; 0 for offset 0}
   *
   * @param offset an offset into the view
   * @throws IndexOutOfBoundsException when the offset is outside {@code [0, normalized().length()]}
   */
  public int toOriginalEnd(int offset) {
    Objects.checkIndex(offset, normalized.length() + 1);
    if (sources == null || offset == 0) {
      return offset;
    }
    return ends()[offset - 1];
  }

  /**
   * {@return the view offset of an original offset: the number of view characters whose source
   * starts before it}
   *
   * @param offset an offset into the original text
   * @throws IndexOutOfBoundsException when the offset is outside {@code [0, original().length()]}
   */
  public int toNormalizedOffset(int offset) {
    Objects.checkIndex(offset, original.length() + 1);
    if (sources == null) {
      return offset;
    }
    // first k with sources[k] >= offset; sources is non-decreasing over [0, m)
    int lo = 0;
    int hi = normalized.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sources[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * {@return the original span of the view span {@code [begin, end)} (see the class comment); an
   * empty view span maps to the empty span at {@link #toOriginalBegin(int) toOriginalBegin(begin)}}
   *
   * @param begin where the view span begins
   * @param end where the view span ends
   * @throws IndexOutOfBoundsException when the span is not inside the view
   */
  public Span toOriginalSpan(int begin, int end) {
    Objects.checkFromToIndex(begin, end, normalized.length());
    int b = toOriginalBegin(begin);
    return begin == end ? new Span(b, b) : new Span(b, toOriginalEnd(end));
  }

  /**
   * {@return the original span of a view span; see {@link #toOriginalSpan(int, int)}}
   *
   * @param span a span of the view
   */
  public Span toOriginalSpan(Span span) {
    return toOriginalSpan(span.begin(), span.end());
  }

  /**
   * {@return the view span of the original span {@code [begin, end)}: the view characters whose
   * source starts inside it}
   *
   * @param begin where the original span begins
   * @param end where the original span ends
   * @throws IndexOutOfBoundsException when the span is not inside the original
   */
  public Span toNormalizedSpan(int begin, int end) {
    Objects.checkFromToIndex(begin, end, original.length());
    return new Span(toNormalizedOffset(begin), toNormalizedOffset(end));
  }

  /**
   * {@return the view span of an original span; see {@link #toNormalizedSpan(int, int)}}
   *
   * @param span a span of the original text
   */
  public Span toNormalizedSpan(Span span) {
    return toNormalizedSpan(span.begin(), span.end());
  }

  private int[] ends() {
    int[] e = ends;
    if (e == null) {
      e = computeEnds();
      ends = e;
    }
    return e;
  }

  /**
   * Every changed character is one UTF-16 unit (all lie in the BMP), so a source ends one past its
   * start; the characters between two consecutive sources were all removed.
   */
  private int[] computeEnds() {
    int m = normalized.length();
    int[] e = new int[m];
    for (int k = 0; k < m; k++) {
      int s = sources[k];
      int limit = k + 1 < m ? sources[k + 1] : original.length();
      int end = s + 1;
      while (end < limit && !ArabicCharacters.isFormatCharacter(original.charAt(end))) {
        end++;
      }
      e[k] = Math.max(end, s + 1);
    }
    return e;
  }

  @Override
  public String toString() {
    return "NormalizedText[" + original.length() + " -> " + normalized.length() + " chars"
        + (sources == null ? ", identity alignment]" : "]");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NormalizedText t
        && original.equals(t.original)
        && normalized.equals(t.normalized)
        && Arrays.equals(alignment(), t.alignment());
  }

  @Override
  public int hashCode() {
    return 31 * original.hashCode() + normalized.hashCode();
  }

  private int[] alignment() {
    int[] a = new int[normalized.length()];
    for (int k = 0; k < a.length; k++) {
      a[k] = toOriginalBegin(k);
    }
    return a;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Converts offsets into one text between UTF-16 units (Java) and code points (Python, JSONL).
 *
 * <p>Inside Tawsim offsets count {@code char}s; every JSONL that leaves it counts code points, so
 * that Python's {@code text[start:end]} gets the same characters. The two differ only after a
 * supplementary character (an emoji, say), which takes two {@code char}s and one code point. An
 * instance records where those are, so each conversion costs a binary search, and nothing for a
 * text without them (all Arabic is in the Basic Multilingual Plane).
 *
 * <p>A lone surrogate counts as one code point, as Java's {@link String#codePointCount} counts it.
 * Instances are immutable and thread-safe.
 */
public final class CodePointOffsets {

  /** UTF-16 offsets of the high surrogate of each surrogate pair, ascending. */
  private final int[] pairs;

  private final int length;

  private static final int[] NO_PAIRS = new int[0];

  private CodePointOffsets(int[] pairs, int length) {
    this.pairs = pairs;
    this.length = length;
  }

  /**
   * {@return the converter for this text}
   *
   * @param text the text whose offsets are converted
   */
  public static CodePointOffsets of(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return scan(text, text.length());
  }

  private static CodePointOffsets scan(CharSequence text, int n) {
    if (text instanceof String s && s.codePointCount(0, n) == n) {
      // no pair at all, the common case: one pass of the JDK's own loop over the string's array,
      // where the one below pays a charAt call per character in code the JIT has not optimised
      return new CodePointOffsets(NO_PAIRS, n);
    }
    int count = 0;
    int[] found = new int[0];
    for (int i = 0; i + 1 < n; i++) {
      if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, Math.max(8, count * 2));
        }
        found[count++] = i;
        i++;
      }
    }
    return new CodePointOffsets(Arrays.copyOf(found, count), n);
  }

  /** {@return true when the two units agree everywhere: the text has no surrogate pair} */
  public boolean isIdentity() {
    return pairs.length == 0;
  }

  /** {@return the text's length in code points} */
  public int codePointLength() {
    return length - pairs.length;
  }

  /**
   * {@return the code-point offset of a UTF-16 offset}
   *
   * @param utf16 an offset in UTF-16 units
   * @throws IndexOutOfBoundsException when the offset is outside {@code [0, length]}
   * @throws IllegalArgumentException when the offset falls between the two halves of a surrogate
   *     pair, where no code-point offset exists
   */
  public int toCodePoint(int utf16) {
    if (utf16 < 0 || utf16 > length) {
      throw new IndexOutOfBoundsException(
          "UTF-16 offset " + utf16 + " outside a text of " + length + " units");
    }
    if (pairs.length == 0) {
      // the common case, the same offset: writers convert two offsets per token, and a binary
      // search over no pair still cost a call per offset in the launcher's C1 code
      return utf16;
    }
    // number of pairs whose high surrogate lies before utf16
    int k = Arrays.binarySearch(pairs, utf16);
    if (k >= 0) {
      return utf16 - k;
    }
    int before = -k - 1;
    if (before > 0 && pairs[before - 1] == utf16 - 1) {
      throw new IllegalArgumentException(
          "UTF-16 offset " + utf16 + " splits the surrogate pair at " + (utf16 - 1));
    }
    return utf16 - before;
  }

  /**
   * {@return the UTF-16 offset of a code-point offset}
   *
   * @param codePoint an offset in code points
   * @throws IndexOutOfBoundsException when the offset is outside {@code [0, codePointLength()]}
   */
  public int toUtf16(int codePoint) {
    if (codePoint < 0 || codePoint > codePointLength()) {
      throw new IndexOutOfBoundsException(
          "code-point offset " + codePoint + " outside a text of " + codePointLength() + " code points");
    }
    // pair j starts at code point pairs[j] - j; count the pairs that start before codePoint
    int lo = 0;
    int hi = pairs.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairs[mid] - mid < codePoint) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return codePoint + lo;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import java.util.Arrays;

/**
 * The closed quotations of one line, as a union of intervals, for asking whether a position lies
 * inside one.
 *
 * <p>A straight double quote is an opener when whitespace (or an opening mark, or the line start)
 * precedes it and none follows, a closer in the opposite case, and otherwise closes an open
 * quotation or opens one. An opener while a quotation is open leaves that one unclosed; a closer
 * with none open is a stray mark. Judging each mark by its neighbours keeps one unbalanced mark
 * from pairing every later quotation of a long line the wrong way round. Guillemets ({@code « »}) and curly quotes ({@code “ ”}, with
 * {@code „} as an opener) pair as brackets do, each kind on its own stack; an opener never closed
 * and a closer never opened are ignored. An unclosed quotation blocks nothing, so a stray mark
 * cannot swallow the rest of a line. Work and memory are linear in the line. Not thread-safe; one
 * instance serves one line.
 */
final class QuoteRegions {

  /** Interval i is (begins[i], ends[i]]: after the opening mark, up to and with the closing mark. */
  private int[] begins = new int[8];

  private int[] ends = new int[8];
  private int count;
  private int cursor;

  private QuoteRegions() {}

  /** Returns the closed quotations of {@code text[from, to)}. */
  static QuoteRegions of(String text, int from, int to) {
    QuoteRegions q = new QuoteRegions();
    int straightOpen = -1;
    int[] guillemets = new int[4];
    int g = 0;
    int[] curly = new int[4];
    int c = 0;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch == Marks.QUOTE) {
        boolean spaceBefore = i == from || isSpaceOrOpener(text.charAt(i - 1));
        boolean spaceAfter = i + 1 == to || isSpaceOrPunctuation(text.charAt(i + 1));
        if (spaceBefore && !spaceAfter) {
          straightOpen = i; // an opener; one still open was never closed
        } else if (!spaceBefore && spaceAfter) {
          if (straightOpen >= 0) {
            q.add(straightOpen, i);
          }
          straightOpen = -1; // a closer; without an opener it is a stray mark
        } else if (straightOpen < 0) {
          straightOpen = i;
        } else {
          q.add(straightOpen, i);
          straightOpen = -1;
        }
      } else if (ch == Marks.LEFT_GUILLEMET) {
        guillemets = push(guillemets, g++, i);
      } else if (ch == Marks.RIGHT_GUILLEMET && g > 0) {
        q.add(guillemets[--g], i);
      } else if (ch == Marks.LEFT_DOUBLE || ch == Marks.LOW_DOUBLE) {
        curly = push(curly, c++, i);
      } else if (ch == Marks.RIGHT_DOUBLE && c > 0) {
        q.add(curly[--c], i);
      }
    }
    q.merge();
    return q;
  }

  private static boolean isSpaceOrOpener(char c) {
    return Marks.isWhitespace(c) || c == '(' || c == '[' || c == Marks.LEFT_GUILLEMET;
  }

  private static boolean isSpaceOrPunctuation(char c) {
    if (Marks.isWhitespace(c) || Marks.isEnd(c) || Marks.isCloser(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION;
  }

  private static int[] push(int[] stack, int size, int value) {
    int[] s = size == stack.length ? Arrays.copyOf(stack, size * 2) : stack;
    s[size] = value;
    return s;
  }

  private void add(int open, int close) {
    if (count == begins.length) {
      begins = Arrays.copyOf(begins, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    begins[count] = open;
    ends[count] = close;
    count++;
  }

  /** Sorts by opening mark and merges overlapping intervals, so that they are disjoint. */
  private void merge() {
    if (count < 2) {
      return;
    }
    long[] packed = new long[count];
    for (int i = 0; i < count; i++) {
      packed[i] = ((long) begins[i] << 32) | (ends[i] & 0xFFFFFFFFL);
    }
    Arrays.sort(packed);
    int n = 0;
    for (long p : packed) {
      int b = (int) (p >>> 32);
      int e = (int) p;
      if (n > 0 && b < ends[n - 1]) {
        ends[n - 1] = Math.max(ends[n - 1], e);
      } else {
        begins[n] = b;
        ends[n] = e;
        n++;
      }
    }
    count = n;
  }

  /**
   * Returns true when a sentence ending just before {@code position} would end inside a closed
   * quotation: an opening mark lies before the position and its closing mark at or after it.
   * Positions must be asked in ascending order.
   */
  boolean blocks(int position) {
    while (cursor < count && ends[cursor] < position) {
      cursor++;
    }
    return cursor < count && begins[cursor] < position;
  }

  /** Returns true when the line has no closed quotation. */
  boolean isEmpty() {
    return count == 0;
  }
}

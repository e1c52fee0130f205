/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tawsim.core.text.ArabicCharacters;

/**
 * Pairs the quotation marks of a text into quoted segments: a pure function of the text.
 *
 * <p>The rules, applied to each mark of {@link QuoteMark} from left to right in logical order:
 *
 * <ul>
 *   <li>A mark <em>can open</em> when a non-space character that is not closing punctuation
 *       follows it in its paragraph, and <em>can close</em> when a non-space character precedes
 *       it. Spaces include the invisible direction marks (U+200E, U+200F, U+061C).
 *   <li>An opening mark ({@code « “ „ ‹}) opens, unless it can only close and something is open:
 *       then it closes the innermost open segment ({@code “الديزل“}).
 *   <li>A closing mark ({@code » ” › ″}) closes the innermost open segment when it can close, or
 *       when it stands alone between spaces; a closing mark that can only open opens (reversed
 *       pairs such as {@code »العربية»} and {@code ”الديزل”}); one standing alone with nothing open
 *       opens when the next mark of its paragraph is the same mark and can close ({@code واستطرد: ”
 *       لاحظوا ...”}).
 *   <li>A straight mark {@code "} closes the innermost straight segment open, unless it can only
 *       open; otherwise it opens. One standing alone opens ({@code عواصم " وكالات"}). One that can
 *       only close with nothing open opens when the next mark of its paragraph is a straight one
 *       that can only close: the translation put the space on the wrong side ({@code وقال" إننا
 *       هنا".}).
 *   <li>A segment still open at the end of its paragraph (a line break or the end of the text) is
 *       unclosed and runs to the last non-space character of the paragraph; one still open when an
 *       enclosing straight segment closes ends there, unclosed too.
 *   <li>An unclosed straight segment that holds a closed one was opened by a stray mark: a
 *       translation opened the quotation twice ({@code "وقال ترامب "من السهل ..."}). Its mark is
 *       a stray and the segments inside it move up a level.
 *   <li>Any mark that pairs with nothing is a {@link Pairing.Stray}, never an exception.
 * </ul>
 *
 * <p>Mixed pairs are accepted: any closing mark closes whatever segment is innermost. Nesting is
 * followed to {@link #MAX_DEPTH} levels; deeper opening marks are strays, so that pathological input
 * (a hundred thousand {@code «} in a row) costs linear time and yields a bounded number of
 * segments per paragraph. The pairer runs in time linear in the text length and is thread-safe.
 *
 * <pre>{@code
 * Pairing p = QuotePairer.pair("قال «نعم» ثم»");
 * p.segments(); // one segment [4, 9)
 * p.strays();   // the last », NOTHING_OPEN
 * }</pre>
 */
public final class QuotePairer {

  /** How deep segments may nest; deeper opening marks are reported as strays. */
  public static final int MAX_DEPTH = 16;

  /** Marks and paragraph breaks, the only characters the pairing loop stops at. */
  private static final boolean[] INTERESTING = new boolean[0x2040];

  static {
    for (char c = 0; c < INTERESTING.length; c++) {
      INTERESTING[c] = QuoteMark.isMark(c) || isParagraphBreak(c);
    }
  }

  private QuotePairer() {}

  /**
   * Pairs the marks of a text.
   *
   * @param text the text
   * @return the segments the marks enclose and the marks that pair with nothing
   */
  public static Pairing pair(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    return pair(s, s.toCharArray());
  }

  /**
   * Pairs the marks of a text whose characters {@code chars} holds from 0: the pass over every
   * character reads the array, which costs less than {@link String#charAt} (an index and a coder
   * check at each call, which the launcher's C1 compiler keeps in the loop).
   */
  static Pairing pair(String text, char[] chars) {
    return new Run(text, chars).pairAll();
  }

  /** Returns true for a paragraph break: a line break or a paragraph separator. */
  /**
   * Returns the end of the run of spaces of {@code text} from {@code from} within its line, not
   * after {@code limit}: the first character that is no space or is a paragraph break.
   */
  static int spacesEnd(String text, int from, int limit) {
    int i = from;
    while (i < limit && isSpace(text.charAt(i)) && !isParagraphBreak(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isParagraphBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028' || c == '\u0085';
  }

  /**
   * Returns true when the character at {@code i} ends a sentence: . ! ? ؟ or … followed by white
   * space, a paragraph break or the end of the text.
   */
  static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c != '.' && c != '!' && c != '?' && c != ArabicCharacters.ARABIC_QUESTION_MARK && c != '\u2026') {
      return false;
    }
    if (i + 1 >= text.length()) {
      return true;
    }
    char next = text.charAt(i + 1);
    return isSpace(next) || isParagraphBreak(next);
  }

  /** Returns true for white space and the invisible marks that sit between words. */
  static boolean isSpace(char c) {
    return c <= ' '
        || c == '\u00A0'
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C'
        || c == '\uFEFF'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  private static boolean isClosingPunctuation(char c) {
    switch (c) {
      case '\u060C': // Arabic comma
      case '\u061B': // Arabic semicolon
      case '\u061F': // Arabic question mark
      case ',':
      case '.':
      case ':':
      case ';':
      case '!':
      case '?':
      case ')':
      case ']':
      case '}':
      case '\u2026':
        return true;
      default:
        return false;
    }
  }

  private static boolean isOpeningBracket(char c) {
    return c == '(' || c == '[' || c == '{';
  }

  /** The state of one pairing pass; not shared. */
  private static final class Run {
    private final String text;
    private final char[] chars;
    private final int n;
    // segments, in order of their opening marks
    private int[] segOpen = new int[16];
    private int[] segClose = new int[16];
    private int[] segEnd = new int[16];
    private int[] segDepth = new int[16];
    private int segCount;
    // open segments, innermost last: indexes into the segment arrays
    private final int[] stack = new int[MAX_DEPTH];
    private int depth;
    private int straightOpen;
    private final List<Pairing.Stray> strays = new ArrayList<>();

    Run(String text, char[] chars) {
      this.text = text;
      this.chars = chars;
      this.n = text.length();
    }

    Pairing pairAll() {
      int paragraphStart = 0;
      char[] chars = this.chars;
      for (int i = 0; i < n; i++) {
        char c = chars[i];
        if (c >= INTERESTING.length || !INTERESTING[c]) {
          continue; // most characters are neither marks nor breaks: one table lookup
        }
        if (isParagraphBreak(c)) {
          closeParagraph(i);
          paragraphStart = i + 1;
        } else if (QuoteMark.isMark(c)) {
          mark(i, QuoteMark.of(c), paragraphStart);
        }
      }
      closeParagraph(n);
      int[] lift = liftReopened();
      List<Pairing.Segment> segments = new ArrayList<>(segCount);
      for (int s = 0; s < segCount; s++) {
        if (lift[s] >= 0) {
          segments.add(segment(s, segDepth[s] - lift[s]));
        }
      }
      return new Pairing(segments, strays);
    }

    /**
     * Drops each unclosed straight segment that holds a closed one (its mark is a stray, {@link
     * Pairing.Reason#REOPENED}) and returns, for each segment, how many levels it moves up, or -1
     * for a dropped one: "وقال ترامب "من السهل ..." → the first mark is a stray.
     */
    private int[] liftReopened() {
      int[] lift = new int[segCount];
      boolean any = false;
      for (int s = 0; s < segCount; s++) {
        if (lift[s] < 0 || segClose[s] >= 0
            || text.charAt(segOpen[s]) != QuoteMark.STRAIGHT.character()) {
          continue;
        }
        boolean closedInside = false;
        for (int t = s + 1; t < segCount && segOpen[t] < segEnd[s]; t++) {
          closedInside |= segClose[t] >= 0;
        }
        if (!closedInside) {
          continue;
        }
        lift[s] = -1;
        any = true;
        strays.add(new Pairing.Stray(segOpen[s], QuoteMark.STRAIGHT, Pairing.Reason.REOPENED));
        for (int t = s + 1; t < segCount && segOpen[t] < segEnd[s]; t++) {
          if (lift[t] >= 0) {
            lift[t]++;
          }
        }
      }
      if (any) {
        strays.sort(Comparator.comparingInt(Pairing.Stray::offset));
      }
      return lift;
    }

    private Pairing.Segment segment(int s, int depth) {
      int open = segOpen[s];
      int close = segClose[s];
      int end = segEnd[s];
      int contentLimit = close >= 0 ? close : end;
      int b = open + 1;
      int e = contentLimit;
      while (b < e && isSpace(text.charAt(b))) {
        b++;
      }
      while (e > b && isSpace(text.charAt(e - 1))) {
        e--;
      }
      return new Pairing.Segment(open, close, end, b, e, depth);
    }

    private void mark(int i, QuoteMark mark, int paragraphStart) {
      boolean canOpen = canOpen(i);
      boolean canClose = canClose(i, paragraphStart);
      switch (mark.role()) {
        case OPENS:
          if (!canOpen && canClose && depth > 0) {
            closeInnermost(i);
          } else {
            open(i, mark, canOpen);
          }
          break;
        case CLOSES:
          if (canClose || !canOpen) {
            if (depth > 0) {
              closeInnermost(i);
            } else if (!canClose && nextMarkCloses(i, paragraphStart, mark)) {
              open(i, mark, true); // واستطرد: ” لاحظوا ...”: a right mark alone opens its pair
            } else {
              strays.add(new Pairing.Stray(i, mark, Pairing.Reason.NOTHING_OPEN));
            }
          } else {
            open(i, mark, true);
          }
          break;
        default:
          if (straightOpen > 0 && (canClose || !canOpen)) {
            closeStraight(i);
          } else if (canOpen || !canClose) {
            open(i, mark, canOpen);
          } else if (depth > 0) {
            closeInnermost(i); // a mixed pair: «...", “..."
          } else if (nextMarkOnlyCloses(i, paragraphStart)) {
            open(i, mark, true); // وقال" إننا ...": the space on the wrong side of the opener
          } else {
            strays.add(new Pairing.Stray(i, mark, Pairing.Reason.NOTHING_OPEN));
          }
      }
    }

    /**
     * Returns true when the next mark in the paragraph after {@code i} is a straight one that can
     * close and not open: then {@code i}, which could only close, opens their pair instead. The
     * scan stops at the next mark or break, so each stretch of text is read once.
     */
    private boolean nextMarkOnlyCloses(int i, int paragraphStart) {
      for (int j = i + 1; j < n; j++) {
        char c = text.charAt(j);
        if (isParagraphBreak(c)) {
          return false;
        }
        if (QuoteMark.isMark(c)) {
          return c == QuoteMark.STRAIGHT.character() && canClose(j, paragraphStart) && !canOpen(j);
        }
      }
      return false;
    }

    /**
     * Returns true when the next mark in the paragraph after {@code i} is the same closing mark and
     * can close: then {@code i}, a closing mark standing alone with nothing open, opens their pair
     * (a right mark used as an opener, the space on its wrong side).
     */
    private boolean nextMarkCloses(int i, int paragraphStart, QuoteMark mark) {
      for (int j = i + 1; j < n; j++) {
        char c = text.charAt(j);
        if (isParagraphBreak(c)) {
          return false;
        }
        if (QuoteMark.isMark(c)) {
          return c == text.charAt(i) && canClose(j, paragraphStart);
        }
      }
      return false;
    }

    private boolean canOpen(int i) {
      if (i + 1 >= n) {
        return false;
      }
      char next = text.charAt(i + 1);
      return !isSpace(next) && !isParagraphBreak(next) && !isClosingPunctuation(next);
    }

    private boolean canClose(int i, int paragraphStart) {
      if (i <= paragraphStart) {
        return false;
      }
      char prev = text.charAt(i - 1);
      return !isSpace(prev) && !isOpeningBracket(prev);
    }

    /**
     * Opens a segment; a mark that cannot open ({@code canOpen} false) and has only spaces after it
     * in its paragraph quotes nothing and is a stray.
     */
    private void open(int i, QuoteMark mark, boolean canOpen) {
      if (!canOpen && nothingFollows(i)) {
        strays.add(new Pairing.Stray(i, mark, Pairing.Reason.NOTHING_AFTER));
        return;
      }
      if (depth == MAX_DEPTH) {
        strays.add(new Pairing.Stray(i, mark, Pairing.Reason.TOO_DEEP));
        return;
      }
      if (segCount == segOpen.length) {
        int size = segCount * 2;
        segOpen = Arrays.copyOf(segOpen, size);
        segClose = Arrays.copyOf(segClose, size);
        segEnd = Arrays.copyOf(segEnd, size);
        segDepth = Arrays.copyOf(segDepth, size);
      }
      segOpen[segCount] = i;
      segClose[segCount] = -1;
      segEnd[segCount] = -1;
      segDepth[segCount] = depth;
      stack[depth++] = segCount++;
      if (mark == QuoteMark.STRAIGHT) {
        straightOpen++;
      }
    }

    /** Returns true when only spaces lie between the mark and the end of its paragraph. */
    private boolean nothingFollows(int i) {
      // bounded: a long run of spaces is scanned once per mark at most up to the next non-space
      for (int j = i + 1; j < n; j++) {
        char c = text.charAt(j);
        if (isParagraphBreak(c)) {
          return true;
        }
        if (!isSpace(c)) {
          return false;
        }
      }
      return true;
    }

    private void closeInnermost(int i) {
      int s = stack[--depth];
      if (text.charAt(segOpen[s]) == QuoteMark.STRAIGHT.character()) {
        straightOpen--;
      }
      segClose[s] = i;
      segEnd[s] = i + 1;
    }

    /** Closes the innermost straight segment; segments open inside it end there, unclosed. */
    private void closeStraight(int i) {
      while (depth > 0) {
        int s = stack[depth - 1];
        if (text.charAt(segOpen[s]) == QuoteMark.STRAIGHT.character()) {
          closeInnermost(i);
          return;
        }
        depth--;
        segEnd[s] = trimEnd(segOpen[s] + 1, i);
      }
    }

    private void closeParagraph(int paragraphEnd) {
      if (depth == 0) {
        return;
      }
      // one trim for all: the segments share the paragraph's end
      int end = trimEnd(segOpen[stack[0]] + 1, paragraphEnd);
      while (depth > 0) {
        int s = stack[--depth];
        segEnd[s] = Math.max(segOpen[s] + 1, end);
      }
      straightOpen = 0;
    }

    /** Returns the offset past the last non-space character in [from, to), at least from. */
    private int trimEnd(int from, int to) {
      int e = to;
      while (e > from && isSpace(text.charAt(e - 1))) {
        e--;
      }
      return e;
    }
  }
}

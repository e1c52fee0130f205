/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Turns overlapping annotations over one text into properly nested HTML elements.
 *
 * <p>HTML elements nest; annotations need not: an entity may cross a sentence boundary, a sentence
 * may start inside a quotation. Marks are opened in order of begin, the longer first, then the
 * lower {@linkplain Mark#rank() rank} first (zones outside sentences outside quotations outside
 * speakers and cues outside entities). When a mark ends while marks opened after it are still open,
 * those are closed and reopened after it: they are <em>split</em> into fragments, as brat and
 * displaCy split their spans. A fragment that is continued carries the class {@code split}, one that
 * continues a previous one the class {@code cont}, so the page draws a label once per mark.
 *
 * <p>The text between boundaries is written escaped, in order and entirely: the concatenated text
 * of the element is the input text (bar the replacements of {@link HtmlEscaper}). No whitespace is
 * added. Offsets are UTF-16 units; a boundary inside a surrogate pair is moved outward to keep the
 * character whole.
 */
final class Markup {

  /**
   * One annotation to draw as a {@code <span>}.
   *
   * @param begin first offset
   * @param end offset past the end
   * @param rank nesting priority at equal spans: lower is outer
   * @param classes the value of the class attribute, escaped
   * @param attributes further attributes for every fragment, escaped, each starting with a space
   * @param firstAttributes attributes for the first fragment only (such as an {@code id})
   */
  record Mark(
      int begin, int end, int rank, String classes, String attributes, String firstAttributes) {
    Mark {
      Objects.requireNonNull(classes, "classes");
      Objects.requireNonNull(attributes, "attributes");
      Objects.requireNonNull(firstAttributes, "firstAttributes");
      if (begin < 0 || end < begin) {
        throw new IllegalArgumentException("invalid mark [" + begin + ", " + end + ")");
      }
    }
  }

  private static final Comparator<Mark> ORDER =
      Comparator.comparingInt(Mark::begin)
          .thenComparing(Comparator.comparingInt(Mark::end).reversed())
          .thenComparingInt(Mark::rank);

  private Markup() {}

  /** What a walk over the marks reports, in document order. */
  private interface Visitor {
    void open(int mark, int fragment);

    void close(int mark);

    void text(int begin, int end);
  }

  /**
   * Appends {@code text} with the marks as nested spans.
   *
   * @param marks in any order; ties keep the order given
   * @throws IllegalArgumentException when a mark ends past the text
   */
  static void render(StringBuilder out, String text, List<Mark> marks) {
    List<Mark> sorted = new ArrayList<>(marks.size());
    for (Mark m : marks) {
      if (m.end() > text.length()) {
        throw new IllegalArgumentException(
            "mark [" + m.begin() + ", " + m.end() + ") ends past a text of length " + text.length());
      }
      sorted.add(widenToCodePoints(text, m));
    }
    sorted.sort(ORDER);
    int[] fragments = new int[sorted.size()];
    walk(sorted, text.length(), new Visitor() {
      @Override
      public void open(int mark, int fragment) {
        fragments[mark] = fragment + 1;
      }

      @Override
      public void close(int mark) {}

      @Override
      public void text(int begin, int end) {}
    });
    walk(sorted, text.length(), new Visitor() {
      @Override
      public void open(int mark, int fragment) {
        Mark m = sorted.get(mark);
        out.append("<span class=\"").append(m.classes());
        if (fragment > 0) {
          out.append(" cont");
        }
        if (fragment < fragments[mark] - 1) {
          out.append(" split");
        }
        out.append('"').append(m.attributes());
        if (fragment == 0) {
          out.append(m.firstAttributes());
        }
        out.append('>');
      }

      @Override
      public void close(int mark) {
        out.append("</span>");
      }

      @Override
      public void text(int begin, int end) {
        HtmlEscaper.escape(out, text, begin, end);
      }
    });
  }

  /**
   * Moves a boundary that falls between the two halves of a surrogate pair outward, so an emoji is
   * never cut in two (each half would show as U+FFFD). Native JSONL cannot express such a span, but
   * a document built through the API can.
   */
  private static Mark widenToCodePoints(String text, Mark m) {
    int begin = insidePair(text, m.begin()) ? m.begin() - 1 : m.begin();
    int end = insidePair(text, m.end()) ? m.end() + 1 : m.end();
    if (begin == m.begin() && end == m.end()) {
      return m;
    }
    return new Mark(begin, end, m.rank(), m.classes(), m.attributes(), m.firstAttributes());
  }

  private static boolean insidePair(String text, int offset) {
    return offset > 0
        && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset));
  }

  private static void walk(List<Mark> marks, int length, Visitor v) {
    int n = marks.size();
    int[] bounds = new int[2 * n + 2];
    for (int i = 0; i < n; i++) {
      bounds[2 * i] = marks.get(i).begin();
      bounds[2 * i + 1] = marks.get(i).end();
    }
    bounds[2 * n] = 0;
    bounds[2 * n + 1] = length;
    Arrays.sort(bounds);
    int[] stack = new int[n];
    int depth = 0;
    int[] fragment = new int[n];
    int[] reopen = new int[n];
    int next = 0;
    for (int b = 0; b < bounds.length; b++) {
      int p = bounds[b];
      if (b > 0 && p == bounds[b - 1]) {
        continue;
      }
      int lowest = -1;
      for (int s = 0; s < depth; s++) {
        if (marks.get(stack[s]).end() == p) {
          lowest = s;
          break;
        }
      }
      if (lowest >= 0) {
        int reopened = 0;
        while (depth > lowest) {
          int m = stack[--depth];
          v.close(m);
          if (marks.get(m).end() > p) {
            reopen[reopened++] = m;
          }
        }
        for (int r = reopened - 1; r >= 0; r--) {
          int m = reopen[r];
          stack[depth++] = m;
          v.open(m, fragment[m]++);
        }
      }
      while (next < n && marks.get(next).begin() == p) {
        Mark m = marks.get(next);
        v.open(next, fragment[next]++);
        if (m.end() == p) {
          v.close(next);
        } else {
          stack[depth++] = next;
        }
        next++;
      }
      int following = nextBound(bounds, b);
      if (p < length && following > p) {
        v.text(p, following);
      }
    }
    while (depth > 0) {
      v.close(stack[--depth]);
    }
  }

  private static int nextBound(int[] bounds, int b) {
    for (int i = b + 1; i < bounds.length; i++) {
      if (bounds[i] != bounds[b]) {
        return bounds[i];
      }
    }
    return bounds[b];
  }
}

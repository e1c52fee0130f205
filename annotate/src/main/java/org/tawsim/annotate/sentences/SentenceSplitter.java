/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tawsim.annotate.zones.Datelines;
import org.tawsim.core.Span;

/**
 * Splits a text into sentences: line structure first, then a statistical detector inside each
 * line, then rules that override it.
 *
 * <p>The rules, in the order they apply:
 *
 * <ol>
 *   <li>A line break always ends a sentence, so headings, datelines, bylines, list items and
 *       source lines are sentences of their own. Empty lines end nothing more.
 *   <li>Inside a line, a sentence can end only after an end mark ({@code . ! ? ؟ … ۔}) or a run of
 *       them, taking the closing quotation marks and brackets that follow at once, and only where
 *       whitespace or the end of the line follows: {@code 2025..وخبير} and {@code 3.5} hold no end.
 *   <li>No end after an abbreviation or initials ({@code د.}, {@code أ.د.}, {@code أحمد ز.}), nor
 *       after a number that opens a sentence (a list item's {@code 1.}, also inside a line).
 *   <li>No end inside a closed quotation (see {@link QuoteRegions}); an unclosed one blocks nothing.
 *       With {@link QuotationRule#SPLIT} this rule is off.
 *   <li>A run of end marks ({@code ..}, {@code ...}, {@code ؟!}) or a mark other than the full stop
 *       ends the sentence; a single full stop ends it when the detector says so.
 *   <li>A dateline starts a sentence when a title is run into it, as where a page's lines were
 *       joined by spaces: {@code انفجار في مرفأ المدينة القاهرة ــ قال مسؤولون...} is the title
 *       {@code انفجار في مرفأ المدينة} and a sentence opening with {@code القاهرة ــ}. The sentence
 *       that rules 1 to 5 give must open with a short run of words without an end mark (the
 *       title), followed by a dateline that opens with a known place; {@link Datelines#afterTitle}
 *       is the definition, the same that the zone tagger marks datelines by. A place and a dash
 *       inside a sentence (a route, a score, an apposition) start nothing.
 * </ol>
 *
 * <p>The detector sees one line at a time. A token longer than {@value #LONG_TOKEN} characters
 * reaches it with its inner end marks replaced by {@code _}: OpenNLP scans a token from every end
 * mark inside it, which is quadratic in the token's length, and such a token (a long URL, a wall of
 * dots) holds no end but its last anyway. Everything else is linear in the text.
 *
 * <p>Spans are trimmed of whitespace and cover every non-whitespace character exactly once, in
 * UTF-16 offsets. Not thread-safe when the detector is not.
 */
final class SentenceSplitter {

  /** Tokens longer than this reach the detector with their inner end marks masked. */
  static final int LONG_TOKEN = 64;

  private static final char MASK = '_';

  /** Decides inside one line where OpenNLP would end sentences. */
  @FunctionalInterface
  interface LineDetector {
    /**
     * Returns whether OpenNLP's {@code sentPosDetect} ends a sentence other than the line's last at
     * {@code stop}, the end of a token of the line.
     */
    boolean endsAt(String line, int stop);
  }

  private final LineDetector detector;
  private final Abbreviations abbreviations;
  private final QuotationRule quotations;
  private final Datelines datelines;

  SentenceSplitter(
      LineDetector detector,
      Abbreviations abbreviations,
      QuotationRule quotations,
      Datelines datelines) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
    this.quotations = Objects.requireNonNull(quotations, "quotations");
    this.datelines = Objects.requireNonNull(datelines, "datelines");
  }

  /** Returns the sentences of {@code text}, in order. */
  List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = lineStart;
      while (lineEnd < n && !Marks.isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      splitLine(text, lineStart, lineEnd, out);
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private void splitLine(String text, int from, int to, List<Span> out) {
    int begin = skipSpace(text, from, to);
    int end = trimEnd(text, begin, to);
    if (begin == end) {
      return;
    }
    Candidates candidates = candidates(text, begin, end);
    int dash = Datelines.nextDash(text, begin, end);
    if (candidates.size == 0) {
      add(text, begin, end, dash < end, out);
      return;
    }
    // the line as the detector sees it, asked only about the candidates no rule decides
    String line = candidates.needsDetector ? masked(text, begin, end) : null;
    int sentenceStart = begin;
    int firstWord = -1; // where the current sentence's first word starts, computed when needed
    for (int k = 0; k < candidates.size; k++) {
      int stop = candidates.stops[k];
      if (candidates.enumerators[k] >= 0) {
        if (firstWord < 0) {
          firstWord = firstWordStart(text, sentenceStart, end);
        }
        if (candidates.enumerators[k] == firstWord) {
          continue; // rule 3: "1." or "(2." opening a sentence numbers a list item
        }
      }
      boolean accept = candidates.forced[k] || detector.endsAt(line, stop - begin);
      if (accept) {
        add(text, sentenceStart, stop, dash < stop, out);
        if (dash < stop) {
          dash = Datelines.nextDash(text, stop, end);
        }
        sentenceStart = skipSpace(text, stop, end);
        firstWord = -1;
      }
    }
    if (sentenceStart < end) {
      add(text, sentenceStart, end, dash < end, out);
    }
  }

  /**
   * Adds the sentence {@code [begin, end)}, or a title and the sentence its dateline opens (rule
   * 6). A sentence without a dash ({@code hasDash} false) holds no dateline: the caller scans the
   * line for dashes once ({@link Datelines#nextDash}), not each sentence.
   */
  private void add(String text, int begin, int end, boolean hasDash, List<Span> out) {
    int dateline = hasDash ? datelines.afterTitle(text, begin, end) : -1;
    if (dateline > begin) {
      out.add(new Span(begin, trimEnd(text, begin, dateline)));
      begin = dateline;
    }
    out.add(new Span(begin, end));
  }

  /** Where sentences may end in a line, after rules 2 to 5; each is forced or left to the detector. */
  private static final class Candidates {
    int[] stops = new int[8];
    boolean[] forced = new boolean[8];
    /** Where the number before a single full stop starts, or -1: a list number if it opens a sentence. */
    int[] enumerators = new int[8];
    int size;
    boolean needsDetector;

    void add(int stop, boolean force, int enumerator) {
      if (size == stops.length) {
        stops = java.util.Arrays.copyOf(stops, size * 2);
        forced = java.util.Arrays.copyOf(forced, size * 2);
        enumerators = java.util.Arrays.copyOf(enumerators, size * 2);
      }
      stops[size] = stop;
      forced[size] = force;
      enumerators[size] = enumerator;
      size++;
      needsDetector |= !force;
    }
  }

  private Candidates candidates(String text, int begin, int end) {
    Candidates c = new Candidates();
    QuoteRegions quotes = null;
    int i = begin;
    while (i < end) {
      char ch = text.charAt(i);
      if (!Marks.isEnd(ch)) {
        i++;
        continue;
      }
      int runStart = i;
      int marks = 0;
      boolean onlyFullStops = true;
      int j = i;
      while (j < end && (Marks.isEnd(text.charAt(j)) || Marks.isCloser(text.charAt(j)))) {
        char m = text.charAt(j);
        if (Marks.isEnd(m)) {
          marks++;
          onlyFullStops &= m == Marks.FULL_STOP;
        }
        j++;
      }
      i = j;
      if (j == end || !Marks.isWhitespace(text.charAt(j))) {
        continue; // rule 2: no whitespace follows (or the line ends, which ends it anyway)
      }
      int wordStart = wordStart(text, begin, runStart);
      int enumerator = -1;
      if (marks == 1 && onlyFullStops) {
        if (abbreviations.isAbbreviation(text, wordStart, runStart)) {
          continue; // rule 3
        }
        if (isNumber(text, wordStart, runStart)) {
          enumerator = wordStart; // rule 3, decided once the sentence's start is known
        }
      }
      if (quotations == QuotationRule.KEEP_WHOLE && quotes == null) {
        quotes = QuoteRegions.of(text, begin, end);
      }
      if (quotes != null && quotes.blocks(j)) {
        continue; // rule 4
      }
      c.add(j, marks > 1 || !onlyFullStops, enumerator); // rule 5
    }
    return c;
  }

  /** Returns where the word ending at {@code stop} starts, past opening brackets and quotes. */
  private static int wordStart(String text, int lineBegin, int stop) {
    int i = stop;
    while (i > lineBegin && !Marks.isWhitespace(text.charAt(i - 1))) {
      i--;
      if (stop - i > LONG_TOKEN) {
        return stop; // a long token is no abbreviation; do not scan it
      }
    }
    while (i < stop && Marks.isOpener(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int firstWordStart(String text, int sentenceBegin, int limit) {
    int i = sentenceBegin;
    while (i < limit && Marks.isOpener(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isNumber(String text, int from, int to) {
    if (from == to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the line, with the inner end marks of long tokens masked (see the class comment).
   *
   * <p>Only an end mark followed by a non-whitespace character is an inner mark, so the scan looks
   * at the neighbourhood of those alone, never further than {@value #LONG_TOKEN} characters, and
   * skips a long token once masked: linear, and a single pass over a line without inner marks.
   */
  static String masked(String text, int begin, int end) {
    char[] chars = null;
    int i = begin;
    while (i < end - 1) {
      if (!Marks.isEnd(text.charAt(i)) || Marks.isWhitespace(text.charAt(i + 1))) {
        i++;
        continue;
      }
      int s = i;
      while (s > begin && i - s <= LONG_TOKEN && !Marks.isWhitespace(text.charAt(s - 1))) {
        s--;
      }
      int e = i + 1;
      while (e < end && e - s <= LONG_TOKEN && !Marks.isWhitespace(text.charAt(e))) {
        e++;
      }
      if (e - s <= LONG_TOKEN) {
        i++;
        continue;
      }
      // i is the token's first end mark; mask it and the later ones, all but the token's last char
      int t = e;
      while (t < end && !Marks.isWhitespace(text.charAt(t))) {
        t++;
      }
      for (int k = i; k < t - 1; k++) {
        if (Marks.isEnd(text.charAt(k))) {
          if (chars == null) {
            chars = text.substring(begin, end).toCharArray();
          }
          chars[k - begin] = MASK;
        }
      }
      i = t;
    }
    return chars == null ? text.substring(begin, end) : new String(chars);
  }

  private static int skipSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Marks.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int i = to;
    while (i > from && Marks.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}

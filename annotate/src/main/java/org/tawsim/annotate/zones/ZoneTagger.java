/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tawsim.annotate.entities.PlaceLexicon;
import org.tawsim.core.Annotation;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Span;
import org.tawsim.core.Zone;
import org.tawsim.core.ZoneType;

/**
 * Marks the parts of a scraped news page, line by line: headline, byline, dateline, body
 * paragraphs, subheadings, lists, and the furniture after the article (source line, keyword list,
 * related-article blocks).
 *
 * <p>A page is read as scrapers save it: one paragraph a line, blank lines between. The rules, in
 * the order they apply to each non-blank line:
 *
 * <ol>
 *   <li>A line opening with a source, keyword or related cue (see {@link ZoneCues}) followed by a
 *       colon, a dash or nothing is a {@code SOURCE}, {@code KEYWORDS} or {@code RELATED} zone.
 *       Bulleted or numbered lines and short title lines right after a related cue belong to the
 *       same {@code RELATED} zone (a list of links); a short title followed by a paragraph there is
 *       the {@code HEADLINE} of a second article, which the related block then holds.
 *   <li>A line opening with a bullet ({@code • ● ▪ - *} ...) or a number of at most three digits
 *       and {@code .}, {@code )} or {@code -} is a list item; consecutive items make one {@code
 *       LIST} zone.
 *   <li>A <em>title line</em> is at most 120 characters and 15 words and does not end with
 *       sentence punctuation ({@code . ! ? ؟ … : ، ؛}, closing quotes ignored). The first line of an
 *       article (of the page, or after a related cue) is its {@code HEADLINE} when it is a title
 *       line followed by text; a later title line followed by text is a {@code SUBHEADING}.
 *   <li>A short line opening with a byline cue ({@code بقلم}) among the first three of an article
 *       is a {@code BYLINE}.
 *   <li>A short line of at most six words with a dash or quotation mark and an agency, first in an
 *       article, is a {@code DATELINE} ({@code عين اليوم – متابعات}).
 *   <li>The first paragraph of an article may open with a dateline as {@link Datelines} defines
 *       it, marked {@code DATELINE} up to and including its colon or dash, the rest of the line
 *       being {@code BODY}: {@code عواصم " وكالات":}, {@code الرياض - واس:}, {@code بيروت (رويترز)
 *       -}, or a known place and a dash before running text ({@code القاهرة ــ}, {@code باريس،
 *       فرنسا —}). The sentence annotator finds the same datelines after a title in joined text,
 *       and an article's first line that opens with such a title is {@code HEADLINE}, {@code
 *       DATELINE} and {@code BODY} here too.
 *   <li>Every other line is a {@code BODY} zone.
 * </ol>
 *
 * <p>Zones cover whole lines without their leading and trailing spaces, except a dateline and the
 * body after it, which share a line. Matching folds spelling variants ({@code إقرأ أيضاً} = {@code
 * اقرأ ايضا}) and never changes the text. Requires nothing; produces {@link Zone}. Immutable and
 * thread-safe.
 */
public final class ZoneTagger implements Annotator {

  private static final int BYLINE_MAX_CHARS = 60;
  private static final String BULLETS = "\u2022\u25CF\u25AA\u25E6\u25A0\u25A1\u25BA\u25B8\u2023\u00B7*-\u2013\u2014";

  private final ZoneCues cues;
  private final Datelines datelines;

  /** Creates a tagger with the shipped cues and places. */
  public ZoneTagger() {
    this(ZoneCues.defaults());
  }

  /**
   * Creates a tagger with these cues and the shipped places.
   *
   * @param cues the cue lists
   */
  public ZoneTagger(ZoneCues cues) {
    this(cues, PlaceLexicon.shipped());
  }

  /**
   * Creates a tagger with these cues and these places for datelines.
   *
   * @param cues the cue lists
   * @param places the place names for datelines
   */
  public ZoneTagger(ZoneCues cues, PlaceLexicon places) {
    this.cues = Objects.requireNonNull(cues, "cues");
    this.datelines = new Datelines(places, cues);
  }

  @Override
  public Set<Class<? extends Annotation>> requires() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends Annotation>> produces() {
    return Set.of(Zone.class);
  }

  @Override
  public Document annotate(Document document) {
    return document.withLayer(Zone.class, zones(document.text()));
  }

  /** What a non-blank line is, before context is taken into account. */
  private enum Kind {
    SOURCE,
    KEYWORDS,
    RELATED,
    ITEM,
    TEXT
  }

  private record Line(int begin, int end, Kind kind) {}

  /** Returns the zones of a text, in order. */
  List<Zone> zones(String text) {
    List<Line> lines = lines(text);
    List<Zone> zones = new ArrayList<>();
    Span related = null; // the related block being extended
    Span list = null; // the list being extended
    boolean articleStart = true; // no text line yet in this article
    boolean firstParagraph = true; // the next paragraph may open with a dateline
    int articleLines = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      Span span = new Span(line.begin, line.end);
      Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if (line.kind != Kind.ITEM && list != null) {
        zones.add(new Zone(list, ZoneType.LIST));
        list = null;
      }
      switch (line.kind) {
        case SOURCE, KEYWORDS, RELATED -> {
          related = flush(zones, related);
          if (line.kind == Kind.RELATED) {
            related = span;
            articleStart = true;
            firstParagraph = true;
            articleLines = 0;
          } else {
            zones.add(new Zone(span, line.kind == Kind.SOURCE ? ZoneType.SOURCE : ZoneType.KEYWORDS));
          }
        }
        case ITEM -> {
          if (related != null) {
            related = new Span(related.begin(), span.end());
          } else {
            list = list == null ? span : new Span(list.begin(), span.end());
            articleLines++;
          }
        }
        case TEXT -> {
          boolean title = isTitle(text, line);
          boolean textFollows = next != null && next.kind == Kind.TEXT;
          if (related != null) {
            if (title && !(textFollows && !isTitle(text, next))) {
              related = new Span(related.begin(), span.end()); // a link title
              continue;
            }
            related = flush(zones, related);
          }
          articleLines++;
          if (articleLines <= 3 && isByline(text, line)) {
            zones.add(new Zone(span, ZoneType.BYLINE));
          } else if (firstParagraph && title && datelines.isDatelineLine(text, line.begin, line.end)) {
            zones.add(new Zone(span, ZoneType.DATELINE));
            firstParagraph = false;
          } else if (title && textFollows && articleStart) {
            zones.add(new Zone(span, ZoneType.HEADLINE));
          } else if (title && textFollows && !firstParagraph) {
            zones.add(new Zone(span, ZoneType.SUBHEADING));
          } else {
            paragraph(text, line, firstParagraph, articleStart, zones);
            firstParagraph = false;
          }
          articleStart = false;
        }
      }
    }
    if (list != null) {
      zones.add(new Zone(list, ZoneType.LIST));
    }
    flush(zones, related);
    return zones;
  }

  private static Span flush(List<Zone> zones, Span related) {
    if (related != null) {
      zones.add(new Zone(related, ZoneType.RELATED));
    }
    return null;
  }

  /**
   * Adds a paragraph's zones: the first may open with a dateline, and the article's first line
   * with a headline run into its dateline (a page whose lines were joined), as the sentence
   * annotator splits it.
   */
  private void paragraph(
      String text, Line line, boolean first, boolean articleStart, List<Zone> zones) {
    int begin = line.begin;
    int titled = articleStart ? datelines.afterTitle(text, line.begin, line.end) : -1;
    if (titled > begin) {
      int titleEnd = titled;
      while (isSpace(text.charAt(titleEnd - 1))) {
        titleEnd--;
      }
      zones.add(new Zone(new Span(begin, titleEnd), ZoneType.HEADLINE));
      begin = titled;
    }
    Datelines.Match dateline = first ? datelines.at(text, begin, line.end) : null;
    if (dateline == null) {
      zones.add(new Zone(new Span(begin, line.end), ZoneType.BODY));
      return;
    }
    int end = dateline.end();
    zones.add(new Zone(new Span(begin, end), ZoneType.DATELINE));
    int rest = end;
    while (rest < line.end && isSpace(text.charAt(rest))) {
      rest++;
    }
    if (rest < line.end) {
      zones.add(new Zone(new Span(rest, line.end), ZoneType.BODY));
    }
  }

  private boolean isByline(String text, Line line) {
    return line.end - line.begin <= BYLINE_MAX_CHARS
        && startsWithCue(opening(text, line), isCut(line), cues.byline(), true);
  }

  private static boolean isTitle(String text, Line line) {
    return Titles.isTitle(text, line.begin, line.end);
  }

  private List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int stop = nl < 0 ? text.length() : nl;
      int b = start;
      int e = stop;
      while (b < e && isSpace(text.charAt(b))) {
        b++;
      }
      while (e > b && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (b < e) {
        Line probe = new Line(b, e, Kind.TEXT);
        lines.add(new Line(b, e, kind(text, probe)));
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return lines;
  }

  private Kind kind(String text, Line line) {
    String opening = opening(text, line); // folded once for the three lists
    boolean cut = isCut(line);
    if (startsWithCue(opening, cut, cues.related(), false)) {
      return Kind.RELATED;
    }
    if (startsWithCue(opening, cut, cues.source(), false)) {
      return Kind.SOURCE;
    }
    if (startsWithCue(opening, cut, cues.keywords(), false)) {
      return Kind.KEYWORDS;
    }
    return isItem(text, line) ? Kind.ITEM : Kind.TEXT;
  }

  /** How many characters of a line's opening are looked at for a cue. */
  private static final int CUE_WINDOW = 60;

  /** The folded opening of a line, where a cue is looked for. */
  private static String opening(String text, Line line) {
    return CueNormalizer.fold(text, line.begin, Math.min(line.end, line.begin + CUE_WINDOW));
  }

  /** True when the line is longer than its opening. */
  private static boolean isCut(Line line) {
    return line.begin + CUE_WINDOW < line.end;
  }

  /**
   * Returns true when a line's folded opening starts with one of the cues followed by a colon, a
   * dash, a vertical bar or the end of the line; with {@code anyFollower}, a space and more text
   * also do. {@code cut}: the line goes on after its opening.
   */
  private static boolean startsWithCue(
      String folded, boolean cut, List<String> cues, boolean anyFollower) {
    for (String cue : cues) {
      if (folded.startsWith(cue)) {
        String rest = folded.substring(cue.length()).stripLeading();
        if (rest.isEmpty() && cut && !anyFollower) {
          continue; // the window cut the line: more text follows
        }
        if (rest.isEmpty()
            || anyFollower && folded.length() > cue.length() && folded.charAt(cue.length()) == ' '
            || "-:|\u2013\u2014".indexOf(rest.charAt(0)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isItem(String text, Line line) {
    char c = text.charAt(line.begin);
    int len = line.end - line.begin;
    if (BULLETS.indexOf(c) >= 0) {
      return len > 1 && isSpace(text.charAt(line.begin + 1));
    }
    int i = line.begin;
    while (i < line.end && i - line.begin < 4 && Character.isDigit(text.charAt(i))) {
      i++;
    }
    int digits = i - line.begin;
    return digits >= 1
        && digits <= 3
        && i + 1 < line.end
        && ".)-\u2013".indexOf(text.charAt(i)) >= 0
        && isSpace(text.charAt(i + 1));
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200E'
        || c == '\u200F'
        || c == '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}

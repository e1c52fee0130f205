/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.zones;

import static org.tawsim.core.text.ArabicCharacters.ALEF;
import static org.tawsim.core.text.ArabicCharacters.ARABIC_COMMA;
import static org.tawsim.core.text.ArabicCharacters.ARABIC_QUESTION_MARK;
import static org.tawsim.core.text.ArabicCharacters.LAM;
import static org.tawsim.core.text.ArabicCharacters.TATWEEL;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tawsim.annotate.entities.PlaceLexicon;

/**
 * The one definition of a dateline, the place and source that open a news article ({@code القاهرة
 * -}, {@code باريس، فرنسا —}, {@code الرياض - واس:}, {@code بيروت (رويترز) -}), which the {@link
 * ZoneTagger} marks at the start of a line and the sentence annotator finds after a title when a
 * page's lines were joined.
 *
 * <p>A dateline opening a text at a given place is, in the order tried:
 *
 * <ol>
 *   <li>an opening ending in a colon, at most {@value #MAX_CHARS} characters, of at most {@value
 *       #MAX_WORDS} words that name an agency ({@code عواصم " وكالات":}, {@code باريس، الفرنسية:})
 *       or of at most {@value #MAX_WORDS_NO_AGENCY} words with a dash or quotation mark between
 *       words ({@code القاهرة - محمد علي:});
 *   <li>one or two words and an agency in brackets, then a dash ({@code بيروت (أ ف ب) -});
 *   <li>a <em>place</em> then a dash, then running text. A place is a name of the {@link
 *       PlaceLexicon} of one to three words, optionally followed by an Arabic or Latin comma and a
 *       second name (a country or state: {@code أوستن، تكساس}). A dash is a run of dash punctuation
 *       ({@code - – —}) or of tatweel ({@code ـ}, {@code ــ}), also right after the name ({@code
 *       القاهرةــ}). Running text is not a route, a score, a range or an apposition: the word after
 *       the dash starts with a letter (no {@code 38 - 17}), is no place ({@code القاهرة - الرياض}),
 *       no nationality ({@code السعودية ـ الإيرانية}) and no word that continues a phrase (a relative pronoun, {@code أن}: the shipped {@code
 *       continuation-words.txt}), and no other dash follows within {@value #APPOSITION_WORDS} words
 *       ({@code دمشق - أقدم العواصم - تشهد}, {@code برشلونة - ريال مدريد 2 - 1}).
 * </ol>
 *
 * <p>A dateline is <em>placed</em> when it opens with a known place followed (after its second
 * name, if any) by a dash or a bracket: {@code القاهرة -}, {@code الرياض - واس:}, {@code بيروت
 * (رويترز) -}, not {@code عواصم " وكالات":}. Only a placed dateline can be found after a title
 * inside a line ({@link #afterTitle}): the known place is what shows where the title ends.
 * Offsets are UTF-16. Immutable and thread-safe.
 */
public final class Datelines {

  static final int MAX_CHARS = 50;
  static final int MAX_WORDS = 6;
  static final int MAX_WORDS_NO_AGENCY = 4;
  /** Words after a dateline's dash within which another dash shows an apposition or a score. */
  static final int APPOSITION_WORDS = 8;
  /** The fewest words a title run into the next sentence has. */
  static final int MIN_TITLE_WORDS = 2;

  private static final String MARKS = "-\u2013\u2014\"'\u00AB\u00BB\u201C\u201D/" + TATWEEL;
  /** A run of characters that separate words for {@link #containsWord}; compiled once. */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.]+");
  private static final Pattern BRACKETED_AGENCY =
      Pattern.compile("^[^\\s():]{2,25}(?: [^\\s():]{2,25})? ?\\(([^()\\n]{1,25})\\) ?[-\u2013\u2014]");

  /** A dateline: where it ends (after its colon or dash) and whether it opens with a known place. */
  public record Match(int end, boolean placed) {}

  private final PlaceLexicon places;
  private final List<String> agencies;
  private final List<String> continuations;

  /** {@return the datelines of the shipped places and agency cues} */
  public static Datelines shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * Creates the rule with these places and the agencies of these cues.
   *
   * @param places the place names a dateline may start with
   * @param cues the cue lists, of which the news agencies are used
   */
  public Datelines(PlaceLexicon places, ZoneCues cues) {
    this.places = Objects.requireNonNull(places, "places");
    this.agencies = Objects.requireNonNull(cues, "cues").agencies();
    this.continuations = Continuations.WORDS;
  }

  /**
   * {@return the dateline that opens {@code text} at {@code begin}, not reaching past {@code limit}
   * (the end of the line or sentence), or null}
   *
   * @param text the text
   * @param begin where the dateline would start
   * @param limit how far it may reach
   */
  public Match at(String text, int begin, int limit) {
    Objects.requireNonNull(text, "text");
    int colon = colonEnd(text, begin, limit);
    if (colon >= 0) {
      boolean placed = placeEnd(text, begin, limit) >= 0 && !isRouteOrPair(text, begin, limit);
      return new Match(colon, placed);
    }
    Matcher m = BRACKETED_AGENCY.matcher(text).region(begin, limit);
    if (m.lookingAt() && containsWord(CueNormalizer.fold(m.group(1)), agencies)) {
      return new Match(m.end(), placeEnd(text, begin, limit) >= 0);
    }
    int dash = placeDashEnd(text, begin, limit);
    return dash < 0 ? null : new Match(dash, true);
  }

  /**
   * Returns where the place opening the text ends when a dash or a bracket follows it, after its
   * second name if any (the place of a placed dateline), or -1.
   */
  private int placeEnd(String text, int begin, int limit) {
    int end = places.placeEnd(text, begin, limit);
    if (end < 0) {
      return -1;
    }
    int i = skipSpace(text, end, limit);
    if (i < limit && (text.charAt(i) == ARABIC_COMMA || text.charAt(i) == ',')) {
      end = places.placeEnd(text, skipSpace(text, i + 1, limit), limit);
      if (end < 0) {
        return -1;
      }
      i = skipSpace(text, end, limit);
    }
    return i < limit && (isDash(text.charAt(i)) || text.charAt(i) == '(') ? end : -1;
  }

  /**
   * {@return where a placed dateline starts inside {@code text[begin, limit)} when what comes
   * before it there is a title (see {@link Titles}) of at least {@value #MIN_TITLE_WORDS} words
   * that holds no dash (the place would close an aside: {@code -المرابط في منطقة عسير-}), no
   * unclosed quotation or bracket (the place would be inside it), and whose last word governs no
   * place ({@code في القاهرة -}, {@code بمنطقة عسير -} are phrases) nor is a definite word that a
   * place also read as a nationality agrees with ({@code الملكية السعودية -}); or -1} {@code begin}
   * is where a sentence starts: the title is a sentence of its own.
   *
   * @param text the text
   * @param begin where the title would start
   * @param limit where the line ends
   */
  public int afterTitle(String text, int begin, int limit) {
    Objects.requireNonNull(text, "text");
    // A placed dateline has a dash after its place, and a title holds none: the sentence's first
    // dash is the dateline's, and only the few words before it can open one. Most sentences have
    // no dash near their start and end here, after a scan of at most 170 characters.
    int window = Math.min(limit, begin + Titles.MAX_CHARS + MAX_CHARS);
    int dash = nextDash(text, begin, window);
    if (dash == window) {
      return -1;
    }
    int words = 0;
    int i = begin;
    int lastWord = begin;
    int straightQuotes = 0;
    int open = 0; // brackets and curly or angle quotes opened and not closed before i
    while (i < dash && words <= Titles.MAX_WORDS) {
      if (words >= MIN_TITLE_WORDS && dash - i <= MAX_CHARS && straightQuotes % 2 == 0 && open == 0) {
        int titleEnd = trimEnd(text, begin, i);
        if (titleEnd - begin <= Titles.MAX_CHARS
            && Titles.endsOpen(text, begin, titleEnd)
            && isPlaced(text, i, limit)
            && !places.governsPlace(text, lastWord, titleEnd)
            && !isAdjective(text, lastWord, i, limit)) {
          return i;
        }
      }
      int wordEnd = i;
      for (; wordEnd < limit && !ZoneTagger.isSpace(text.charAt(wordEnd)); wordEnd++) {
        switch (text.charAt(wordEnd)) {
          case '"' -> straightQuotes++;
          case '(', '\u00AB', '\u201C' -> open++;
          case ')', '\u00BB', '\u201D' -> open--;
          default -> { }
        }
      }
      words++;
      lastWord = i;
      i = skipSpace(text, wordEnd, limit);
    }
    return -1;
  }

  /**
   * True when the place at {@code i} is also a nationality adjective and the word before it is
   * definite, so that it agrees with it: {@code القوات البرية الملكية السعودية -}.
   */
  private boolean isAdjective(String text, int lastWord, int i, int limit) {
    return lastWord + 2 < i
        && text.charAt(lastWord) == ALEF
        && text.charAt(lastWord + 1) == LAM
        && places.isNationality(text, i, limit);
  }

  private boolean isPlaced(String text, int i, int limit) {
    if (places.placeEnd(text, i, limit) < 0) {
      return false;
    }
    Match m = at(text, i, limit);
    return m != null && m.placed();
  }

  /**
   * {@return the first dash in {@code text[from, to)}, or {@code to}: a dash punctuation mark, or
   * tatweel that lengthens no word (a letter on both sides of a run does)} No dateline after a
   * title can start in a stretch without one: a caller may skip {@link #afterTitle} there.
   *
   * @param text the text
   * @param from where to start looking
   * @param to where to stop looking
   */
  public static int nextDash(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if ((c == '-' || c == TATWEEL || c >= '\u2010') && isDashMark(text, k, to)) {
        return k;
      }
    }
    return to;
  }

  private static boolean isDashMark(String text, int k, int limit) {
    char c = text.charAt(k);
    if (c != TATWEEL) {
      return isDashPunctuation(c);
    }
    // tatweel is itself a letter (Lm) to Character.isLetter
    boolean letterBefore =
        k > 0 && Character.isLetter(text.charAt(k - 1)) && text.charAt(k - 1) != TATWEEL;
    int after = k + 1;
    while (after < limit && text.charAt(after) == TATWEEL) {
      after++;
    }
    boolean letterAfter = after < limit && Character.isLetter(text.charAt(after));
    return !(letterBefore && letterAfter);
  }

  /** Returns the end of a dateline of the first kind (ending in a colon), or -1. */
  private int colonEnd(String text, int begin, int limit) {
    int end = Math.min(limit, begin + MAX_CHARS);
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        String folded = CueNormalizer.fold(text, begin, i);
        int words = folded.isEmpty() ? 0 : folded.split(" ").length;
        boolean agency = containsWord(folded, agencies);
        boolean mark = hasMarkBetweenWords(text, begin, i);
        if (words >= 1
            && ((agency && words <= MAX_WORDS) || (mark && words <= MAX_WORDS_NO_AGENCY))) {
          return i + 1;
        }
        return -1;
      }
      if (c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK) {
        return -1;
      }
    }
    return -1;
  }

  /** Returns the end of a dateline of the third kind (a place, a dash, running text), or -1. */
  private int placeDashEnd(String text, int begin, int limit) {
    int placeEnd = placeEnd(text, begin, limit);
    if (placeEnd < 0) {
      return -1;
    }
    int i = skipSpace(text, placeEnd, limit);
    int dash = i;
    while (i < limit && isDash(text.charAt(i))) {
      i++;
    }
    if (i == dash) {
      return -1; // a bracket, without an agency in it
    }
    int end = i;
    int next = skipSpace(text, end, limit);
    return next < limit && isRunningText(text, next, limit) ? end : -1;
  }

  /** True when a dash and a number, a place or a nationality follow the place opening the text. */
  private boolean isRouteOrPair(String text, int begin, int limit) {
    int i = skipSpace(text, places.placeEnd(text, begin, limit), limit);
    int dash = i;
    while (i < limit && isDash(text.charAt(i))) {
      i++;
    }
    int next = skipSpace(text, i, limit);
    return i > dash && next < limit && isRouteOrPairAt(text, next, limit);
  }

  private boolean isRouteOrPairAt(String text, int first, int limit) {
    return !Character.isLetter(text.charAt(first))
        || places.placeEnd(text, first, limit) >= 0
        || places.isNationality(text, first, limit);
  }

  /** True when the text at {@code i} is no number, no place, and opens no dash within a few words. */
  private boolean isRunningText(String text, int i, int limit) {
    int first = i;
    while (first < limit && "\"'\u00AB\u201C".indexOf(text.charAt(first)) >= 0) {
      first++;
    }
    if (first == limit || isRouteOrPairAt(text, first, limit)) {
      return false; // 38 - 17, القاهرة - الرياض, السعودية ـ الإيرانية
    }
    int wordEnd = first;
    while (wordEnd < limit && Character.isLetter(text.charAt(wordEnd))
        || wordEnd < limit && Character.getType(text.charAt(wordEnd)) == Character.NON_SPACING_MARK) {
      wordEnd++;
    }
    if (continuations.contains(CueNormalizer.fold(text, first, wordEnd))) {
      return false; // an apposition or a clause: دمشق - التي
    }
    int words = 0;
    boolean space = false;
    for (int k = first; k < limit && words < APPOSITION_WORDS; k++) {
      char c = text.charAt(k);
      if (ZoneTagger.isSpace(c)) {
        space = true;
        continue;
      }
      if (space) {
        words++;
        space = false;
      }
      if (isStandaloneDash(text, k, limit)) {
        return false; // an apposition closes, or a score follows
      }
      if (c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK) {
        break;
      }
    }
    return true;
  }

  /** A dash with a space on one side at least (not the hyphen inside a word), or a lone tatweel. */
  private static boolean isStandaloneDash(String text, int k, int limit) {
    char c = text.charAt(k);
    if (!isDash(c)) {
      return false;
    }
    boolean spaceBefore = k == 0 || ZoneTagger.isSpace(text.charAt(k - 1));
    boolean spaceAfter = k + 1 >= limit || ZoneTagger.isSpace(text.charAt(k + 1));
    return c == TATWEEL ? spaceBefore : spaceBefore || spaceAfter;
  }

  private static boolean isDash(char c) {
    return c == TATWEEL || isDashPunctuation(c);
  }

  /**
   * The hyphen-minus and the dashes from U+2010 on ({@code ‐ ‑ ‒ – — ―} and the rest of Unicode's
   * dash punctuation there), checked without a table lookup for the letters of Arabic text.
   */
  private static boolean isDashPunctuation(char c) {
    return c == '-' || c >= '\u2010' && Character.getType(c) == Character.DASH_PUNCTUATION;
  }

  private static boolean hasMarkBetweenWords(String text, int begin, int end) {
    boolean wordBefore = false;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (MARKS.indexOf(c) >= 0 && (c != TATWEEL || isStandaloneDash(text, i, end))) {
        if (wordBefore) {
          return true;
        }
      } else if (Character.isLetter(c)) {
        wordBefore = true;
      }
    }
    return false;
  }

  /** A short line such as {@code عين اليوم – متابعات}: a dash or quote and an agency. */
  boolean isDatelineLine(String text, int begin, int end) {
    if (end - begin > MAX_CHARS || text.subSequence(begin, end).toString().indexOf(':') >= 0) {
      return false; // with a colon, at() decides where the dateline ends
    }
    String folded = CueNormalizer.fold(text, begin, end);
    return folded.split(" ").length <= MAX_WORDS
        && hasMarkBetweenWords(text, begin, end)
        && containsWord(folded, agencies);
  }

  static boolean containsWord(String folded, List<String> words) {
    String padded = " " + NOT_WORD.matcher(folded).replaceAll(" ") + " ";
    for (String w : words) {
      if (padded.contains(" " + w + " ")) {
        return true;
      }
    }
    return false;
  }

  private static int skipSpace(String text, int from, int limit) {
    int i = from;
    while (i < limit && ZoneTagger.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int i = to;
    while (i > from && ZoneTagger.isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** The shipped continuation words, folded, read once. */
  private static final class Continuations {
    static final List<String> WORDS =
        ZoneCues.resource("continuation-words.txt").stream().map(CueNormalizer::fold).toList();
  }

  /** Builds the shipped rule on first use; the entity lexicon loads at the first place looked up. */
  private static final class Shipped {
    static final Datelines INSTANCE = new Datelines(PlaceLexicon.shipped(), ZoneCues.defaults());
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tawsim.core.EntityType;
import org.tawsim.core.text.ArabicCharacters;

/**
 * What the entity tagger's lists know of places, for annotators that look for a place in the text
 * (a dateline's {@code القاهرة -}): whether whole words there name a place, and whether a word
 * would govern a place after it, making the place part of its phrase ({@code في القاهرة}, {@code
 * بمنطقة عسير}, {@code شمال نجران}, and a given name before a family name that is a place: {@code
 * لجين الأحمدي}).
 *
 * <p>{@link #shipped()} answers from the entity tagger's own lexicon (the generated lists of
 * countries and world cities, the CLDR country and city names written through ICU4J at build time,
 * and the curated places, with the tagger's filters), so both annotators know the same places and
 * change together when the lists are regenerated. A one-word place that is also a frequent common word ({@code صور},
 * {@code مالي}) is no place here: without a place context, which a dateline lacks, the tagger does
 * not take it either. {@link #of} takes a caller's lists.
 *
 * <p>Words are compared after {@link org.tawsim.core.text.ArabicNormalizer#standard()}; a word is a
 * run of letters, digits, marks and format characters, without trailing tatweel, so {@code
 * القاهرةــ} holds the word {@code القاهرة} and {@code الرياض؟} the word {@code الرياض}. Offsets are UTF-16. Immutable and thread-safe;
 * the shipped lexicon loads on first use.
 */
public final class PlaceLexicon {

  /** One-letter proclitics: و ف ب ل ك. */
  static final String PROCLITICS = "\u0648\u0641\u0628\u0644\u0643";

  /** The longest place name {@link #placeEnd} matches, in words. */
  public static final int MAX_WORDS = 3;

  /** Answers for normalised words. */
  private interface Lookup {
    /** True when some place name starts with this word: the cheap test most words fail. */
    boolean startsPlace(String firstWord);

    boolean isPlace(String[] words, int count);

    boolean isNationality(String word);

    /** With {@code clitic}, the word was read without a proclitic: only a place noun counts. */
    boolean governsPlace(String word, boolean clitic);
  }

  private final Lookup lookup;

  private PlaceLexicon(Lookup lookup) {
    this.lookup = lookup;
  }

  /** {@return the places and function words of the entity tagger's shipped lists} */
  public static PlaceLexicon shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * {@return a lexicon of these place names (one to {@value #MAX_WORDS} words each) and words that
   * govern a place after them (see {@link #governsPlace}), normalised here; it knows no
   * nationalities}
   *
   * @param places the place names
   * @param governors the words that govern a place after them
   */
  public static PlaceLexicon of(Collection<String> places, Collection<String> governors) {
    Objects.requireNonNull(places, "places");
    Objects.requireNonNull(governors, "governors");
    Set<String> names = new HashSet<>();
    Set<String> firstWords = new HashSet<>();
    for (String p : places) {
      List<String> words = Lexicon.words(Objects.requireNonNull(p, "place"));
      if (!words.isEmpty()) {
        names.add(String.join(" ", words));
        firstWords.add(words.get(0));
      }
    }
    Set<String> function = new HashSet<>();
    for (String w : governors) {
      function.addAll(Lexicon.words(Objects.requireNonNull(w, "governor")));
    }
    return new PlaceLexicon(
        new Lookup() {
          @Override
          public boolean startsPlace(String firstWord) {
            return firstWords.contains(firstWord);
          }

          @Override
          public boolean isPlace(String[] words, int count) {
            return names.contains(String.join(" ", Arrays.asList(words).subList(0, count)));
          }

          @Override
          public boolean isNationality(String word) {
            return false;
          }

          @Override
          public boolean governsPlace(String word, boolean clitic) {
            return function.contains(word);
          }
        });
  }

  /**
   * {@return the end of the longest place name of one to {@value #MAX_WORDS} whole words that
   * starts at {@code begin}, not past {@code limit}, or -1 when none does}
   *
   * @param text the text
   * @param begin where the name would start
   * @param limit where the name must end at the latest
   */
  public int placeEnd(CharSequence text, int begin, int limit) {
    Objects.requireNonNull(text, "text");
    String[] words = new String[MAX_WORDS];
    int[] ends = new int[MAX_WORDS];
    int i = begin;
    int count = 0;
    while (count < MAX_WORDS && i < limit) {
      int end = wordEnd(text, i, limit);
      if (end == i) {
        break;
      }
      words[count] = Lexicon.NORMALIZER.normalizeToString(text, i, end);
      if (count == 0 && !lookup.startsPlace(words[0])) {
        return -1;
      }
      ends[count] = end;
      count++;
      int next = end;
      while (next < limit && isSpace(text.charAt(next))) {
        next++;
      }
      if (next == end || next == limit) {
        break; // a dash, comma or bracket ends the name, as does the limit
      }
      i = next;
    }
    for (int n = count; n >= 1; n--) {
      if (lookup.isPlace(words, n)) {
        return ends[n - 1];
      }
    }
    return -1;
  }

  /**
   * {@return true when the word starting at {@code begin} is a nationality adjective of the lists
   * ({@code الإيرانية}), as the second of a pair is ({@code العلاقات السعودية ـ الإيرانية})}
   *
   * @param text the text
   * @param begin where the word starts
   * @param limit where the word must end at the latest
   */
  public boolean isNationality(CharSequence text, int begin, int limit) {
    Objects.requireNonNull(text, "text");
    int end = wordEnd(text, begin, limit);
    return end > begin && lookup.isNationality(Lexicon.NORMALIZER.normalizeToString(text, begin, end));
  }

  /**
   * {@return true when the word {@code text[begin, end)} governs a place after it: a function word
   * ({@code في}, {@code إلى}), a place trigger or head ({@code منطقة}, {@code شمال}, {@code جزر}),
   * the latter also after a one-letter proclitic or two ({@code بمنطقة}, {@code وشمال}), or a given
   * name that is no common word (the place after it is a family name: {@code لجين الأحمدي})}
   *
   * @param text the text
   * @param begin where the word starts
   * @param end where the word ends
   */
  public boolean governsPlace(CharSequence text, int begin, int end) {
    Objects.requireNonNull(text, "text");
    String word = Lexicon.NORMALIZER.normalizeToString(text, begin, end);
    for (int k = 0; k <= 2 && word.length() - k >= 2; k++) {
      if (k > 0 && PROCLITICS.indexOf(word.charAt(k - 1)) < 0) {
        break;
      }
      if (lookup.governsPlace(word.substring(k), k > 0)) {
        return true;
      }
    }
    return false;
  }

  /** Returns where the word starting at {@code i} ends, trailing tatweel left out. */
  private static int wordEnd(CharSequence text, int i, int limit) {
    int e = i;
    while (e < limit && !endsWord(text.charAt(e))) {
      e++;
    }
    while (e > i && text.charAt(e - 1) == ArabicCharacters.TATWEEL) {
      e--;
    }
    return e;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** A word is letters, digits, marks and format characters (tatweel, ZWNJ); anything else ends it. */
  private static boolean endsWord(char c) {
    int type = Character.getType(c);
    return !(Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.FORMAT
        || c == ArabicCharacters.TATWEEL);
  }

  /** The shipped lexicon, answering from {@link Lexicon#defaults()}. */
  private static final class Shipped {
    static final PlaceLexicon INSTANCE = new PlaceLexicon(new LexiconLookup());
  }

  /**
   * Places are the phrases the lexicon's lists hold as locations. The lexicon is asked for at each
   * lookup, so that it loads when a place is first looked up, not when an annotator is built.
   */
  private static final class LexiconLookup implements Lookup {

    @Override
    public boolean startsPlace(String firstWord) {
      return Lexicon.defaults().entities.root(firstWord) != null;
    }

    @Override
    public boolean isPlace(String[] words, int count) {
      Lexicon lexicon = Lexicon.defaults();
      if (count == 1 && (lexicon.flags(words[0]) & Lexicon.AMBIGUOUS_PLACE) != 0) {
        return false;
      }
      PhraseTrie.Node<Entry> node = lexicon.entities.root(words[0]);
      for (int k = 1; k < count && node != null; k++) {
        node = node.child(words[k]);
      }
      return node != null && node.value() != null && node.value().type().equals(EntityType.LOC);
    }

    @Override
    public boolean isNationality(String word) {
      return (Lexicon.defaults().flags(word) & Lexicon.NORP) != 0;
    }

    @Override
    public boolean governsPlace(String word, boolean clitic) {
      // a stop word read without a proclitic is often another word (للنقل is no نقل)
      int mask = Lexicon.LOC_TRIGGER | Lexicon.HEAD_WORD | (clitic ? 0 : Lexicon.STOP);
      int flags = Lexicon.defaults().flags(word);
      // after a given name, a place is a family name (لجين الأحمدي), unless the name is also a word
      boolean givenName = !clitic && (flags & Lexicon.GIVEN) != 0 && (flags & Lexicon.AMBIGUOUS) == 0;
      return (flags & mask) != 0 || givenName;
    }
  }
}

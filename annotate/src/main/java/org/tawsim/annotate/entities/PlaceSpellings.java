/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.tawsim.core.text.ArabicCharacters.ALEF;
import static org.tawsim.core.text.ArabicCharacters.WAW;
import static org.tawsim.core.text.ArabicCharacters.YEH;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tawsim.core.EntityType;

/**
 * Foreign places written with one long vowel letter more or less than a list spells them. Arabic
 * writes the vowels of a foreign name as it hears them, so the same city comes with and without an
 * ا، و or ي inside: the lists know كاراكاس، زيورخ، تركمانستان, the news writes كراكاس، زيوريخ،
 * تركمنستان.
 *
 * <p>Pattern: a word that no list or word class knows (not even as a name word of open data),
 * without the article, six letters at least after its proclitics, that becomes a listed one-word
 * place of five letters or more when one ا، و or ي inside it is taken out or put in; the first and
 * last letters stay. Not a plural (ـات، ـون، ـين), a dual nisba (ـيان: مدنيان, two civilians, is
 * not مدنين) nor an accusative nisba (ـيا: فرنسيا is French, adverbially). Example: {@code وكانت كراكاس اشترت من موسكو} gives LOC {@code كراكاس} (listed
 * كاراكاس) and LOC {@code موسكو}.
 *
 * <p>Below every list and rule (priority {@value #PRIORITY}): a person or organisation rule over the
 * same word wins. No allocation per token: the listed places and their forms with one vowel letter
 * out are kept as sorted hash codes, and a word is hashed in place.
 */
final class PlaceSpellings {

  static final int PRIORITY = 8;
  static final String SOURCE = "rule:place-spelling";

  private static final int MIN_WORD = 6;
  private static final int MIN_PLACE = 5;

  /** The listed places and the hash of each, sorted by hash. */
  private final int[] placeHashes;
  private final String[] places;
  /** Each listed place with one inner vowel letter out, and its hash, sorted by hash. */
  private final int[] shortHashes;
  private final String[] shortForms;
  /**
   * Bit {@code first * 64 + last} set when a listed place starts and ends with those letters
   * (U+0620 to U+065F, by their offset): a variant keeps both, so most words are answered here.
   */
  private final long[] ends = new long[64];

  private static final class Holder {
    static final PlaceSpellings SHIPPED = of(Lexicon.defaults());
  }

  private PlaceSpellings(List<String> placeList) {
    List<String> shorts = new ArrayList<>();
    for (String p : placeList) {
      for (int i = 1; i < p.length() - 1; i++) {
        if (vowelLetter(p.charAt(i)) && p.charAt(i) != p.charAt(i - 1)) {
          shorts.add(p.substring(0, i) + p.substring(i + 1));
        }
      }
    }
    for (String place : placeList) {
      int first = place.charAt(0) - 0x620;
      int last = place.charAt(place.length() - 1) - 0x620;
      if (first >= 0 && first < 64 && last >= 0 && last < 64) {
        ends[first] |= 1L << last;
      }
    }
    String[] p = sortedByHash(placeList);
    String[] s = sortedByHash(shorts);
    this.places = p;
    this.placeHashes = hashes(p);
    this.shortForms = s;
    this.shortHashes = hashes(s);
  }

  /**
   * Returns the spellings of the lexicon's one-word places (from the lists, not from the variants
   * the loader adds) that no word class knows.
   */
  static PlaceSpellings of(Lexicon lex) {
    List<String> list = new ArrayList<>();
    for (String word : lex.entities.firstWords()) {
      PhraseTrie.Node<Entry> node = lex.entities.root(word);
      Entry e = node == null ? null : node.value();
      if (e != null && e.type().equals(EntityType.LOC) && e.source().startsWith("gazetteer:")
          && !e.source().equals("gazetteer:place-variants") && word.length() >= MIN_PLACE
          && lex.flags(word) == 0) {
        list.add(word);
      }
    }
    list.sort(null); // firstWords is a hash set: a fixed order for equal hashes
    return new PlaceSpellings(list);
  }

  static PlaceSpellings shipped() {
    return Holder.SHIPPED;
  }

  /** Adds a LOC candidate for each word that is a listed place but for one vowel letter. */
  static void find(Words w, List<Candidate> out) {
    PlaceSpellings index = shipped();
    for (int i = 0; i < w.size; i++) {
      if (w.flags[i] != 0 || !w.letters[i] || w.listType[i] != null || w.definite(i)
          || w.tanwinFath[i] || w.pronounEnding[i]) {
        continue;
      }
      int r = w.readingCount(i) - 1;
      String stem = w.reading(i, r);
      if (stem.length() >= MIN_WORD && index.variant(stem) && !excludedEnding(stem)) {
        out.add(new Candidate(i, i + 1, EntityType.LOC, SOURCE, PRIORITY, w.cut(i, r)));
      }
    }
  }

  /** True when the word, which no list matched, is a listed place but for one inner vowel letter. */
  boolean variant(String word) {
    int first = word.charAt(0) - 0x620;
    int last = word.charAt(word.length() - 1) - 0x620;
    if (first < 0 || first >= 64 || last < 0 || last >= 64 || (ends[first] & 1L << last) == 0) {
      return false;
    }
    // the word lacks a vowel letter: it is a short form of a place
    if (find(shortHashes, shortForms, word.hashCode(), word, -1)) {
      return true;
    }
    // the word has a vowel letter more: without it, it is a place
    for (int i = 1; i < word.length() - 1; i++) {
      if (vowelLetter(word.charAt(i)) && word.charAt(i) != word.charAt(i - 1)
          && find(placeHashes, places, hashWithout(word, i), word, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean excludedEnding(String w) {
    return w.endsWith("\u0627\u062A") || w.endsWith("\u0648\u0646") || w.endsWith("\u064A\u0646")
        || w.endsWith("\u064A\u0627") || w.endsWith("\u064A\u0627\u0646");
  }

  private static boolean vowelLetter(char c) {
    return c == ALEF || c == WAW || c == YEH;
  }

  /** String.hashCode of the word without its character at {@code skip}. */
  private static int hashWithout(String word, int skip) {
    int h = 0;
    for (int i = 0; i < word.length(); i++) {
      if (i != skip) {
        h = 31 * h + word.charAt(i);
      }
    }
    return h;
  }

  /** True when {@code words} holds the word (without its character at {@code skip}, unless -1). */
  private static boolean find(int[] hashes, String[] words, int hash, String word, int skip) {
    int at = Arrays.binarySearch(hashes, hash);
    if (at < 0) {
      return false;
    }
    while (at > 0 && hashes[at - 1] == hash) {
      at--;
    }
    for (; at < hashes.length && hashes[at] == hash; at++) {
      if (equalWithout(words[at], word, skip)) {
        return true;
      }
    }
    return false;
  }

  private static boolean equalWithout(String listed, String word, int skip) {
    int n = word.length() - (skip < 0 ? 0 : 1);
    if (listed.length() != n) {
      return false;
    }
    for (int i = 0, j = 0; i < word.length(); i++) {
      if (i == skip) {
        continue;
      }
      if (listed.charAt(j++) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String[] sortedByHash(List<String> words) {
    String[] a = words.stream().distinct().toArray(String[]::new);
    Arrays.sort(a, (x, y) -> x.hashCode() != y.hashCode()
        ? Integer.compare(x.hashCode(), y.hashCode()) : x.compareTo(y));
    return a;
  }

  private static int[] hashes(String[] words) {
    int[] h = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      h[i] = words[i].hashCode();
    }
    return h;
  }
}

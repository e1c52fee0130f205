/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.ArrayList;
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
 * same word wins. The places are indexed as {@link DocumentConsistency} indexes a document's names
 * ({@link DocumentConsistency.VariantIndex}): no allocation per token.
 */
final class PlaceSpellings {

  static final int PRIORITY = 8;
  static final String SOURCE = "rule:place-spelling";

  private static final int MIN_WORD = 6;
  private static final int MIN_PLACE = 5;

  /** The listed places, probed within one vowel letter as a document's names are. */
  private final DocumentConsistency.VariantIndex places =
      new DocumentConsistency.VariantIndex(true);

  private static final class Holder {
    static final PlaceSpellings SHIPPED = of(Lexicon.defaults());
  }

  private PlaceSpellings(List<String> placeList) {
    placeList.forEach(places::add);
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
    return places.near(word);
  }

  private static boolean excludedEnding(String w) {
    return w.endsWith("\u0627\u062A") || w.endsWith("\u0648\u0646") || w.endsWith("\u064A\u0646")
        || w.endsWith("\u064A\u0627") || w.endsWith("\u064A\u0627\u0646");
  }
}

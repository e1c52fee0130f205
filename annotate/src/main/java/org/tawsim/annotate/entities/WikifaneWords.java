/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two lists that {@link EntityListGenerator} writes from how WikiFANE gold (CC BY-SA 3.0) uses a
 * single word, so that no hand-written list names a channel or a place.
 *
 * <ul>
 *   <li>{@code media-names.txt}: the one-word names that WikiFANE marks as media (its fine type
 *       Media) at least {@link #MIN_MEDIA} times, and more often than as all other types together: الجزيرة.
 *       They are words or places too (the island), so {@link HeadRules} reads them as a channel
 *       only after a reporter, a channel's head or a speech verb with ل (مراسل الجزيرة، قال
 *       للجزيرة).
 *   <li>{@code ambiguous-places.txt}: the one-word places of the place lists whose word WikiFANE's
 *       text uses outside every name at least {@link #MIN_COMMON} times and {@link
 *       #COMMON_OVER_NAME} times as often as it names something: صور (Tyre; pictures), مالي (Mali;
 *       financial), ينبع (Yanbu; it springs). A listed match of one of them is a place only in a
 *       place context ({@link HeadRules#placeContext}).
 * </ul>
 *
 * <p>WikiFANE's tokens are split (و صور): a proclitic stands apart, so the word behind it is
 * counted as it is. Output is sorted, normalised as the lexicon reads it.
 */
final class WikifaneWords {

  /** A media name must be marked so this often. */
  static final int MIN_MEDIA = 2;

  /** A place is ambiguous when its word is a common word this many times as often as a name. */
  static final int COMMON_OVER_NAME = 2;

  /** ... and a common word at least this often. */
  static final int MIN_COMMON = 2;

  private static final String SOURCE = "WikiFANE gold, Alotaibi and Lee (CC BY-SA 3.0,"
      + " Wikipedia-based fine-grained Arabic named entities): ";

  private WikifaneWords() {}

  /**
   * How WikiFANE uses each normalised word: as a one-word name of each fine type, and outside
   * every name.
   */
  record Uses(Map<String, Map<String, Integer>> byType, Map<String, Integer> outside) {

    int asName(String word) {
      int n = 0;
      for (Map<String, Integer> m : byType.values()) {
        n += m.getOrDefault(word, 0);
      }
      return n;
    }
  }

  /** Reads WikiFANE gold's TSV (token, fine tag, coarse tag). */
  static Uses read(Path tsv) throws IOException {
    Map<String, Map<String, Integer>> byType = new HashMap<>();
    Map<String, Integer> outside = new HashMap<>();
    List<String> tokens = new ArrayList<>();
    String type = null;
    List<String> lines = new ArrayList<>(Files.readAllLines(tsv, StandardCharsets.UTF_8));
    lines.add(""); // ends a name on the last line
    for (String line : lines) {
      String[] cols = line.split("\t");
      String tag = cols.length == 3 ? cols[1] : "O";
      if (type != null && !tag.startsWith("I-")) {
        String name = OpenNameSources.surface(tokens);
        if (name != null && name.indexOf(' ') < 0) {
          byType.computeIfAbsent(type, k -> new HashMap<>()).merge(name, 1, Integer::sum);
        }
        type = null;
      }
      if (cols.length != 3) {
        continue;
      }
      String word = Lexicon.NORMALIZER.normalizeToString(cols[0]);
      if (tag.startsWith("B-")) {
        type = tag.substring(2);
        tokens.clear();
        tokens.add(word);
      } else if (tag.startsWith("I-") && type != null) {
        tokens.add(word);
      } else if (tag.equals("O")) {
        outside.merge(word, 1, Integer::sum);
      }
    }
    return new Uses(byType, outside);
  }

  /** Returns the two files by name, with their content; {@code places} are the listed places. */
  static Map<String, String> files(Uses uses, Collection<String> places) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("media-names.txt", EntityListGenerator.file(SOURCE + "the one-word names it marks"
        + " as Media " + MIN_MEDIA + " times at least and more often than as all other types together",
        mediaNames(uses)));
    files.put("ambiguous-places.txt", EntityListGenerator.file(SOURCE + "the one-word places of"
        + " the place lists (countries, world cities, CLDR, locations.txt, WikiFANE's places) whose"
        + " word stands outside every name " + MIN_COMMON + " times at least and "
        + COMMON_OVER_NAME + " times as often as it names something: a place only in a place"
        + " context", ambiguousPlaces(uses, places)));
    return files;
  }

  static Set<String> mediaNames(Uses uses) {
    Set<String> out = new TreeSet<>();
    uses.byType().getOrDefault("Media", Map.of()).forEach((word, n) -> {
      if (n >= MIN_MEDIA && OpenNameSources.arabicLetters(word) && n > uses.asName(word) - n) {
        out.add(word);
      }
    });
    return out;
  }

  static Set<String> ambiguousPlaces(Uses uses, Collection<String> places) {
    Set<String> out = new TreeSet<>();
    for (String place : places) {
      List<String> words = Lexicon.words(place);
      if (words.size() != 1) {
        continue;
      }
      String w = words.get(0);
      int common = uses.outside().getOrDefault(w, 0);
      if (common >= MIN_COMMON && common >= COMMON_OVER_NAME * uses.asName(w)) {
        out.add(w);
      }
    }
    return out;
  }
}

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
 * Three lists that {@link EntityListGenerator} writes from how WikiFANE gold (CC BY-SA 3.0) uses a
 * single word, so that no hand-written list names a channel, a team or a place.
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
 *   <li>{@code team-names.txt}: the one-word names of the teams WikiFANE marks as sports
 *       organisations (its fine type Sports), alone or after a club head and before a nationality
 *       adjective (نادي النصر، السد القطري، الهلال): common words and places as often as not
 *       (victory, the dam, the crescent), so {@link TeamNames} reads them as a team only in a
 *       match report. A national team (منتخب البرازيل) is left out: its country is a place.
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
   * How WikiFANE uses each normalised word: as a one-word name of each fine type, outside every
   * name, as a team's name ({@link #teamWord}) and as the first word of a name of another kind of
   * organisation or a group ({@link #OTHER_BODIES}).
   */
  record Uses(Map<String, Map<String, Integer>> byType, Map<String, Integer> outside,
      Map<String, Integer> teams, Map<String, Integer> bodies) {

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
    Map<String, Integer> teams = new HashMap<>();
    Map<String, Integer> bodies = new HashMap<>();
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
        String team = type.equals(SPORTS) ? teamWord(tokens) : null;
        if (team != null) {
          teams.merge(team, 1, Integer::sum);
        }
        if (OTHER_BODIES.contains(type)) {
          bodies.merge(tokens.get(0), 1, Integer::sum);
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
    return new Uses(byType, outside, teams, bodies);
  }

  /** WikiFANE's fine type of sports organisations: clubs, national teams, federations. */
  private static final String SPORTS = "Sports";

  /** Heads of a club's name in WikiFANE's spans, normalised: نادي (also written نادى), فريق. */
  private static final Set<String> CLUB_HEADS = Set.of(
      Lexicon.NORMALIZER.normalizeToString("\u0646\u0627\u062F\u064A"),
      Lexicon.NORMALIZER.normalizeToString("\u0641\u0631\u064A\u0642"));

  /**
   * Returns the one word that names a team in a sports organisation's span, or null: the span
   * without a leading club head (نادي الزمالك) and a trailing nationality adjective (السد القطري,
   * a definite word on ي), when one word of Arabic letters, three at least, is left that is no
   * head of a national team or a committee itself (المنتخب، اللجنة، الفريق: a body's head
   * is no team's name; الاتحاد is a club and a federation, an organisation either way).
   */
  static String teamWord(List<String> tokens) {
    int from = 0;
    int to = tokens.size();
    if (to > 1 && CLUB_HEADS.contains(tokens.get(0))) {
      from = 1;
    }
    if (to - from > 1 && masculineNisba(tokens.get(to - 1))) {
      to--;
    }
    if (to - from != 1) {
      return null;
    }
    String word = tokens.get(from);
    if (word.startsWith(LIL)) { // a split token that kept its ل: للنجف is ل and النجف
      word = ARTICLE + word.substring(LIL.length());
    }
    return word.length() >= 3 && OpenNameSources.arabicLetters(word)
        && !NOT_TEAMS.contains(word) ? word : null;
  }

  private static final String LIL = "\u0644\u0644";
  private static final String ARTICLE = "\u0627\u0644";

  /** ال...ي of five letters at least: a nationality adjective after a club's name. */
  private static boolean masculineNisba(String word) {
    return word.length() > 4 && word.startsWith("\u0627\u0644") && word.endsWith("\u064A");
  }

  /**
   * Heads of sports bodies that WikiFANE also marks Sports alone (the national team, the team,
   * the club, the committee, the Olympic one, the federation of a sport): they name no club.
   */
  private static final Set<String> NOT_TEAMS = Set.copyOf(
      Lexicon.words("\u0627\u0644\u0645\u0646\u062A\u062E\u0628"
          + " \u0627\u0644\u0644\u062C\u0646\u0629"
          + " \u0627\u0644\u0641\u0631\u064A\u0642"
          + " \u0627\u0644\u0646\u0627\u062F\u064A"
          + " \u0627\u0644\u0627\u0648\u0644\u0645\u0628\u064A"
          + " \u0627\u0644\u0627\u062A\u062D\u0627\u062F\u064A\u0629"));

  /** Returns the three files by name, with their content; {@code places} are the listed places. */
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
    files.put("team-names.txt", EntityListGenerator.file(SOURCE + "the one word that names a"
        + " team it marks as Sports (its fine type), alone, after a club head (نادي، فريق) or"
        + " before a nationality adjective; no national team, federation or committee: a team"
        + " only in a match report; not a word it names another kind of organisation or a"
        + " group with more often (الجيش، الشرطة)", teamNames(uses)));
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

  /**
   * The team words of {@code uses} that do not open the name of another kind of organisation or
   * a group in WikiFANE more often than they name a team: الجيش (the army) and الشرطة (the police)
   * name Iraqi clubs, but far more often start the names of bodies (الجيش العراقي).
   */
  static Set<String> teamNames(Uses uses) {
    Set<String> out = new TreeSet<>();
    uses.teams().forEach((word, n) -> {
      if (n >= uses.bodies().getOrDefault(word, 0)) {
        out.add(word);
      }
    });
    return out;
  }

  /** WikiFANE's fine types of organisations and groups other than Sports. */
  private static final Set<String> OTHER_BODIES = Set.of("Government", "Police",
      "Non-Governmental", "Commercial", "Media", "Educational", "Religious_ORG", "Entertainment",
      "Medical-Science", "Group");

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

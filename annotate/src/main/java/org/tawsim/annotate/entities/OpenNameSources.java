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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the open sources of named knowledge for {@link EntityListGenerator}: the entities of
 * WikiFANE gold (people, organisations, places), the name words of Wikidata and of Google's
 * transliteration pairs, and the common words of openly licensed running text (UD Arabic-PUD,
 * NTREX). Every method returns sorted, normalised forms, so the output is stable.
 */
final class OpenNameSources {

  private OpenNameSources() {}

  /** WikiFANE's coarse types that Tawsim tags, with the type they become. GPE is a place. */
  static final Map<String, String> WIKIFANE_TYPES = Map.of("PER", "PER", "ORG", "ORG",
      "GPE", "LOC", "LOC", "LOC");

  /** WikiFANE's fine types of its coarse PER that are groups of people, not a person. */
  static final Set<String> NOT_PERSON = Set.of("Group");

  /** Proclitics that WikiFANE splits off as tokens of their own (و قال): joined to the next. */
  static final Set<String> PROCLITICS = Set.of("و", "ف", "ب", "ل", "ك");

  /** Pronoun suffixes that WikiFANE splits off (مدن ها): joined to the word before. */
  static final Set<String> SUFFIXES = Set.of("ه", "ها", "هم", "هما", "هن", "نا", "كم");

  /** Longest entity kept, in words: longer spans are descriptions more than names. */
  static final int MAX_WORDS = 6;

  /**
   * A name seen in WikiFANE, with how often it is marked as that type and how often its words
   * stand alone outside any entity (for one-word names).
   */
  record Mentions(int asEntity, int outside) {}

  /**
   * Returns WikiFANE's entities by Tawsim type (PER, ORG, LOC), each surface form rebuilt from the
   * split tokens (proclitics joined to the next word, pronoun suffixes to the word before), with
   * how often it is an entity and, for one word, how often the word is outside every entity.
   * Spans with a digit, a Latin letter or punctuation, longer than {@link #MAX_WORDS} words, or
   * groups of people (الأوروبيين) are left out.
   */
  static Map<String, Map<String, Mentions>> wikifane(Path tsv) throws IOException {
    Map<String, Map<String, int[]>> counts = new TreeMap<>();
    Map<String, Integer> outside = new HashMap<>();
    List<String> tokens = new ArrayList<>();
    String type = null;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      String tag = cols.length == 3 ? cols[2] : "O";
      boolean inside = tag.startsWith("I-") && type != null;
      if (!inside && type != null) {
        add(counts, type, tokens);
        type = null;
      }
      if (cols.length != 3) {
        continue;
      }
      String word = Lexicon.NORMALIZER.normalizeToString(cols[0]);
      if (tag.startsWith("B-")) {
        String t = WIKIFANE_TYPES.get(tag.substring(2));
        boolean group = NOT_PERSON.contains(cols[1].substring(2));
        type = t == null || group ? null : t;
        tokens.clear();
        tokens.add(word);
      } else if (inside) {
        tokens.add(word);
      } else if (tag.equals("O")) {
        outside.merge(word, 1, Integer::sum);
      }
    }
    if (type != null) {
      add(counts, type, tokens);
    }
    Map<String, Map<String, Mentions>> out = new TreeMap<>();
    counts.forEach((t, names) -> {
      Map<String, Mentions> m = new TreeMap<>();
      names.forEach((name, n) -> m.put(name, new Mentions(n[0],
          name.indexOf(' ') < 0 ? outside.getOrDefault(name, 0) : 0)));
      out.put(t, m);
    });
    return out;
  }

  private static void add(Map<String, Map<String, int[]>> counts, String type, List<String> tokens) {
    String name = surface(tokens);
    if (name != null) {
      counts.computeIfAbsent(type, k -> new TreeMap<>())
          .computeIfAbsent(name, k -> new int[1])[0]++;
    }
  }

  /** Rebuilds a surface form from WikiFANE's split tokens, or null when it is no plain name. */
  static String surface(List<String> tokens) {
    StringBuilder sb = new StringBuilder();
    boolean glue = false;
    int words = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (!arabicLetters(t)) {
        return null;
      }
      if (i > 0 && SUFFIXES.contains(t)) {
        sb.append(t);
        continue;
      }
      if (sb.length() > 0 && !glue) {
        sb.append(' ');
      }
      sb.append(t);
      glue = PROCLITICS.contains(t);
      if (!glue) {
        words++;
      }
    }
    // a proclitic at the end belongs to a word outside the span
    return words == 0 || words > MAX_WORDS || glue ? null : sb.toString();
  }

  /**
   * Returns the person-name words of Wikidata (CC0) with their counts, plus one for each word of
   * Google's transliteration pairs (Apache-2.0), normalised: Arabic letters only, two at least.
   */
  static Map<String, Integer> nameWords(Path gazetteers) throws IOException {
    Map<String, Integer> words = new TreeMap<>();
    List<String> wikidata = Files.readAllLines(
        gazetteers.resolve("wikidata-name-tokens/name-tokens.tsv"), StandardCharsets.UTF_8);
    for (String line : wikidata.subList(1, wikidata.size())) {
      String[] cols = line.split("\t");
      if (cols.length == 3) {
        addWord(words, cols[0], Integer.parseInt(cols[2].strip()));
      }
    }
    for (String line : Files.readAllLines(
        gazetteers.resolve("google-transliteration-ar/ar2en.txt"), StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        addWord(words, line.substring(0, tab), 1);
      }
    }
    return words;
  }

  private static void addWord(Map<String, Integer> words, String raw, int count) {
    String w = Lexicon.NORMALIZER.normalizeToString(raw.strip());
    if (w.length() >= 2 && arabicLetters(w)) {
      words.merge(w, count, Integer::sum);
    }
  }

  /**
   * Returns how often each word is used as a common word in openly licensed running text: in UD
   * Arabic-PUD (CC BY-SA 3.0) each syntactic word the treebank tags as no proper noun, foreign word,
   * number or symbol; in NTREX (CC BY-SA 4.0) each word with the article (الطاقة، والطاقة، بالطاقة
   * count for طاقة), which a foreign name does not take. Normalised, Arabic letters only.
   */
  static Map<String, Integer> commonWords(Path pud, Path ntrex) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    for (String line : Files.readAllLines(pud, StandardCharsets.UTF_8)) {
      String[] cols = EntityListGenerator.wordRow(line);
      if (cols == null || EntityListGenerator.NOT_VOCABULARY.contains(cols[3])) {
        continue;
      }
      addWord(counts, cols[1], 1);
    }
    for (String line : Files.readAllLines(ntrex, StandardCharsets.UTF_8)) {
      for (String token : line.split("\\s+")) {
        String w = Lexicon.NORMALIZER.normalizeToString(stripPunctuation(token));
        String stem = articleStem(w);
        if (stem != null) {
          addWord(counts, stem, 1);
        }
      }
    }
    return counts;
  }

  /** Proclitics that may come before the article: و، ف، ب، ك and their pairs. */
  private static final List<String> BEFORE_ARTICLE = List.of("", "و", "ف", "ب", "ك", "وب", "فب");

  /**
   * Returns the word after the article (ال، وال، بال، لل...) with three letters at least, or null
   * when the word has no article.
   */
  static String articleStem(String w) {
    if (w.startsWith("لل") && w.length() >= 5) {
      return w.substring(2);
    }
    if (w.startsWith("ولل") && w.length() >= 6) {
      return w.substring(3);
    }
    for (String p : BEFORE_ARTICLE) {
      if (w.startsWith(p + "ال") && w.length() >= p.length() + 5) {
        return w.substring(p.length() + 2);
      }
    }
    return null;
  }

  static String stripPunctuation(String token) {
    int b = 0;
    int e = token.length();
    while (b < e && !Character.isLetter(token.charAt(b))) {
      b++;
    }
    while (e > b && !Character.isLetter(token.charAt(e - 1))) {
      e--;
    }
    return token.substring(b, e);
  }

  static boolean arabicLetters(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '\u0621' || c > '\u064A') {
        return false;
      }
    }
    return true;
  }

  /** Returns the entries of a map as sorted lines {@code WORD COUNT}. */
  static Set<String> counted(Map<String, Integer> counts) {
    Set<String> lines = new TreeSet<>();
    counts.forEach((w, n) -> lines.add(w + " " + n));
    return lines;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tawsim.core.io.WordLists;

/**
 * The lists {@link EntityListGenerator} writes from WikiFANE, Wikidata, Google's transliteration
 * pairs and running text ({@link OpenNameSources}), and the curated named lists filtered to the
 * entries an open source attests.
 *
 * <p>The curated lists ({@code persons.txt}, {@code organisations.txt}, {@code locations.txt},
 * {@code names-given-extra.txt}) were written by hand; an entry stays only when an open source has
 * it. An organisation or a place must be the same phrase (with or without the article) among
 * WikiFANE's entities of its type, or, for a place, a country or city of CLDR, the country list or
 * the world-cities list: that its words are words of people's names attests nothing (حزب الخضر
 * goes although حزب and الخضر are words of names). A person of two words or more must be a
 * WikiFANE person, or have every word a name word of {@code name-words.txt} (Wikidata and Google's
 * pairs, filtered against the common words as that list is), of the Arabic names list or of a
 * WikiFANE person (connectors such as بن and عبد allowed). A person of one word is tagged wherever
 * the word stands, so a name word alone does not attest it (أينشتاين goes): WikiFANE must give it
 * as a person or as a word of a person's name (ترامب of دونالد ترامب). A word of {@code
 * names-given-extra.txt} must be such a name word. Their comments stay as they are.
 */
final class OpenNameLists {

  /** One-word WikiFANE names must be an entity this often, and at least as often as not. */
  static final int MIN_ONE_WORD_MENTIONS = 2;

  /**
   * A name word is kept when it is never a common word of the running text, or when its name count
   * is this many times its common count (جون 2,622 times a name).
   */
  static final int NAME_OVER_COMMON = 20;

  /** Wikidata words seen once are often misaligned pairs (carax → دوبونت): two at least. */
  static final int MIN_NAME_COUNT = 2;

  /** Words that join the words of a person's name: بن، ابن، أبو، عبد، ال... */
  static final Set<String> CONNECTORS = Set.of("بن", "ابن", "بنت", "ابو", "ابي", "ابا", "ام", "ال",
      "عبد", "ولد", "دي", "دو", "دا", "فان", "فون", "دير");

  private static final String WIKIFANE =
      "WikiFANE gold, Alotaibi and Lee (CC BY-SA 3.0, Wikipedia-based fine-grained Arabic named"
          + " entities): the entities of type ";

  private OpenNameLists() {}

  /** Returns the generated files by name, with their content. */
  static Map<String, String> files(Path data, Path resources) throws IOException {
    Path gazetteers = data.resolve("gazetteers");
    Map<String, Map<String, OpenNameSources.Mentions>> wikifane =
        OpenNameSources.wikifane(data.resolve("wikifane-gold/wikifane-gold.tsv"));
    Map<String, Integer> common = OpenNameSources.commonWords(
        data.resolve("ud-pud-ar/ar_pud-ud-test.conllu"),
        data.resolve("ntrex-ar/ntrex-ar.sentences.txt"));
    Map<String, String> files = new LinkedHashMap<>();
    files.put("wikifane-persons.txt", wikifaneFile(wikifane, "PER", common));
    files.put("wikifane-organisations.txt", wikifaneFile(wikifane, "ORG", common));
    files.put("wikifane-locations.txt", wikifaneFile(wikifane, "LOC", common));
    Map<String, Integer> names = OpenNameSources.nameWords(gazetteers);
    files.put("name-words.txt", EntityListGenerator.file(
        "person-name words of Wikidata (CC0 1.0, via steveash/NETransliteration-COLING2018) with"
            + " their counts, plus one for each word of google/transliteration ar2en.txt (Apache"
            + " License 2.0); normalised, three letters at least, no article, count "
            + MIN_NAME_COUNT + " at least, and either never a common word of common-words-counts.txt"
            + " or a name " + NAME_OVER_COMMON + " times as often. Format: WORD COUNT",
        OpenNameSources.counted(nameWords(names, common))));
    files.put("common-word-counts.txt", EntityListGenerator.file(
        "running text: UD Arabic-PUD (CC BY-SA 3.0), words tagged neither PROPN, X, NUM nor SYM;"
            + " NTREX-128 Arabic (CC BY-SA 4.0), words with the article, counted without it."
            + " This list is CC BY-SA. Format: WORD COUNT",
        OpenNameSources.counted(common)));
    // the name words as name-words.txt keeps them: a raw Wikidata word seen once, or a common word
    // such as حزب that some person's name holds, attests no name
    Attestation att = new Attestation(resources, gazetteers, wikifane, nameWords(names, common));
    for (String curated : Attestation.CURATED) {
      files.put(curated, att.filter(curated));
    }
    return files;
  }

  /** Returns the name words kept: see {@link #NAME_OVER_COMMON} and {@link #MIN_NAME_COUNT}. */
  static Map<String, Integer> nameWords(Map<String, Integer> names, Map<String, Integer> common) {
    Map<String, Integer> kept = new java.util.TreeMap<>();
    names.forEach((w, n) -> {
      int c = common.getOrDefault(w, 0);
      if (w.length() >= 3 && !w.startsWith("ال") && n >= MIN_NAME_COUNT
          && (c == 0 || n >= NAME_OVER_COMMON * c)) {
        kept.put(w, n);
      }
    });
    return kept;
  }

  private static String wikifaneFile(Map<String, Map<String, OpenNameSources.Mentions>> wikifane,
      String type, Map<String, Integer> common) {
    Set<String> out = new TreeSet<>();
    wikifane.getOrDefault(type, Map.of()).forEach((name, m) -> {
      if (name.indexOf(' ') > 0 || !type.equals("PER") && oneWordName(name, m, common)) {
        out.add(name);
      }
    });
    return EntityListGenerator.file(WIKIFANE + type + (type.equals("LOC") ? " (GPE and LOC)" : "")
        + (type.equals("PER") ? " (people, not groups)" : "")
        + ", surface forms rebuilt from its split tokens; no one-word person; a one-word name only"
        + " when marked so "
        + MIN_ONE_WORD_MENTIONS + " times at least, at least as often as it stands outside a name,"
        + " and never a common word of common-word-counts.txt", out);
  }

  private static boolean oneWordName(String name, OpenNameSources.Mentions m,
      Map<String, Integer> common) {
    return name.length() >= 3 && m.asEntity() >= MIN_ONE_WORD_MENTIONS
        && m.asEntity() >= m.outside() && !common.containsKey(name)
        && !common.containsKey(withoutArticle(name));
  }

  static String withoutArticle(String name) {
    return name.startsWith("ال") && name.length() > 4 ? name.substring(2) : name;
  }

  /** Which open source attests an entry of a curated named list. */
  static final class Attestation {
    static final List<String> CURATED =
        List.of("persons.txt", "names-given-extra.txt", "organisations.txt", "locations.txt");

    private final Path resources;
    private final Set<String> persons;
    private final Set<String> organisations;
    private final Set<String> places;
    private final Set<String> nameWords;
    private final Set<String> personNameWords;

    Attestation(Path resources, Path gazetteers,
        Map<String, Map<String, OpenNameSources.Mentions>> wikifane, Map<String, Integer> names)
        throws IOException {
      this.resources = resources;
      this.persons = keys(wikifane.get("PER").keySet());
      this.organisations = keys(wikifane.get("ORG").keySet());
      Set<String> p = new HashSet<>(wikifane.get("LOC").keySet());
      p.addAll(CldrLists.countries());
      p.addAll(CldrLists.cities());
      for (String line : WordLists.read(gazetteers.resolve("country-list-ar/country.txt"))) {
        p.add(line);
      }
      p.addAll(EntityListGenerator.worldCities(
          gazetteers.resolve("world-cities-ar/world-cities.csv"), 0));
      this.places = keys(p);
      Set<String> words = new HashSet<>(names.keySet());
      for (String f : List.of("arabic-names/male-first--names-in-arabic.txt",
          "arabic-names/female-first-names-in-arabic.txt", "arabic-names/last-names-in-arabic.txt")) {
        for (String line : WordLists.read(gazetteers.resolve(f))) {
          words.addAll(Lexicon.words(line));
        }
      }
      Set<String> inNames = new HashSet<>();
      for (String person : persons) {
        List<String> parts = List.of(person.split(" "));
        words.addAll(parts);
        if (parts.size() > 1) {
          inNames.addAll(parts);
        }
      }
      this.nameWords = words;
      this.personNameWords = inNames;
    }

    /** True when an open source attests this entry of a curated list. */
    boolean attested(String list, String entry) {
      String key = key(entry);
      switch (list) {
        case "persons.txt":
          if (persons.contains(key)) {
            return true;
          }
          if (key.indexOf(' ') < 0) {
            // one word is tagged a person wherever it stands: a name word alone (أينشتاين) is
            // no person, only a word of a person's name that WikiFANE gives (ترامب of دونالد ترامب)
            return personNameWords.contains(key);
          }
          for (String w : key.split(" ")) {
            if (!nameWords.contains(w) && !CONNECTORS.contains(w)
                && !nameWords.contains(withoutArticle(w))) {
              return false;
            }
          }
          return true;
        case "names-given-extra.txt":
          return nameWords.contains(key);
        case "organisations.txt":
          return organisations.contains(key) || organisations.contains(withoutArticle(key))
              || organisations.contains("ال" + key);
        default:
          return places.contains(key) || places.contains(withoutArticle(key))
              || places.contains("ال" + key);
      }
    }

    /** Returns a curated list with its comments and its attested entries, in their order. */
    String filter(String list) throws IOException {
      Path file = resources.resolve(list);
      StringBuilder sb = new StringBuilder();
      for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
        String s = line.strip();
        if (s.isEmpty() || s.charAt(0) == '#' || attested(list, s)) {
          sb.append(line).append('\n');
        }
      }
      return sb.toString();
    }

    private static Set<String> keys(Set<String> phrases) {
      Set<String> out = new HashSet<>();
      for (String p : phrases) {
        out.add(key(p));
      }
      return out;
    }

    static String key(String phrase) {
      return String.join(" ", Lexicon.words(phrase));
    }
  }
}

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tawsim.core.io.WordLists;

/**
 * The program that writes the generated entity lists under {@code
 * annotate/src/main/resources/org/tawsim/annotate/entities/} from open data: Arabic names, countries
 * and world cities from {@code gazetteers/}, people, organisations and places from WikiFANE gold,
 * name words from Wikidata and Google's transliteration pairs, common words and the general
 * vocabulary from UD Arabic-PUD and NTREX ({@link OpenNameLists}, {@link OpenNameSources}). It also
 * filters the curated named lists to the entries an open source attests. The CLDR lists are written
 * at build time by {@link CldrLists}, so none is committed.
 *
 * <p>Run it from the repository root after changing it, its sources or ICU4J; it reads the data
 * folder ({@code ../shared/data} for development: {@code gazetteers}, {@code wikifane-gold}, {@code
 * ud-pud-ar}, {@code ntrex-ar}) and rewrites the lists in the resource folder, the curated ones in
 * place. With {@code --check} it writes nothing and exits with 1 when a list is stale:
 *
 * <pre>
 * ./tawsim --version   # builds cli/target/tawsim.jar, which holds this program and ICU4J
 * java -cp cli/target/tawsim.jar org.tawsim.annotate.entities.EntityListGenerator \
 *   ../shared/data annotate/src/main/resources/org/tawsim/annotate/entities
 * </pre>
 *
 * <p>{@code GeneratedListsTest} checks that the committed files are what this program writes, so
 * the lists cannot drift from their sources unnoticed. Output is sorted and stable: the same sources
 * give byte-identical files.
 */
final class EntityListGenerator {

  /**
   * Administrative words that some city names of the world-cities list start with (ولاية قندهار):
   * the name proper follows. The words of {@code loc-triggers.txt} marked {@code prefix}.
   */
  static final Set<String> ADMIN_PREFIXES = LocTrigger.shippedWith(LocTrigger.PREFIX);

  /**
   * One-word city names below this population are left out: the list translates many small places
   * with common Arabic words (قلب، كتاب، معرفة), which would be tagged everywhere.
   */
  static final long MIN_POPULATION_ONE_WORD = 500_000;

  /**
   * First words of entries of the world-cities list that are not cities (clubs, universities,
   * stadiums): the words of {@code loc-triggers.txt} marked {@code not-city}.
   */
  static final Set<String> NOT_CITY_HEADS = LocTrigger.shippedWith(LocTrigger.NOT_CITY);

  /** The folders of the data folder that the lists are generated from. */
  static final List<String> SOURCES =
      List.of("gazetteers", "wikifane-gold", "ud-pud-ar", "ntrex-ar");

  private EntityListGenerator() {}

  /**
   * Writes the lists: {@code EntityListGenerator [--check] DATA_DIR RESOURCE_DIR}. Exit status 2
   * on bad arguments or a missing source folder, 1 when {@code --check} finds a stale list.
   */
  public static void main(String[] args) throws IOException {
    boolean check = args.length == 3 && args[0].equals("--check");
    if (args.length != (check ? 3 : 2)) {
      System.err.println("usage: EntityListGenerator [--check] DATA_DIR RESOURCE_DIR");
      System.err.println("  DATA_DIR holds " + String.join(", ", SOURCES)
          + "; RESOURCE_DIR is annotate/src/main/resources/org/tawsim/annotate/entities");
      System.exit(2);
    }
    Path data = Path.of(args[check ? 1 : 0]);
    Path out = Path.of(args[check ? 2 : 1]);
    for (String source : SOURCES) {
      if (!Files.isDirectory(data.resolve(source))) {
        System.err.println("EntityListGenerator: no folder " + data.resolve(source));
        System.exit(2);
      }
    }
    if (!Files.isRegularFile(out.resolve("persons.txt"))) {
      System.err.println("EntityListGenerator: " + out + " holds no persons.txt: not the entity"
          + " resource folder");
      System.exit(2);
    }
    int stale = 0;
    for (Map.Entry<String, String> f : files(data, out).entrySet()) {
      Path file = out.resolve(f.getKey());
      boolean same = Files.isRegularFile(file)
          && Files.readString(file, StandardCharsets.UTF_8).equals(f.getValue());
      if (!same) {
        stale++;
        System.err.println((check ? "stale: " : "wrote: ") + file);
        if (!check) {
          Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
        }
      }
    }
    System.err.printf(Locale.ROOT, "EntityListGenerator: %d lists %s%n", stale,
        check ? "stale" : "rewritten");
    System.exit(check && stale > 0 ? 1 : 0);
  }

  /**
   * Returns every generated file by name, with its content: the lists derived from the sources of
   * {@code data} and the curated named lists of {@code resources} filtered to attested entries.
   */
  static Map<String, String> files(Path data, Path resources) throws IOException {
    Path dir = data.resolve("gazetteers");
    Map<String, String> files = new LinkedHashMap<>();
    String names = "github.com/AKhateeb/arabic-names (MIT, Copyright (c) 2018 AKhateeb)";
    Set<String> given = new TreeSet<>();
    given.addAll(WordLists.read(dir.resolve("arabic-names/male-first--names-in-arabic.txt")));
    given.addAll(WordLists.read(dir.resolve("arabic-names/female-first-names-in-arabic.txt")));
    files.put("names-given.txt", file("Arabic given names from " + names, given));
    files.put(
        "names-family.txt",
        file("Arabic family names from " + names,
            new TreeSet<>(WordLists.read(dir.resolve("arabic-names/last-names-in-arabic.txt")))));
    Set<String> countries = new TreeSet<>();
    for (String line : WordLists.read(dir.resolve("country-list-ar/country.csv"))) {
      int comma = line.indexOf(',');
      if (comma == 2 && !line.startsWith("id,")) { // ISO code, name; the header is id,value
        countries.add(stripParenthesis(unquote(line.substring(comma + 1))));
      }
    }
    files.put("countries.txt", file(
        "Country names in Arabic from github.com/umpirsky/country-list (MIT, Copyright (c) Sasa"
            + " Stamenkovic; data from CLDR)", countries));
    files.put("world-cities.txt", file(
        "World cities in Arabic from github.com/jamsshhayd/world-cities-translations (CC BY 4.0;"
            + " data from Wikidata); administrative prefixes stripped, non-cities and one-word names of places under "
            + MIN_POPULATION_ONE_WORD + " inhabitants left out",
        worldCities(dir.resolve("world-cities-ar/world-cities.csv"))));
    files.put("vocabulary.txt", file(
        "UD Arabic-PUD, Universal Dependencies (CC BY-SA 3.0,"
            + " github.com/UniversalDependencies/UD_Arabic-PUD): the normalised forms of its words"
            + " tagged NOUN, VERB, ADJ or another word class, never PROPN, X, NUM or SYM; three"
            + " letters at least; with the other forms of nouns, adjectives and past verbs"
            + " (article, accusative, feminine plural, feminine and plural persons)",
        vocabulary(data.resolve("ud-pud-ar").resolve("ar_pud-ud-test.conllu"))));
    files.put("verbs.txt", file(
        "UD Arabic-PUD, Universal Dependencies (CC BY-SA 3.0,"
            + " github.com/UniversalDependencies/UD_Arabic-PUD): the normalised forms of its verbs"
            + " in the third person singular of the active voice, never tagged as another word"
            + " class; three letters at least; with the feminine of past forms; less the words"
            + " that it or NTREX-128 Arabic (CC BY-SA 4.0) uses more often as nouns than it tags"
            + " them verbs (VerbParadigms)",
        verbs(data.resolve("ud-pud-ar").resolve("ar_pud-ud-test.conllu"),
            data.resolve("ntrex-ar").resolve("ntrex-ar.sentences.txt"))));
    files.put("verb-forms.txt", file(
        "UD Arabic-PUD, Universal Dependencies (CC BY-SA 3.0,"
            + " github.com/UniversalDependencies/UD_Arabic-PUD): for each lemma of its verbs, the"
            + " normalised third person singular: the past, masculine and feminine, and the"
            + " masculine imperfect, its stem from a form of the treebank or from the lemma's"
            + " pattern"
            + " (VerbParadigms); forms it tags as another word class left out, and words"
            + " that it or NTREX-128 Arabic (CC BY-SA 4.0) uses more often as nouns than it tags"
            + " them verbs: a lemma of a noun, adjective or name, a word after the article or"
            + " after a preposition",
        VerbParadigms.forms(data.resolve("ud-pud-ar").resolve("ar_pud-ud-test.conllu"),
            data.resolve("ntrex-ar").resolve("ntrex-ar.sentences.txt"))));
    files.putAll(OpenNameLists.files(data, resources));
    List<String> givenNames = new ArrayList<>(WordLists.parse(files.get("names-given.txt")));
    givenNames.addAll(WordLists.parse(files.get("names-given-extra.txt")));
    files.put("ambiguous-given.txt", AmbiguousGivenNames.file(givenNames,
        Set.copyOf(WordLists.parse(files.get("vocabulary.txt"))),
        OpenNameSources.commonWords(data.resolve("ud-pud-ar/ar_pud-ud-test.conllu"),
            data.resolve("ntrex-ar/ntrex-ar.sentences.txt")),
        AmbiguousGivenNames.read(data.resolve("wikifane-gold/wikifane-gold.tsv"))));
    files.putAll(WikifaneWords.files(
        WikifaneWords.read(data.resolve("wikifane-gold/wikifane-gold.tsv")), places(files)));
    return files;
  }

  /** Returns the entries of the place lists, generated so far or written by CldrLists. */
  private static List<String> places(Map<String, String> files) {
    List<String> places = new ArrayList<>();
    for (String list : List.of("countries.txt", "world-cities.txt", "locations.txt",
        "wikifane-locations.txt")) {
      places.addAll(WordLists.parse(files.get(list)));
    }
    places.addAll(CldrLists.countries());
    places.addAll(CldrLists.cities());
    return places;
  }

  /** Word classes that make a treebank form no general word: a name, a foreign word, a number. */
  static final Set<String> NOT_VOCABULARY = Set.of("PROPN", "X", "NUM", "SYM", "PUNCT");

  /**
   * Returns the ten columns of a CoNLL-U line that is a syntactic word, or null for a comment, a
   * blank line, a multi-word token's range (its parts follow it) or an empty node.
   */
  static String[] wordRow(String line) {
    if (line.isEmpty() || line.charAt(0) == '#') {
      return null;
    }
    String[] cols = line.split("\t");
    return cols.length < 10 || cols[0].indexOf('-') >= 0 || cols[0].indexOf('.') >= 0 ? null : cols;
  }

  /**
   * Returns the normalised forms of the syntactic words of a CoNLL-U file (multi-word token lines
   * skipped: their parts are listed) that the treebank never tags as a name, a foreign word or a
   * number: Arabic letters only, three letters at least.
   */
  static Set<String> vocabulary(Path conllu) throws IOException {
    Set<String> words = new TreeSet<>();
    Set<String> excluded = new TreeSet<>();
    for (String line : WordLists.read(conllu)) {
      String[] cols = wordRow(line);
      if (cols == null) {
        continue;
      }
      String form = Lexicon.NORMALIZER.normalizeToString(cols[1]);
      if (NOT_VOCABULARY.contains(cols[3])) {
        excluded.add(form);
      } else if (form.length() >= 3 && OpenNameSources.arabicLetters(form)) {
        words.add(form);
        if (cols[3].equals("NOUN") || cols[3].equals("ADJ")) {
          words.addAll(nominalForms(form));
        } else if (cols[3].equals("VERB")) {
          words.addAll(verbForms(form));
        }
      }
    }
    words.removeAll(excluded);
    return words;
  }

  /**
   * Returns the verbs of a CoNLL-U file that can open a verb-subject sentence: forms tagged VERB
   * in the third person singular, active voice, that the treebank never tags as another word class
   * (قدر is also a noun), with the feminine of each masculine past form (صرح، صرحت); less the forms
   * that the treebank or the sentences of {@code text} (one a line) use more often as nouns than
   * the treebank tags them verbs ({@link VerbParadigms#usedAsNoun}: شعر، طالب).
   */
  static Set<String> verbs(Path conllu, Path text) throws IOException {
    Set<String> verbs = new TreeSet<>();
    Set<String> other = new TreeSet<>();
    Map<String, Integer> asVerb = new java.util.TreeMap<>(); // spelled form -> times a verb
    Map<String, String> spellings = new java.util.TreeMap<>(); // normalised -> spelled
    for (String line : WordLists.read(conllu)) {
      String[] cols = wordRow(line);
      if (cols == null) {
        continue;
      }
      String form = Lexicon.NORMALIZER.normalizeToString(cols[1]);
      if (!cols[3].equals("VERB")) {
        other.add(form);
        continue;
      }
      asVerb.merge(VerbParadigms.spelled(cols[1]), 1, Integer::sum);
      if (cols[5].contains("Person=3") && cols[5].contains("Number=Sing")
          && cols[5].contains("Voice=Act") && form.length() >= 3
          && OpenNameSources.arabicLetters(form)) {
        verbs.add(form);
        spellings.put(form, VerbParadigms.spelled(cols[1]));
        List<String> persons = verbForms(form); // the feminine, then the plural
        if (cols[5].contains("Aspect=Perf") && cols[5].contains("Gender=Masc")
            && !persons.isEmpty()) {
          verbs.add(persons.get(0));
        }
      }
    }
    verbs.removeAll(other);
    Map<String, Integer> nouns = VerbParadigms.nouns(conllu, text);
    verbs.removeIf(f -> VerbParadigms.usedAsNoun(spellings.getOrDefault(f, f), nouns, asVerb));
    return verbs;
  }

  /**
   * Returns the other forms of a noun or adjective that news text writes as often: with the article
   * or without it (الهجوم، هجوم), and the indefinite accusative of a masculine form (هجوما).
   */
  static List<String> nominalForms(String form) {
    List<String> out = new ArrayList<>(3);
    String bare = form;
    if (form.startsWith("ال") && form.length() >= 5) {
      bare = form.substring(2);
      out.add(bare);
    } else if (!form.startsWith("ال")) {
      out.add("ال" + form);
    }
    char last = bare.charAt(bare.length() - 1);
    if (bare.length() >= 3 && "هةاىي".indexOf(last) < 0) {
      out.add(bare + "ا");
    }
    if (bare.length() >= 4 && (last == 'ه' || last == 'ة')) {
      String plural = bare.substring(0, bare.length() - 1) + "ات";
      out.add(plural); // محادثة، محادثات
      out.add("ال" + plural);
    }
    return out;
  }

  /**
   * Returns the other persons of a verb in the past that news text writes as often: from the
   * masculine singular (صرح) the feminine (صرحت) and the plural (صرحوا). Forms that start with a
   * prefix of the present (ي، ت، ن) or end in a vowel letter are left as they are.
   */
  static List<String> verbForms(String form) {
    char first = form.charAt(0);
    char last = form.charAt(form.length() - 1);
    if (form.length() < 3 || form.length() > 6 || "يتن".indexOf(first) >= 0
        || "اويىهة".indexOf(last) >= 0) {
      return List.of();
    }
    return List.of(form + "ت", form + "وا");
  }

  private static Set<String> worldCities(Path csv) throws IOException {
    return worldCities(csv, MIN_POPULATION_ONE_WORD);
  }

  /** Returns the city names of the world-cities list, one-word names below a population left out. */
  static Set<String> worldCities(Path csv, long minPopulationOneWord) throws IOException {
    Set<String> names = new TreeSet<>();
    List<String> rows = WordLists.read(csv);
    for (int i = 1; i < rows.size(); i++) {
      List<String> cols = csvRow(rows.get(i));
      if (cols.size() < 3) {
        continue;
      }
      String name = cols.get(2).strip();
      int comma = name.indexOf('،');
      if (comma > 0) {
        name = name.substring(0, comma).strip();
      }
      name = stripParenthesis(name);
      String[] words = name.split(" ");
      if (NOT_CITY_HEADS.contains(words[0])) {
        continue;
      }
      if (words.length > 1 && ADMIN_PREFIXES.contains(words[0])) {
        name = name.substring(words[0].length() + 1);
      }
      long population = cols.size() > 4 ? parsePopulation(cols.get(4)) : 0;
      if (name.indexOf(' ') < 0 && population < minPopulationOneWord) {
        continue;
      }
      if (name.codePointCount(0, name.length()) >= 2 && !name.matches(".*[A-Za-z0-9].*")) {
        names.add(name);
      }
    }
    return names;
  }

  private static long parsePopulation(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<String> csvRow(String row) {
    List<String> cols = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cols.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cols.add(cell.toString());
    return cols;
  }

  /** A CSV field without its quotes ("الإمارات العربية المتحدة"); a doubled quote stays one. */
  private static String unquote(String field) {
    String f = field.strip();
    if (f.length() >= 2 && f.charAt(0) == '"' && f.charAt(f.length() - 1) == '"') {
      return f.substring(1, f.length() - 1).replace("\"\"", "\"");
    }
    return f;
  }

  private static String stripParenthesis(String name) {
    int p = name.indexOf('(');
    return (p > 0 ? name.substring(0, p) : name).strip();
  }

  static String file(String source, Set<String> entries) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Generated by EntityListGenerator (annotate/src/main/java); do not edit by hand.\n");
    sb.append("# Source: ").append(source).append('\n');
    for (String e : entries) {
      sb.append(e).append('\n');
    }
    return sb.toString();
  }
}

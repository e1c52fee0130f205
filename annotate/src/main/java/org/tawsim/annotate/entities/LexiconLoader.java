/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.tawsim.annotate.entities.Lexicon.*;
import static org.tawsim.core.text.ArabicCharacters.ALEF;
import static org.tawsim.core.text.ArabicCharacters.FEH;
import static org.tawsim.core.text.ArabicCharacters.GHAIN;
import static org.tawsim.core.text.ArabicCharacters.JEEM;
import static org.tawsim.core.text.ArabicCharacters.NOON;
import static org.tawsim.core.text.ArabicCharacters.WAW;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tawsim.annotate.ClosedClass;
import org.tawsim.core.EntityType;

/**
 * Reads the lists of this package into the parts of the default {@link Lexicon}: which list gives
 * which word class, which trie and which priority. Lists are read with {@link Lexicon#read}.
 */
final class LexiconLoader {

  /** Priority of the people and organisations of WikiFANE: just below the curated lists. */
  static final int GENERATED_NAMES = CURATED - 1;

  private static final String WIKIFANE = "gazetteer:wikifane-";

  /** Priority of a one-word name of WikiFANE: below every list of places. */
  static final int ONE_WORD_GENERATED = 19;

  /** Word classes that a name word of open data gives way to. */
  private static final int NOT_NAME_WORD = STOP | COMMON | VOCAB | TIME | TITLE_WORD | NORP | SCALE
      | LOC_TRIGGER | HEAD_WORD | WEEKDAY | MODIFIER | SUBJECT_VERB | PERSON_ROLE | STATUS_ADJECTIVE
      | CONNECTOR;

  private LexiconLoader() {}

  /** Masculine plural verb endings: past قالوا، present يقولون. */
  private static final String PAST_PLURAL = "" + WAW + ALEF;
  private static final String PRESENT_PLURAL = "" + WAW + NOON;

  /**
   * The speech verbs that can open a verb-subject sentence: in that order an Arabic verb agrees
   * with its subject in gender only (وقال المسؤولون), so a masculine plural form (قالوا، يقولون)
   * follows its subject and names no one after it (وصفوا اقتراح السيد).
   */
  static List<String> withoutPlurals(List<String> verbs) {
    return verbs.stream()
        .filter(v -> !v.endsWith(PAST_PLURAL) && !v.endsWith(PRESENT_PLURAL))
        .toList();
  }

  /** Reads the lists of this package into a builder of the default lexicon. */
  static Builder load() {
    Builder b = new Builder();
    // Word classes first: the lists below drop single words that are stop words.
    b.flag(read("stopwords.txt"), STOP);
    b.flag(ClosedClass.PREPOSITIONS.entries(), STOP);
    b.flag(ClosedClass.QUANTIFIERS.entries(), STOP);
    b.flag(ClosedClass.FUNCTION_WORDS.entries(), STOP);
    b.flag(read("common-words.txt"), COMMON);
    // participles of saying continue a report, never start a name (وأردف مؤكدا أن)
    b.flag(ClosedClass.SPEECH_PARTICIPLES.entries(), COMMON);
    b.flag(read("vocabulary.txt"), VOCAB);
    b.flag(read("time-words.txt"), TIME);
    // a month (أبريل، نيسان، the كانون of كانون الثاني) is no name word: أبريل نيسان is no person;
    // not آب, whose two letters are also the city إب and the father أب
    for (String m : read(CldrLists.MONTHS)) {
      String first = words(m).get(0);
      if (first.length() > 2) {
        b.flagWord(first, TIME);
      }
    }
    b.flag(read(CldrLists.WEEKDAYS), WEEKDAY);
    b.flag(read("number-scales.txt"), SCALE);
    b.flag(read("modifiers.txt"), MODIFIER);
    b.flag(read("status-adjectives.txt"), STATUS_ADJECTIVE);
    b.flag(List.of("بن", "ابن", "بنت", "أبو", "أبي", "أبا", "أم", "آل", "ولد"), CONNECTOR);
    // particles of European names (مارك فان بومل، أورسولا فون دير لايين، جان مارك دو لا سابليير):
    // listed so that فان and فون are not read as ف + أن
    b.flag(List.of("فان", "فون", "دير", "دي", "دو", "دا", "ديلا", "دوس", "ديز"), CONNECTOR);
    b.flag(read("ambiguous-given.txt"), AMBIGUOUS);
    b.flag(withoutPlurals(ClosedClass.SPEECH_VERBS.entries()), SUBJECT_VERB);
    b.flag(read("subject-verbs.txt"), SUBJECT_VERB);
    b.flag(read("person-roles.txt"), PERSON_ROLE);
    b.flag(List.copyOf(HeadRules.BODY_HEADS), BODY_HEAD);
    b.flag(List.copyOf(HeadRules.CLUB_PREFIXES), CLUB_PREFIX);
    b.flag(List.copyOf(HeadRules.MEDIA_NAMES), MEDIA_NAME);
    b.flag(List.copyOf(OrganisationTails.TAILS), ORG_TYPE);
    b.flag(read("ambiguous-places.txt"), AMBIGUOUS_PLACE);
    for (String name : concat(read("names-given.txt"), read("names-given-extra.txt"))) {
      List<String> words = words(name);
      if (words.size() == 1) {
        b.flagWord(words.get(0), GIVEN);
      } else {
        b.givenNames.put(words, Boolean.TRUE, (x, y) -> x);
      }
    }
    b.flag(read("names-family.txt"), FAMILY);
    for (String line : ClosedClass.PERSON_TITLES.entries()) {
      int bar = line.indexOf('|');
      boolean weak = bar > 0 && line.substring(bar + 1).strip().equals("weak");
      List<String> words = words(bar > 0 ? line.substring(0, bar) : line);
      String last = words.get(words.size() - 1);
      boolean genitive = !last.startsWith("ال") && !last.endsWith(".");
      b.titles.put(words, new Title(genitive, weak), Title::stronger);
      words.forEach(w -> b.flagWord(w, TITLE_WORD));
    }
    for (String line : read("org-heads.txt")) {
      int bar = line.indexOf('|');
      boolean descriptor = bar > 0 && line.substring(bar + 1).strip().equals("descriptor");
      List<String> words = words(bar > 0 ? line.substring(0, bar) : line);
      b.orgHeads.put(words, !descriptor, (x, y) -> x);
      b.flagWord(words.get(0), HEAD_WORD);
    }
    // Heads of natural places (نهر، جبل) introduce a name as triggers do: ANERcorp marks نهر
    // النيجر as O LOC. Fixed names that include their head (البحر الأحمر) are in locations.txt.
    b.flag(read("loc-heads.txt"), LOC_TRIGGER | HEAD_WORD);
    for (LocTrigger t : LocTrigger.shipped()) {
      if (!t.has(LocTrigger.GENERATOR_ONLY)) {
        b.flag(List.of(t.word()),
            t.has(LocTrigger.WEAK) ? LOC_TRIGGER | WEAK_TRIGGER : LOC_TRIGGER);
      }
    }
    for (String c : concat(read("currency-units.txt"), read(CldrLists.CURRENCIES))) {
      b.currencies.put(words(c), Boolean.TRUE, (x, y) -> x);
    }
    for (String m : read(CldrLists.MONTHS)) {
      b.months.put(words(m), Boolean.TRUE, (x, y) -> x);
    }
    Set<String> notNorp = Set.copyOf(read("norp-nouns.txt"));
    for (String norp : read("norp.txt")) {
      for (String form : NorpForms.of(norp)) {
        if (notNorp.contains(form)) {
          continue;
        }
        b.flagWord(NORMALIZER.normalizeToString(form), NORP);
        b.entity(form, new Entry(EntityType.NORP, "gazetteer:norp", 5));
      }
    }
    b.flagFirst(read("name-words.txt"), NAME_WORD);
    List<String> persons = read("persons.txt");
    b.list(persons, new Entry(EntityType.PER, "gazetteer:persons", CURATED));
    for (String p : persons) {
      List<String> words = words(p);
      words.forEach(w -> b.flagWord(w, PERSON_WORD));
      words.subList(0, words.size() - 1).forEach(w -> b.flagWord(w, PERSON_INNER));
    }
    b.list(read("organisations.txt"), new Entry(EntityType.ORG, "gazetteer:organisations", CURATED));
    b.list(read("locations.txt"), new Entry(EntityType.LOC, "gazetteer:locations", 25));
    b.list(read("wikifane-persons.txt"), new Entry(EntityType.PER, "gazetteer:wikifane-persons",
        GENERATED_NAMES));
    b.list(read("wikifane-organisations.txt"),
        new Entry(EntityType.ORG, "gazetteer:wikifane-organisations", GENERATED_NAMES));
    b.list(read("wikifane-locations.txt"),
        new Entry(EntityType.LOC, "gazetteer:wikifane-locations", 22));
    List<String> cldrCountries = read(CldrLists.COUNTRIES);
    List<String> countries = read("countries.txt");
    b.list(cldrCountries, new Entry(EntityType.LOC, "gazetteer:cldr-countries", 20));
    b.list(countries, new Entry(EntityType.LOC, "gazetteer:countries", 20));
    b.countries(concat(cldrCountries, countries));
    b.list(read(CldrLists.CITIES), new Entry(EntityType.LOC, "gazetteer:cldr-cities", 20));
    b.list(read("world-cities.txt"), new Entry(EntityType.LOC, "gazetteer:world-cities", 10));
    b.placeVariants();
    for (String line : read("government-bodies.txt")) {
      int bar = line.indexOf('|');
      List<String> words = words(bar > 0 ? line.substring(0, bar) : line);
      if (bar > 0 && line.substring(bar + 1).strip().equals("head")) {
        b.governmentHeads.add(String.join(" ", words));
      } else {
        b.governmentBodies.add(String.join(" ", words));
      }
    }
    // A family name that is a nationality adjective (المصري) is read as the adjective unless a
    // given name comes first; a given name that is also a common noun needs a strong neighbour.
    b.flags.replaceAll((word, f) -> {
      if ((f & NORP) != 0) {
        f &= ~FAMILY;
      }
      // a name word of open data that is also a word of a closed class is that word
      if ((f & NAME_WORD) != 0 && ((f & NOT_NAME_WORD) != 0 || pronounWithConjunction(word))) {
        f &= ~NAME_WORD;
      }
      if ((f & GIVEN) != 0 && (f & (COMMON | STOP | TIME | VOCAB)) != 0) {
        f |= AMBIGUOUS;
      }
      return f;
    });
    return b;
  }

  /** The personal pronouns (أنا، هو، نحن...), normalised: a closed class. */
  private static final Set<String> PRONOUNS = RuleWords.set("LexiconLoader.PRONOUNS");

  /**
   * True when the word is the conjunction و or ف on a personal pronoun (وأنا، فهو): in running
   * text always "and I", though open data has وانا as a name word (Wanna).
   */
  static boolean pronounWithConjunction(String word) {
    return word.length() >= 3 && (word.charAt(0) == WAW || word.charAt(0) == FEH)
        && PRONOUNS.contains(word.substring(1));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Collects the lexicon's parts; used once by {@link #load()}. */
  static final class Builder {
    final Map<String, Integer> flags = new HashMap<>();
    final PhraseTrie<Entry> entities = new PhraseTrie<>();
    final PhraseTrie<Title> titles = new PhraseTrie<>();
    final PhraseTrie<Boolean> orgHeads = new PhraseTrie<>();
    final PhraseTrie<Boolean> currencies = new PhraseTrie<>();
    final PhraseTrie<Boolean> months = new PhraseTrie<>();
    final PhraseTrie<Boolean> givenNames = new PhraseTrie<>();
    final PhraseTrie<Boolean> namesAfterHeads = new PhraseTrie<>();
    final java.util.Set<String> singlePlaces = new java.util.HashSet<>();
    final java.util.Set<String> governmentBodies = new java.util.HashSet<>();
    final java.util.Set<String> governmentHeads = new java.util.HashSet<>();
    /** {@link Lexicon#country}'s names. */
    final java.util.Set<String> countryNames = new java.util.HashSet<>();

    /**
     * Adds country names, each as its normalised words joined by a space; CLDR's name told apart by
     * a dash (الكونغو - كينشاسا) gives its common name too (الكونغو).
     */
    void countries(List<String> names) {
      for (String c : names) {
        int dash = c.indexOf(" - ");
        if (dash > 0) {
          countryNames.add(String.join(" ", words(c.substring(0, dash))));
        }
        List<String> words = words(c);
        if (!words.isEmpty()) {
          countryNames.add(String.join(" ", words));
        }
      }
    }

    /** Flags the first field of each entry ({@code WORD COUNT} lines give the word). */
    void flagFirst(List<String> entries, int flag) {
      for (String e : entries) {
        int space = e.indexOf(' ');
        flagWord(NORMALIZER.normalizeToString(space > 0 ? e.substring(0, space) : e), flag);
      }
    }

    void flag(List<String> entries, int flag) {
      for (String e : entries) {
        List<String> words = words(e);
        if (words.size() == 1) {
          flagWord(words.get(0), flag);
        }
      }
    }

    /**
     * True when WikiFANE's span starts with a word that Tawsim leaves out of the name, as ANERcorp
     * does: a person's title (الملك فيصل), a place trigger (مدينة جوبا), a common noun (قطاع غزة),
     * a descriptor of an organisation (قناة الجزيرة، نادي الظفرة); or when it is a description
     * in common words.
     */
    private boolean describedName(List<String> words) {
      String first = words.get(0);
      int f = flags.getOrDefault(first, 0);
      PhraseTrie.Node<Boolean> head = orgHeads.root(first);
      if ((f & (LOC_TRIGGER | COMMON)) != 0 || startsWithTitle(words)
          || head != null && Boolean.FALSE.equals(head.value())) {
        return true;
      }
      // every word after the first a common word: a description of a body or a place (الجيش
      // الإسرائيلي، المحكمة العليا، الصين الشعبية، مصر الفرعونية), whose name, if any, is the
      // first word alone in ANERcorp's conventions
      for (int k = 1; k < words.size(); k++) {
        if ((flags.getOrDefault(words.get(k), 0) & DESCRIPTIVE) == 0) {
          return false;
        }
      }
      return words.size() > 1 || (f & DESCRIPTIVE) != 0;
    }

    /**
     * Keeps the name of an organisation that WikiFANE gives with its descriptor head (حركة فتح،
     * صحيفة معاريف، نادي أبويل القبرصي) for {@link HeadRules}, which tags it after that head only:
     * ANERcorp leaves the head out, and the name alone is often a common word (فتح، أمل). The name
     * ends before a nationality adjective or a complement with ل (منتخب مالي للشباب), which
     * describe it; a name that starts with a common word (منتخب كرة السلة) is none.
     */
    private void nameAfterHead(List<String> words) {
      PhraseTrie.Node<Boolean> head = orgHeads.root(words.get(0));
      if (head == null || !Boolean.FALSE.equals(head.value()) || words.size() < 2
          || (flags.getOrDefault(words.get(1), 0) & (COMMON | STOP | TITLE_WORD | LOC_TRIGGER))
              != 0) {
        return;
      }
      int end = 2;
      while (end < words.size() && words.get(end).charAt(0) != LAM) {
        end++;
      }
      namesAfterHeads.put(words.subList(0, end), Boolean.TRUE, (x, y) -> x);
    }

    private static final char LAM = '\u0644';

    /**
     * True when a person's title opens the phrase (الملك فيصل، الأمير سلطان). Any word of a title
     * carries TITLE_WORD, also the body of a title with a complement (هيئة of رئيس هيئة الأركان,
     * مجلس of رئيس مجلس الإدارة), so the flag alone would drop every body named with such a word
     * (هيئة كبار العلماء، مجلس الشورى).
     */
    private boolean startsWithTitle(List<String> words) {
      PhraseTrie.Node<Title> node = titles.root(words.get(0));
      for (int k = 1; node != null; k++) {
        if (node.value() != null) {
          return true;
        }
        node = k < words.size() ? node.child(words.get(k)) : null;
      }
      return false;
    }

    private static final int DESCRIPTIVE = VOCAB | COMMON | NORP | STOP | TIME | STATUS_ADJECTIVE;

    void flagWord(String normalised, int flag) {
      flags.merge(normalised, flag, (a, b) -> a | b);
    }

    void list(List<String> entries, Entry entry) {
      for (String e : entries) {
        entity(e, entry);
      }
    }

    void entity(String phrase, Entry entry) {
      List<String> words = words(phrase);
      if (words.isEmpty()) {
        return;
      }
      if (entry.source().startsWith(WIKIFANE)) {
        if (describedName(words)) {
          if (entry.type() == EntityType.ORG) {
            nameAfterHead(words);
          }
          return;
        }
        if (words.size() == 1) {
          // one word of an encyclopaedia is as often another thing (ليون: Lyon and Leon): below
          // the lists of places
          entry = new Entry(entry.type(), entry.source(), ONE_WORD_GENERATED);
        }
      }
      if (words.size() == 1) {
        int f = flags.getOrDefault(words.get(0), 0);
        // A single word that is a function word, a common noun or a word of time is too
        // ambiguous to be an entity on its own (a city called فرح, a list entry such as الجمعة).
        if ((f & (STOP | COMMON | TIME)) != 0 && entry.type() != EntityType.NORP
            || words.get(0).length() < 2) {
          return;
        }
        // nor is the head noun of a place or a title, alone, in a generated list (a town called
        // البحر); the curated lists (priority 25 and more) may list one (الخليج)
        if ((f & (LOC_TRIGGER | HEAD_WORD | TITLE_WORD)) != 0 && entry.priority() < 25) {
          return;
        }
        // nor a word of the general vocabulary in a list generated from open data (الجميل)
        if ((f & VOCAB) != 0 && entry.source().startsWith(WIKIFANE)) {
          return;
        }
      }
      entities.put(words, entry, Entry::stronger);
      if (words.size() == 1 && entry.type() == EntityType.LOC) {
        singlePlaces.add(words.get(0));
      }
    }

    /**
     * Adds the spellings by which a one-word place name is also written (priority 9, below every
     * list): with ج for غ, as Egyptian writing renders g (أنجولا، جوانتانامو، هامبورج). A variant
     * that is a known word or begins another entry is not added; five letters at least. (Variants
     * with one long vowel less were tried and dropped: وليس from ويليس, أبوه from أبوها.)
     */
    void placeVariants() {
      Entry variant = new Entry(EntityType.LOC, "gazetteer:place-variants", 9);
      for (String place : new java.util.TreeSet<>(singlePlaces)) {
        if (place.length() < 5) {
          continue;
        }
        if (place.indexOf(GHAIN) >= 0) {
          addVariant(place.replace(GHAIN, JEEM), variant);
        }
      }
    }

    private void addVariant(String word, Entry entry) {
      if (!flags.containsKey(word) && entities.root(word) == null && word.length() >= 4) {
        entities.put(List.of(word), entry, (a, b) -> a);
      }
    }
  }
}

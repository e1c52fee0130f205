package org.tawsim.annotate.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.tawsim.core.EntityType;
import org.tawsim.core.text.ArabicNormalizer;

/**
 * The knowledge the entity tagger matches: word classes (given names, stop words, nationality
 * adjectives...) and phrase tries (lists of places, organisations and people; titles; organisation
 * heads; currencies; months), all keyed by normalised words.
 *
 * <p>The default lexicon is read once from the resources of this package (see {@link #defaults()}
 * and the {@code # Source} line at the top of each file); a missing file throws {@link
 * UncheckedIOException}. Immutable once built, so one lexicon serves every thread.
 */
final class Lexicon {

  /** A given name (محمد). */
  static final int GIVEN = 1;
  /** A family name of the names list (الأحمد); a name only after a given name. */
  static final int FAMILY = 1 << 1;
  /** A function word or frequent verb: never part of a name. */
  static final int STOP = 1 << 2;
  /** A frequent noun or adjective: not a name, may modify an organisation head. */
  static final int COMMON = 1 << 3;
  /** A nationality or group adjective in any of its forms (الروسية، الإيرانيين). */
  static final int NORP = 1 << 4;
  /** A number word or scale (ملايين، مليار). */
  static final int SCALE = 1 << 5;
  /** A word before a place name (مدينة). */
  static final int LOC_TRIGGER = 1 << 6;
  /** A weekday name. */
  static final int WEEKDAY = 1 << 7;
  /** A word of time (اليوم، الماضي). */
  static final int TIME = 1 << 8;
  /** A word of a person title (رئيس، الوزراء): not a name. */
  static final int TITLE_WORD = 1 << 9;
  /** A word of a well-known person's name: a strong sign of a name. */
  static final int PERSON_WORD = 1 << 10;
  /** A name connector: بن، ابن، بنت، أبو، أم، آل. */
  static final int CONNECTOR = 1 << 11;
  /** A word between a title and a name: السابق، الراحل، الجديد. */
  static final int MODIFIER = 1 << 12;
  /** The first word of an organisation or place head (وزارة، نهر): not a name. */
  static final int HEAD_WORD = 1 << 13;
  /** A given name that is also a common word (أمل، نور): a name only with a strong neighbour. */
  static final int AMBIGUOUS = 1 << 14;

  /** A verb whose subject often follows as a name (قال، أكدت). */
  static final int SUBJECT_VERB = 1 << 15;

  /**
   * A word that is not the last of a well-known person's name (هوغو in هوغو تشافيز): an unknown
   * word may follow it in the name.
   */
  static final int PERSON_INNER = 1 << 16;

  /**
   * A noun for a person's role that is no title (اللاعب، المهاجم، المدرب، الممثل): with a
   * nationality after it, a name follows.
   */
  static final int PERSON_ROLE = 1 << 17;

  /**
   * A place trigger that comes as often before a common noun (جنوب الصحراء، منطقة الجزاء): it
   * introduces only an indefinite word.
   */
  static final int WEAK_TRIGGER = 1 << 18;

  /** A head of a body named by an adjective and a complement ({@link HeadRules#BODY_HEADS}). */
  static final int BODY_HEAD = 1 << 19;

  /** A word that begins a club's name before its city ({@link HeadRules#CLUB_PREFIXES}). */
  static final int CLUB_PREFIX = 1 << 20;

  /** A channel's name that is also a place or a word (الجزيرة): ORG only in a media context. */
  static final int MEDIA_NAME = 1 << 21;

  /**
   * A one-word place that is also a frequent common word (صور، مالي): a place only in a place
   * context (see {@code ambiguous-places.txt}).
   */
  static final int AMBIGUOUS_PLACE = 1 << 22;
  /**
   * Adjectives of time or status (السابق، الجديدة، المتمردة): they describe an organisation but end
   * its name ({@code status-adjectives.txt}).
   */
  static final int STATUS_ADJECTIVE = 1 << 26;

  /**
   * A word of the general vocabulary (a noun, verb or adjective of a treebank, never a proper noun
   * there): not a name word unless a list knows it as one.
   */
  static final int VOCAB = 1 << 23;

  /** Any sign of a person's name. */
  static final int STRONG_MASK = GIVEN | FAMILY | PERSON_WORD;

  /** Priority of the curated lists of people, organisations and places. */
  static final int CURATED = 30;

  /**
   * What a title says of what follows it.
   *
   * @param genitive the title takes a complement before the name (رئيس ...، المتحدث باسم ...)
   * @param weak the title is as often a common noun (اللاعب): the name must be a known one or have
   *     two words
   */
  record Title(boolean genitive, boolean weak) {
    static Title stronger(Title a, Title b) {
      return new Title(a.genitive || b.genitive, a.weak && b.weak);
    }
  }

  static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

  private static final String BASE = "/org/tawsim/annotate/entities/";

  /** The tries whose first words {@link WordInfo} holds, so one hash probe per word serves all. */
  enum Trie {
    ENTITIES,
    TITLES,
    ORG_HEADS,
    CURRENCIES,
    MONTHS,
    GIVEN
  }

  /** Everything the lexicon knows of one normalised word: its classes and its trie roots. */
  static final class WordInfo {
    final int flags;
    private final PhraseTrie.Node<?>[] roots;

    WordInfo(int flags, PhraseTrie.Node<?>[] roots) {
      this.flags = flags;
      this.roots = roots;
    }

    /** Returns the node this word leads to in a trie, or null. */
    @SuppressWarnings("unchecked") // roots[t] was taken from the trie of type t
    <V> PhraseTrie.Node<V> root(Trie t) {
      return (PhraseTrie.Node<V>) roots[t.ordinal()];
    }
  }

  private final Map<String, Integer> flags;
  private final Map<String, WordInfo> info;
  final PhraseTrie<Entry> entities;
  /** Person titles. */
  final PhraseTrie<Title> titles;
  /** Organisation heads; the value is true when the head is part of the name (وزارة). */
  final PhraseTrie<Boolean> orgHeads;
  final PhraseTrie<Boolean> currencies;
  final PhraseTrie<Boolean> months;
  final PhraseTrie<Boolean> givenNames;
  /** A state's own government bodies, each phrase its normalised words joined by a space. */
  private final Set<String> governmentBodies;
  /** Heads whose every organisation is a government body (وزارة). */
  private final Set<String> governmentHeads;

  private Lexicon(Builder b) {
    this.governmentBodies = Set.copyOf(b.governmentBodies);
    this.governmentHeads = Set.copyOf(b.governmentHeads);
    this.flags = b.flags;
    this.entities = b.entities;
    this.titles = b.titles;
    this.orgHeads = b.orgHeads;
    this.currencies = b.currencies;
    this.months = b.months;
    this.givenNames = b.givenNames;
    Map<String, WordInfo> all = new HashMap<>();
    java.util.Set<String> words = new java.util.HashSet<>(flags.keySet());
    List<PhraseTrie<?>> tries = List.of(entities, titles, orgHeads, currencies, months, givenNames);
    tries.forEach(t -> words.addAll(t.firstWords()));
    // Most words (the vocabulary, stop words) start no phrase: they share one WordInfo per set of
    // flags, so the lookups of frequent words touch a few hot objects instead of one each.
    PhraseTrie.Node<?>[] none = new PhraseTrie.Node<?>[tries.size()];
    Map<Integer, WordInfo> shared = new HashMap<>();
    for (String w : words) {
      PhraseTrie.Node<?>[] roots = new PhraseTrie.Node<?>[tries.size()];
      boolean any = false;
      for (int t = 0; t < roots.length; t++) {
        roots[t] = tries.get(t).root(w);
        any |= roots[t] != null;
      }
      int f = flags.getOrDefault(w, 0);
      all.put(w, any ? new WordInfo(f, roots)
          : shared.computeIfAbsent(f, k -> new WordInfo(k, none)));
    }
    this.info = all;
  }

  /**
   * True when tokens [start, end) are one of a state's own government bodies (وزارة الخارجية
   * الروسية، لمجلس الوزراء، البيت الأبيض), the first token read with or without its proclitics.
   * Allocates a little; meant for the few organisation candidates of a document.
   */
  boolean governmentBody(Words w, int start, int end) {
    for (int r = 0; r < w.readingCount(start); r++) {
      String first = w.reading(start, r);
      if (end - start >= 2 && governmentHeads.contains(first)) {
        return true;
      }
      StringBuilder sb = new StringBuilder(first);
      for (int k = start + 1; k < end; k++) {
        sb.append(' ').append(w.key[k]);
      }
      if (governmentBodies.contains(sb.toString())) {
        return true;
      }
    }
    return false;
  }

  /** Returns what the lexicon knows of a normalised word, or null. */
  WordInfo info(String word) {
    return info.get(word);
  }

  /** Returns the trie of this kind. */
  PhraseTrie<?> trie(Trie t) {
    switch (t) {
      case ENTITIES:
        return entities;
      case TITLES:
        return titles;
      case ORG_HEADS:
        return orgHeads;
      case CURRENCIES:
        return currencies;
      case MONTHS:
        return months;
      default:
        return givenNames;
    }
  }

  /** Returns the word classes of a normalised word, 0 when it has none. */
  int flags(String word) {
    Integer f = flags.get(word);
    return f == null ? 0 : f;
  }

  /** Returns the lexicon of the lists shipped in this package, read on first use. */
  static Lexicon defaults() {
    return DefaultHolder.INSTANCE;
  }

  /** Loads the default lexicon once, when first asked (lucene's DefaultSetHolder idiom). */
  private static final class DefaultHolder {
    static final Lexicon INSTANCE = load();
  }

  private static Lexicon load() {
    Builder b = new Builder();
    // Word classes first: the lists below drop single words that are stop words.
    b.flag(read("stopwords.txt"), STOP);
    b.flag(read("common-words.txt"), COMMON);
    b.flag(read("vocabulary.txt"), VOCAB);
    b.flag(read("time-words.txt"), TIME);
    b.flag(List.copyOf(CldrLists.weekdays()), WEEKDAY);
    b.flag(read("number-scales.txt"), SCALE);
    b.flag(read("modifiers.txt"), MODIFIER);
    b.flag(read("status-adjectives.txt"), STATUS_ADJECTIVE);
    b.flag(List.of("بن", "ابن", "بنت", "أبو", "أبي", "أبا", "أم", "آل", "ولد"), CONNECTOR);
    // particles of European names (مارك فان بومل، أورسولا فون دير لايين، جان مارك دو لا سابليير):
    // listed so that فان and فون are not read as ف + أن
    b.flag(List.of("فان", "فون", "دير", "دي", "دو", "دا", "ديلا", "دوس", "ديز"), CONNECTOR);
    b.flag(read("ambiguous-given.txt"), AMBIGUOUS);
    b.flag(read("speech-verbs.txt"), SUBJECT_VERB);
    b.flag(read("person-roles.txt"), PERSON_ROLE);
    b.flag(List.copyOf(HeadRules.BODY_HEADS), BODY_HEAD);
    b.flag(List.copyOf(HeadRules.CLUB_PREFIXES), CLUB_PREFIX);
    b.flag(List.copyOf(HeadRules.MEDIA_NAMES), MEDIA_NAME);
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
    for (String line : read("person-titles.txt")) {
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
    for (String line : read("loc-triggers.txt")) {
      int bar = line.indexOf('|');
      boolean weak = bar > 0 && line.substring(bar + 1).strip().equals("weak");
      b.flag(List.of(bar > 0 ? line.substring(0, bar) : line),
          weak ? LOC_TRIGGER | WEAK_TRIGGER : LOC_TRIGGER);
    }
    for (String c : concat(read("currency-units.txt"), List.copyOf(CldrLists.currencies()))) {
      b.currencies.put(words(c), Boolean.TRUE, (x, y) -> x);
    }
    for (String m : List.copyOf(CldrLists.months())) {
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
    b.list(read("persons.txt"), new Entry(EntityType.PER, "gazetteer:persons", CURATED));
    for (String p : read("persons.txt")) {
      List<String> words = words(p);
      words.forEach(w -> b.flagWord(w, PERSON_WORD));
      words.subList(0, words.size() - 1).forEach(w -> b.flagWord(w, PERSON_INNER));
    }
    b.list(read("organisations.txt"), new Entry(EntityType.ORG, "gazetteer:organisations", CURATED));
    b.list(read("locations.txt"), new Entry(EntityType.LOC, "gazetteer:locations", 25));
    b.list(List.copyOf(CldrLists.countries()), new Entry(EntityType.LOC, "gazetteer:cldr-countries", 20));
    b.list(read("countries.txt"), new Entry(EntityType.LOC, "gazetteer:countries", 20));
    b.list(List.copyOf(CldrLists.cities()), new Entry(EntityType.LOC, "gazetteer:cldr-cities", 20));
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
      if ((f & GIVEN) != 0 && (f & (COMMON | STOP | TIME | VOCAB)) != 0) {
        f |= AMBIGUOUS;
      }
      return f;
    });
    return new Lexicon(b);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Splits a phrase into normalised words at whitespace. */
  static List<String> words(String phrase) {
    List<String> words = new ArrayList<>(4);
    int n = phrase.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(phrase.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(phrase.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(NORMALIZER.normalizeToString(phrase, start, i));
      }
    }
    return words;
  }

  /** Reads a list of this package: one entry a line, {@code #} comments and blank lines skipped. */
  static List<String> read(String name) {
    InputStream in = Lexicon.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("entity list not found on the class path: " + BASE + name));
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return lines(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read entity list " + BASE + name, e);
    }
  }

  /** Returns the entries of a list: stripped lines, without comments and blank lines. */
  static List<String> lines(BufferedReader r) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String s = line.strip();
      if (!s.isEmpty() && s.charAt(0) != '#') {
        out.add(s);
      }
    }
    return out;
  }

  /** Collects the lexicon's parts; used once by {@link #load()}. */
  private static final class Builder {
    final Map<String, Integer> flags = new HashMap<>();
    final PhraseTrie<Entry> entities = new PhraseTrie<>();
    final PhraseTrie<Title> titles = new PhraseTrie<>();
    final PhraseTrie<Boolean> orgHeads = new PhraseTrie<>();
    final PhraseTrie<Boolean> currencies = new PhraseTrie<>();
    final PhraseTrie<Boolean> months = new PhraseTrie<>();
    final PhraseTrie<Boolean> givenNames = new PhraseTrie<>();
    final java.util.Set<String> singlePlaces = new java.util.HashSet<>();
    final java.util.Set<String> governmentBodies = new java.util.HashSet<>();
    final java.util.Set<String> governmentHeads = new java.util.HashSet<>();

    void flag(List<String> entries, int flag) {
      for (String e : entries) {
        List<String> words = words(e);
        if (words.size() == 1) {
          flagWord(words.get(0), flag);
        }
      }
    }

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

    private static final char GHAIN = '\u063A';
    private static final char JEEM = '\u062C';
  }
}

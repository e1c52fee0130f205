/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.tawsim.core.EntityType;
import org.tawsim.core.io.WordLists;
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
   * A transliterated word of organisation type that closes a foreign name (غروب، تايمز، كابيتال:
   * {@link OrganisationTails#TAILS}); a flag so that the rule tests every token with one array read.
   */
  static final int ORG_TYPE = 1 << 27;

  /**
   * A word of the general vocabulary (a noun, verb or adjective of a treebank, never a proper noun
   * there): not a name word unless a list knows it as one.
   */
  static final int VOCAB = 1 << 23;

  /**
   * A word of a person's name in Wikidata or Google's transliteration pairs that running text does
   * not use as a common word ({@code name-words.txt}): a name when another sign agrees.
   */
  static final int NAME_WORD = 1 << 24;

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
    /** Bit {@code t} set when the word leads into {@link Trie} {@code t}. */
    final int rootMask;
    private final PhraseTrie.Node<?>[] roots;

    WordInfo(int flags, PhraseTrie.Node<?>[] roots) {
      this.flags = flags;
      this.roots = roots;
      int mask = 0;
      for (int t = 0; t < roots.length; t++) {
        mask |= roots[t] == null ? 0 : 1 << t;
      }
      this.rootMask = mask;
    }

    /** Returns the node this word leads to in a trie, or null. */
    @SuppressWarnings("unchecked") // roots[t] was taken from the trie of type t
    <V> PhraseTrie.Node<V> root(Trie t) {
      return (PhraseTrie.Node<V>) roots[t.ordinal()];
    }
  }

  /** Every word the lexicon knows: its classes and its trie roots. */
  final WordTable<WordInfo> info;
  final PhraseTrie<Entry> entities;
  /** Person titles. */
  final PhraseTrie<Title> titles;
  /** Organisation heads; the value is true when the head is part of the name (وزارة). */
  final PhraseTrie<Boolean> orgHeads;
  final PhraseTrie<Boolean> currencies;
  final PhraseTrie<Boolean> months;
  final PhraseTrie<Boolean> givenNames;
  /** Organisations of open data with the descriptor head they follow (حركة فتح), read by HeadRules. */
  final PhraseTrie<Boolean> namesAfterHeads;
  /** A state's own government bodies, each phrase its normalised words joined by a space. */
  final Set<String> governmentBodies;
  /** Heads whose every organisation is a government body (وزارة). */
  final Set<String> governmentHeads;
  /** Country names of the CLDR and country lists, each its normalised words joined by a space. */
  final Set<String> countryNames;

  /**
   * A lexicon of these parts: the tries in the order of {@link Trie}, then {@link #namesAfterHeads}.
   */
  @SuppressWarnings("unchecked") // each trie's type is fixed by its place in the list
  Lexicon(WordTable<WordInfo> info, List<PhraseTrie<?>> tries, Set<String> governmentBodies,
      Set<String> governmentHeads, Set<String> countryNames) {
    this.info = info;
    this.entities = (PhraseTrie<Entry>) tries.get(0);
    this.titles = (PhraseTrie<Title>) tries.get(1);
    this.orgHeads = (PhraseTrie<Boolean>) tries.get(2);
    this.currencies = (PhraseTrie<Boolean>) tries.get(3);
    this.months = (PhraseTrie<Boolean>) tries.get(4);
    this.givenNames = (PhraseTrie<Boolean>) tries.get(5);
    this.namesAfterHeads = (PhraseTrie<Boolean>) tries.get(6);
    this.governmentBodies = Set.copyOf(governmentBodies);
    this.governmentHeads = Set.copyOf(governmentHeads);
    this.countryNames = Set.copyOf(countryNames);
  }

  /** Returns the lexicon of what the loader read from the lists. */
  static Lexicon of(LexiconLoader.Builder b) {
    Map<String, Integer> flags = b.flags;
    List<PhraseTrie<?>> tries = List.of(b.entities, b.titles, b.orgHeads, b.currencies, b.months,
        b.givenNames);
    Map<String, WordInfo> all = new HashMap<>();
    java.util.Set<String> words = new java.util.HashSet<>(flags.keySet());
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
    List<PhraseTrie<?>> withNames = new ArrayList<>(tries);
    withNames.add(b.namesAfterHeads);
    return new Lexicon(WordTable.of(all), withNames, b.governmentBodies, b.governmentHeads,
        b.countryNames);
  }

  /**
   * True when tokens [start, end) are one of a state's own government bodies (وزارة الخارجية
   * الروسية، لمجلس الوزراء، مجلس النواب), the first token read with or without its proclitics.
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

  /**
   * True when a phrase, its normalised words joined by a space, is a country's name in the CLDR
   * list or the country list (a national team is a place, not a club).
   */
  boolean country(String phrase) {
    return countryNames.contains(phrase);
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
    WordInfo i = info.get(word);
    return i == null ? 0 : i.flags;
  }

  /** Returns the lexicon of the lists shipped in this package, read on first use. */
  static Lexicon defaults() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * Loads the default lexicon once, when first asked (lucene's DefaultSetHolder idiom): from the
   * image the build wrote of it ({@link LexiconImage}), or from the lists where there is none (a
   * build that has not run the generator yet).
   */
  private static final class DefaultHolder {
    static final Lexicon INSTANCE = load();

    private static Lexicon load() {
      Lexicon image = LexiconImage.shipped();
      return image != null ? image : of(LexiconLoader.load());
    }
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

  /** Reads a list of this package (see {@link WordLists}). */
  static List<String> read(String name) {
    return WordLists.resource(Lexicon.class, name);
  }
}

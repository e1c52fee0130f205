/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tawsim.core.EntityType;
import org.tawsim.core.text.ArabicCharacters;

/**
 * Document-level consistency: a name that a rule or a list found once is tagged at its other
 * mentions in the same document.
 *
 * <ul>
 *   <li>the same words again (clitics allowed on the first word): {@code document:repeat};
 *   <li>the last word of a person's name alone (بوتين after فلاديمير بوتين), when it is no given
 *       name: {@code document:family-name};
 *   <li>the first word of a person's name of two words or more alone (ميلفا after ميلفا ماريك),
 *       when it is a given name, a name word or a word no list knows and, at the mention, no word
 *       of the general vocabulary or a closed class and no given name that is also a common word
 *       (أسد، رسول): {@code document:given-name};
 *   <li>a word within one edit of such a last word or one-word name, both at least five letters
 *       long (بزشكيان after بيزشكيان, أوشكوف after أوشاكوف): {@code document:variant}.
 * </ul>
 *
 * Only tokens that no accepted entity covers are tagged. Cost per token, whatever the length of the
 * document and the number of its names: one trie probe per reading, and for an unknown word a few
 * hash probes of its one-vowel deletions ({@link VariantIndex}).
 */
final class DocumentConsistency {

  static final int PRIORITY = 8;
  private static final int MIN_VARIANT = 5;
  /**
   * At most this many one-word names of a document are kept for the variant check: a bound on its
   * memory (a few entries per name), not on its time, which does not depend on the number of names.
   */
  static final int MAX_NAMES = 4096;

  private static final String GIVEN_NAME = "document:given-name";
  /**
   * Readings that keep a given name alone untagged: a word of a closed class, of the general
   * vocabulary or a given name that is also a common word (أسد، رسول، أنا in وأنا).
   */
  private static final int ALONE_NOT = Words.KNOWN_WORD | Lexicon.VOCAB | Lexicon.AMBIGUOUS;

  private DocumentConsistency() {}

  /** Returns new candidates for uncovered tokens, given the accepted ones. */
  static List<Candidate> find(Words w, Lexicon lex, List<Candidate> accepted, boolean[] covered) {
    PhraseTrie<Entry> seen = new PhraseTrie<>();
    Map<String, EntityType> lastWords = new HashMap<>();
    int seeds = 0;
    List<String> givenNames = new ArrayList<>();
    for (Candidate c : accepted) {
      if (c.type() != EntityType.PER && c.type() != EntityType.ORG && c.type() != EntityType.LOC
          || c.source().startsWith("gazetteer:") && c.type() != EntityType.PER) {
        continue;
      }
      List<String> words = new ArrayList<>(c.length());
      words.add(w.reading(c.start(), readingOf(w, c.start(), c.cut())));
      for (int j = c.start() + 1; j < c.end(); j++) {
        words.add(w.key[j]);
      }
      seen.put(words, new Entry(c.type(), "document:repeat", PRIORITY), (a, b) -> a);
      seeds++;
      if (c.type() == EntityType.PER && lastWords.size() < MAX_NAMES) {
        int last = c.end() - 1;
        String stem = words.get(words.size() - 1);
        if (c.length() > 1 && (w.flags[last] & (Lexicon.GIVEN | Lexicon.CONNECTOR)) == 0
            && NameShapes.nameLike(w, last, false) && stem.length() >= 4) {
          seen.put(List.of(stem), new Entry(EntityType.PER, "document:family-name", PRIORITY),
              (a, b) -> a);
        }
        if (c.length() > 1 && givenAlone(w, c.start(), words.get(0))) {
          givenNames.add(words.get(0));
        }
        if (stem.length() >= MIN_VARIANT && (c.length() > 1 || !w.has(last, Lexicon.GIVEN))) {
          lastWords.put(stem, EntityType.PER);
        }
      }
    }
    // after every other seed, which each win over a given name alone (يحيى found alone is a
    // repeat whatever the name it starts; إسبانيول named as a club stays the club)
    for (String given : givenNames) {
      seen.put(List.of(given), new Entry(EntityType.PER, GIVEN_NAME, PRIORITY), (a, b) -> a);
    }
    List<Candidate> found = new ArrayList<>();
    if (seeds == 0) {
      return found;
    }
    VariantIndex variants = new VariantIndex();
    lastWords.keySet().forEach(variants::add);
    for (int i = 0; i < w.size; i++) {
      if (covered[i] || !w.letters[i] || (w.ownFlags[i] & Words.KNOWN_WORD) != 0) {
        continue; // function words and common nouns are never names (and this is the hot loop)
      }
      PhraseMatch<Entry> m = PhraseMatch.longest(seen, w, i);
      if (m != null && free(covered, i, m.end())
          && !(GIVEN_NAME.equals(m.value().source()) && !aloneName(w, i, m.cut()))) {
        found.add(new Candidate(i, m.end(), m.value().type(), m.value().source(), PRIORITY, m.cut()));
        mark(covered, i, m.end());
        i = m.end() - 1;
        continue;
      }
      if (!lastWords.isEmpty() && NameShapes.nameLike(w, i, true)
          && (w.flags[i] & Lexicon.GIVEN) == 0) {
        int r = w.bestReading[i];
        for (int k = 0; k < w.readingCount(i); k++) {
          String stem = w.reading(i, k);
          if (stem.length() >= MIN_VARIANT && variants.near(stem)) {
            r = k;
            found.add(new Candidate(i, i + 1, EntityType.PER, "document:variant", PRIORITY,
                w.cut(i, r)));
            covered[i] = true;
            break;
          }
        }
      }
    }
    return found;
  }

  /**
   * True when the first word of a person's name of two words or more, at token i and read as
   * {@code stem}, may name the person alone at its other mentions (ميلفا after ميلفا ماريك،
   * كريستيانو after كريستيانو رونالدو): a given name, a name word of open data or a word no list
   * knows, of three letters or more, without the article, and no connector (أبو، عبد، بن), title
   * or word of a closed class. A given name alone is how features, sports and history name people
   * they have introduced; a mention that is also a common word is left alone ({@link
   * #aloneName}).
   */
  private static boolean givenAlone(Words w, int i, String stem) {
    int f = w.flags[i];
    return stem.length() >= 3 && !w.definite(i)
        && (f & (Lexicon.CONNECTOR | Lexicon.TITLE_WORD | Lexicon.PERSON_ROLE | Lexicon.NORP
            | Words.KNOWN_WORD | Lexicon.SUBJECT_VERB | Lexicon.HEAD_WORD)) == 0
        // a noun of the general vocabulary or with teh marbuta (أسرة، إمبراطورية) only when it
        // is a given name too (أسامة، فاطمة)
        && ((f & Lexicon.GIVEN) != 0
            || (f & Lexicon.VOCAB) == 0 && !w.tehMarbuta[i])
        && NameShapes.nameLike(w, i, true);
  }

  /**
   * True when token i, read without its first {@code cut} characters, may be a given name alone:
   * neither that reading nor the token's best one is a word of the general vocabulary or a given
   * name that is also a common word (أسد، رسول), and no reading is a word of a closed class (أنا
   * in وأنا).
   */
  private static boolean aloneName(Words w, int i, int cut) {
    Lexicon.WordInfo info = w.info(i, readingOf(w, i, cut));
    if (((w.flags[i] | (info == null ? 0 : info.flags)) & ALONE_NOT) != 0) {
      return false;
    }
    for (int r = 0; r < w.readingCount(i); r++) {
      info = w.info(i, r);
      if (info != null && (info.flags & Words.KNOWN_WORD) != 0) {
        return false; // a function word behind a clitic (وأنا is و + أنا, I)
      }
    }
    return true;
  }

  /** The reading of token i that leaves {@code cut} characters of proclitics out. */
  static int readingOf(Words w, int i, int cut) {
    for (int r = 0; r < w.readingCount(i); r++) {
      if (w.cut(i, r) == cut) {
        return r;
      }
    }
    return 0;
  }

  private static boolean free(boolean[] covered, int from, int to) {
    for (int i = from; i < to; i++) {
      if (covered[i]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] covered, int from, int to) {
    for (int i = from; i < to; i++) {
      covered[i] = true;
    }
  }

  /**
   * True when a and b differ by one long vowel or hamza letter written in one and not the other
   * (بيزشكيان / بزشكيان, أوشاكوف / أوشكوف): how transliterations of one name vary. Other one-letter
   * differences (الأسد / الأمد) are different words.
   */
  static boolean withinOneEdit(String a, String b) {
    if (a.length() > b.length()) {
      String t = a;
      a = b;
      b = t;
    }
    if (b.length() != a.length() + 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return isVowelLetter(b.charAt(i)) && a.regionMatches(i, b, i + 1, a.length() - i);
  }

  private static boolean isVowelLetter(char c) {
    return c == ArabicCharacters.ALEF || c == ArabicCharacters.WAW || c == ArabicCharacters.YEH
        || c == ArabicCharacters.HAMZA;
  }

  /**
   * The one-word names of a document, indexed so that {@link #near(String)} finds a name within
   * one vowel letter ({@link #withinOneEdit}, same first letter) in time linear in the word's
   * length, whatever the number of names: a word one letter longer than a name gives the name when
   * one of its vowel letters is deleted (probe {@code names}); a word one letter shorter equals a
   * deletion of the name (probe {@code deletions}). Keys are 64-bit polynomial hashes computed
   * without building strings; a hit is confirmed with {@link #withinOneEdit} against the stored
   * name, so a hash collision can only hide a variant, never invent one. Deletions of the first
   * letter are not indexed: a variant keeps the name's first letter.
   */
  static final class VariantIndex {
    private static final long BASE = 0x100000001B3L;
    private final List<String> list = new ArrayList<>();
    private final LongIntTable names = new LongIntTable();
    private final LongIntTable deletions = new LongIntTable();
    /** 1 when the last letter is no vowel letter to add or take out (a nisba ي is a word's own). */
    private final int keptAtEnd;
    /** Bit n set when a name of n letters is indexed (n < 64): most words are rejected by it. */
    private long lengths;

    /** An index whose variants add or take out a vowel letter anywhere after the first letter. */
    VariantIndex() {
      this(false);
    }

    /**
     * An index whose variants keep the last letter as well when {@code keepLast} (places: باريسي
     * is an adjective of باريس, not its spelling).
     */
    VariantIndex(boolean keepLast) {
      this.keptAtEnd = keepLast ? 1 : 0;
    }

    void add(String name) {
      int id = list.size();
      list.add(name);
      lengths |= name.length() < 64 ? 1L << name.length() : 0;
      names.putIfAbsent(hashWithout(name, -1), id);
      for (int p = 1; p < name.length() - keptAtEnd; p++) {
        if (isVowelLetter(name.charAt(p))) {
          deletions.putIfAbsent(hashWithout(name, p), id);
        }
      }
    }

    boolean isEmpty() {
      return list.isEmpty();
    }

    /** True when some indexed name is within one vowel letter of {@code word}. */
    boolean near(String word) {
      int n = word.length();
      if (n < 63 && (lengths & (1L << (n + 1) | 1L << (n - 1))) == 0) {
        return false; // no name one letter longer or shorter
      }
      int id = deletions.get(hashWithout(word, -1));
      if (id >= 0 && withinOneEdit(list.get(id), word)) {
        return true;
      }
      for (int p = 1; p < word.length() - keptAtEnd; p++) {
        if (isVowelLetter(word.charAt(p))) {
          id = names.get(hashWithout(word, p));
          if (id >= 0 && withinOneEdit(list.get(id), word)) {
            return true;
          }
        }
      }
      return false;
    }

    /** The hash of {@code s} without its character at {@code skip} (-1: the whole string). */
    private static long hashWithout(String s, int skip) {
      long h = s.length() - (skip >= 0 ? 1 : 0);
      for (int i = 0; i < s.length(); i++) {
        if (i != skip) {
          h = h * BASE + s.charAt(i);
        }
      }
      return h;
    }
  }

  /** An open-addressing map from long keys to non-negative ints; -1 when absent. */
  static final class LongIntTable {
    private long[] keys = new long[16];
    private int[] values = new int[16]; // id + 1; 0 marks an empty slot
    private int size;

    void putIfAbsent(long key, int value) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int i = slot(key, keys.length);
      while (values[i] != 0) {
        if (keys[i] == key) {
          return;
        }
        i = (i + 1) & (keys.length - 1);
      }
      keys[i] = key;
      values[i] = value + 1;
      size++;
    }

    int get(long key) {
      int i = slot(key, keys.length);
      while (values[i] != 0) {
        if (keys[i] == key) {
          return values[i] - 1;
        }
        i = (i + 1) & (keys.length - 1);
      }
      return -1;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldValues[j] != 0) {
          int i = slot(oldKeys[j], keys.length);
          while (values[i] != 0) {
            i = (i + 1) & (keys.length - 1);
          }
          keys[i] = oldKeys[j];
          values[i] = oldValues[j];
        }
      }
    }

    private static int slot(long key, int capacity) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & (capacity - 1);
    }
  }
}

package org.tawsim.annotate.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tawsim.core.EntityType;

/**
 * Document-level consistency: a name that a rule or a list found once is tagged at its other
 * mentions in the same document.
 *
 * <ul>
 *   <li>the same words again (clitics allowed on the first word): {@code document:repeat};
 *   <li>the last word of a person's name alone (بوتين after فلاديمير بوتين), when it is no given
 *       name: {@code document:family-name};
 *   <li>a word within one edit of such a last word or one-word name, both at least five letters
 *       long (بزشكيان after بيزشكيان, أوشكوف after أوشاكوف): {@code document:variant}.
 * </ul>
 *
 * Only tokens that no accepted entity covers are tagged. Cost: one trie probe per token and reading,
 * plus an edit-distance check against the document's few one-word names for each unknown word.
 */
final class DocumentConsistency {

  static final int PRIORITY = 8;
  private static final int MIN_VARIANT = 5;
  private static final int MAX_NAMES = 64;

  private DocumentConsistency() {}

  /** Returns new candidates for uncovered tokens, given the accepted ones. */
  static List<Candidate> find(Words w, Lexicon lex, List<Candidate> accepted, boolean[] covered) {
    PhraseTrie<Entry> seen = new PhraseTrie<>();
    Map<String, EntityType> lastWords = new HashMap<>();
    int seeds = 0;
    for (Candidate c : accepted) {
      if (c.type() != EntityType.PER && c.type() != EntityType.ORG && c.type() != EntityType.LOC
          || c.source().startsWith("gazetteer:") && c.type() != EntityType.PER) {
        continue;
      }
      List<String> words = new ArrayList<>(c.length());
      words.add(w.readings[c.start()][readingOf(w, c.start(), c.cut())]);
      for (int j = c.start() + 1; j < c.end(); j++) {
        words.add(w.key[j]);
      }
      seen.put(words, new Entry(c.type(), "document:repeat", PRIORITY), (a, b) -> a);
      seeds++;
      if (c.type() == EntityType.PER && lastWords.size() < MAX_NAMES) {
        int last = c.end() - 1;
        String stem = words.get(words.size() - 1);
        if (c.length() > 1 && (w.flags[last] & (Lexicon.GIVEN | Lexicon.CONNECTOR)) == 0
            && NameRules.nameLike(w, last, false) && stem.length() >= 4) {
          seen.put(List.of(stem), new Entry(EntityType.PER, "document:family-name", PRIORITY),
              (a, b) -> a);
        }
        if (stem.length() >= MIN_VARIANT && (c.length() > 1 || !w.has(last, Lexicon.GIVEN))) {
          lastWords.put(stem, EntityType.PER);
        }
      }
    }
    List<Candidate> found = new ArrayList<>();
    if (seeds == 0) {
      return found;
    }
    Map<Integer, List<String>> namesByLength = byLength(lastWords.keySet());
    for (int i = 0; i < w.size; i++) {
      if (covered[i] || !w.letters[i] || (w.ownFlags[i] & Words.KNOWN_WORD) != 0) {
        continue; // function words and common nouns are never names (and this is the hot loop)
      }
      PhraseMatch<Entry> m = PhraseMatch.longest(seen, w, i);
      if (m != null && free(covered, i, m.end())) {
        found.add(new Candidate(i, m.end(), m.value().type(), m.value().source(), PRIORITY, m.cut()));
        mark(covered, i, m.end());
        i = m.end() - 1;
        continue;
      }
      if (!lastWords.isEmpty() && NameRules.nameLike(w, i, true)
          && (w.flags[i] & Lexicon.GIVEN) == 0) {
        int r = w.bestReading[i];
        for (int k = 0; k < w.readings[i].length; k++) {
          String stem = w.readings[i][k];
          if (stem.length() >= MIN_VARIANT && nearAny(stem, namesByLength)) {
            r = k;
            found.add(new Candidate(i, i + 1, EntityType.PER, "document:variant", PRIORITY,
                w.stripped[i][r]));
            covered[i] = true;
            break;
          }
        }
      }
    }
    return found;
  }

  private static int readingOf(Words w, int i, int cut) {
    for (int r = 0; r < w.stripped[i].length; r++) {
      if (w.stripped[i][r] == cut) {
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
   * Groups names by length: a variant is one letter longer or shorter, so a word is compared only
   * with names of those two lengths. Comparing every name-like word with every name of the document
   * made the tagger several times slower per character on long documents.
   */
  private static Map<Integer, List<String>> byLength(Iterable<String> names) {
    Map<Integer, List<String>> groups = new HashMap<>();
    for (String name : names) {
      groups.computeIfAbsent(name.length(), k -> new ArrayList<>()).add(name);
    }
    return groups;
  }

  private static boolean nearAny(String word, Map<Integer, List<String>> namesByLength) {
    return nearAny(word, namesByLength.get(word.length() - 1))
        || nearAny(word, namesByLength.get(word.length() + 1));
  }

  private static boolean nearAny(String word, List<String> names) {
    if (names != null) {
      for (String name : names) {
        if (name.charAt(0) == word.charAt(0) && withinOneEdit(name, word)) {
          return true;
        }
      }
    }
    return false;
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
    return c == Words.ALEF || c == '\u0648' || c == Words.YEH || c == '\u0621';
  }
}

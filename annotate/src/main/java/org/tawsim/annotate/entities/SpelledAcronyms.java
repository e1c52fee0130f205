/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.List;
import java.util.Set;
import org.tawsim.core.EntityType;

/**
 * Organisations named by a Latin acronym spelled out in Arabic letter names with dots, the way
 * news text abbreviates a name (BBC: بي. بي. سي، CNN: سي.أن.أن، KGB: الكي. جي. بي.). Letter names
 * apart, without dots, are left alone: they are as often a product (يو إس بي، تي إن تي) or a
 * person's initials (إتش جي ويلز).
 *
 * <p>Pattern: {@code LETTER. LETTER...} or {@code LETTER.LETTER...}, a dot after the first letter,
 * where LETTER is a word of {@code SpelledAcronyms.LETTERS} (بي، سي، جي، إتش، إس...), the first
 * one with the article allowed (الكي). Several letter names are also words ({@code
 * SpelledAcronyms.WORDS}: في، أن، إن، أو، كي، دي): a run needs two letters that are none of these,
 * or three letters with one; such a word opens a run only after a mark and closes one only joined
 * by a dot. A number after the letters makes them a product's model. Example: {@code ونقلت بي.
 * بي. سي عن مصدر} gives ORG {@code بي. بي. سي}.
 */
final class SpelledAcronyms {

  /** The Arabic names of the Latin letters, as news text spells them: بي، سي، دي، إف، جي... */
  static final Set<String> LETTERS = RuleWords.set("SpelledAcronyms.LETTERS");

  /** The longest letter name (دبليو): a longer token or part of a dotted token is no letter. */
  private static final int LONGEST = 5;

  /** Letter names that are also words: في، أن، إن، أو، كي، دي، أي، أم. */
  static final Set<String> WORDS = RuleWords.set("SpelledAcronyms.WORDS");

  private SpelledAcronyms() {}

  /** Adds an ORG candidate for each run of spelled letters. */
  static void find(Words w, List<Candidate> out) {
    int i = 0;
    while (i < w.size) {
      // a word of the vocabulary or a common word, or a token of no letter, opens no run (see
      // firstLetters): an array read refuses most tokens before their key is read
      if ((w.flags[i] & KNOWN) != 0 || !w.letters[i]) {
        i++;
        continue;
      }
      // only dotted acronyms (بي. بي. سي، سي.أن.أن): letter names apart are as often a product
      // (يو إس بي، تي إن تي) or a person's initials (إتش جي ويلز)
      // (a dot has no letter; Words reads the dot in a token once per form)
      if (!(i + 1 < w.size && !w.letters[i + 1] && dot(w.key[i + 1]) || w.dotted[i])) {
        i++;
        continue;
      }
      int letters = 0;
      int plain = 0;
      int end = i;
      int k = i;
      int seen = 0;
      while (k < w.size && (k == i || !w.breakBefore[k])) {
        int n = k == i ? firstLetters(w, k) : letters(w.key[k], 0);
        if (n > 0) {
          seen += n;
          boolean word = n == 1 && WORDS.contains(w.key[k]);
          if (word && k == i && (i == 0 || w.letters[i - 1])) {
            break; // a word before the letters is that word: وقال في بي بي سي
          }
          if (!word) {
            plain += n;
          }
          // a word after the letters, apart, is that word (سي.أن.أن إن المنطقة), unless more
          // letters follow it
          if (!word || dot(w.key[k - 1])) {
            letters = seen;
            end = k + 1;
          }
          k++;
        } else if (seen > 0 && dot(w.key[k])) {
          k++; // a dot between letters: بي. بي. سي
        } else {
          break;
        }
      }
      // a number after the letters makes them a product's model (كي جي 320، إم بي 3)
      boolean model = k < w.size && w.number[k];
      if (!model && (plain >= 2 || letters >= 3 && plain >= 1)) {
        out.add(new Candidate(i, end, EntityType.ORG, "rule:acronym", HeadRules.ORG_PRIORITY,
            0));
        i = end;
      } else {
        i++;
      }
    }
  }

  private static boolean dot(String key) {
    return key.length() == 1 && key.charAt(0) == '.';
  }

  /**
   * Letters of the first token: its own, or those after the article (الكي. جي. بي.). Most tokens
   * end here at an array read: a word of the vocabulary or a common word is none, and a function
   * word opens a run only after a mark.
   */
  private static int firstLetters(Words w, int k) {
    int f = w.flags[k];
    if ((f & KNOWN) != 0
        || (f & Lexicon.STOP) != 0 && (w.key[k].length() != 2 || k == 0 || w.letters[k - 1])) {
      return 0;
    }
    String key = w.key[k];
    int n = letters(key, 0);
    return n > 0 || key.length() < 4 || !key.startsWith(ARTICLE) ? n
        : WITH_ARTICLE.contains(key) ? 1 : key.indexOf('.') > 0 ? letters(key, 2) : 0;
  }

  private static final int KNOWN = Lexicon.VOCAB | Lexicon.COMMON | Lexicon.TIME;

  private static final String ARTICLE = "\u0627\u0644";

  /** The letter names with the article (الكي), so that a plain token is read without a copy. */
  private static final Set<String> WITH_ARTICLE = withArticle();

  private static Set<String> withArticle() {
    Set<String> out = new java.util.HashSet<>();
    LETTERS.forEach(l -> out.add(ARTICLE + l));
    return Set.copyOf(out);
  }

  /**
   * Returns how many letter names a token is from index {@code from}: 1 for one (بي), more for
   * letters joined by dots (سي.أن.أن gives 3), 0 when any part is no letter name. Only a token
   * with a dot is cut into parts, so plain words cost one set lookup.
   */
  static int letters(String key, int from) {
    int n = key.length();
    if (from == 0 && n <= LONGEST && LETTERS.contains(key)) {
      return 1;
    }
    if (n - from < 3 || key.indexOf('.', from) < 0) {
      return 0;
    }
    int count = 0;
    int start = from;
    while (start < n) {
      int dot = key.indexOf('.', start);
      int stop = dot < 0 ? n : dot;
      if (stop > start) {
        if (stop - start > LONGEST || !LETTERS.contains(key.substring(start, stop))) {
          return 0;
        }
        count++;
      }
      start = stop + 1;
    }
    return count;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.tawsim.annotate.entities.NameShapes.*;
import static org.tawsim.annotate.entities.NameExtent.*;
import java.util.List;
import org.tawsim.core.EntityType;
import org.tawsim.core.text.ArabicCharacters;

/**
 * People joined by و to a person already found: the rule family "and-person".
 *
 * <p>Pattern: {@code PER [،] و+name-word ...}. Example: in {@code التقى جورج بوش ورايس} the person
 * {@code جورج بوش} brings {@code ورايس} as a second PER.
 */
final class PersonConjuncts {

  private PersonConjuncts() {}
  static final int CONJUNCT_PRIORITY = 24;

  /**
   * Returns people joined by و to an accepted person (جورج بوش ورايس، كانافارو وإيمرسون، محمد سعد ،
   * ومحمد هنيدي): the conjunct is tagged when it can start a name and is not definite (unless it
   * is a known name). Chains go on (أ وب وج). Only tokens no accepted entity covers are taken; each
   * token is looked at once after each person, so the cost is linear.
   */
  static List<Candidate> coordinated(Words w, List<Candidate> accepted, boolean[] covered) {
    List<Candidate> found = new java.util.ArrayList<>();
    for (Candidate c : accepted) {
      Candidate person = c;
      while (person.type() == EntityType.PER) {
        Candidate next = conjunct(w, person.end(), covered);
        if (next == null) {
          break;
        }
        for (int k = next.start(); k < next.end(); k++) {
          covered[k] = true;
        }
        found.add(next);
        person = next;
      }
    }
    return found;
  }

  static Candidate conjunct(Words w, int k, boolean[] covered) {
    if (k < w.size && !w.letters[k] && isComma(w.key[k])) {
      k++; // محمد سعد ، ومحمد هنيدي
    }
    if (k >= w.size || covered[k] || w.breakBefore[k] || !w.letters[k]) {
      return null;
    }
    String key = w.key[k];
    int cut = 1;
    if (key.length() == 1 && key.charAt(0) == ArabicCharacters.WAW) {
      k++; // و written apart
      cut = 0;
      if (k >= w.size || covered[k] || !w.letters[k]) {
        return null;
      }
      key = w.key[k];
    } else if (key.charAt(0) != ArabicCharacters.WAW || key.length() < 4 || w.readingCount(k) < 2) {
      return null;
    }
    int f = w.flags[k];
    boolean known = (f & STRONG) != 0 && (f & Lexicon.AMBIGUOUS) == 0;
    if (!nameLike(w, k, true) || (f & Lexicon.SUBJECT_VERB) != 0
        || !known && (w.definite(k) || plural(key) || (f & Lexicon.AMBIGUOUS) != 0)) {
      return null;
    }
    int end = nameEnd(w, null, k, true);
    for (int j = k; j < end; j++) {
      if (covered[j]) {
        end = j;
      }
    }
    // an unknown conjunct is as often a verb or a noun (وندد، ووفد): it must close a list, before
    // punctuation, the end, or the next و
    if (end <= k || !known && !(end >= w.size || !w.letters[end] && !w.number[end]
        || w.key[end].charAt(0) == ArabicCharacters.WAW && w.key[end].length() > 2)) {
      return null;
    }
    return new Candidate(k, end, EntityType.PER, "rule:and-person", CONJUNCT_PRIORITY,
        cut == 0 ? 0 : w.cut(k, 1));
  }

  static boolean isComma(String key) {
    return key.equals(",") || key.equals("\u060C");
  }
}

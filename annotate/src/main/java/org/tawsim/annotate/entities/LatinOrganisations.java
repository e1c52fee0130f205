/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.List;
import java.util.Set;
import org.tawsim.core.EntityType;

/**
 * Organisations named in Latin script inside Arabic text, the way news and web pages give a
 * foreign body's own name beside or instead of its Arabic one: a run of capitalised Latin words
 * that holds an organisation's head noun (University, Institute, School, Group, Bank...).
 *
 * <p>Pattern: {@code Cap (Cap | CONNECTOR Cap)+} with at least one word of {@code
 * LatinOrganisations.HEADS}, where Cap is a Latin word that starts with a capital letter and
 * CONNECTOR a word of {@code LatinOrganisations.CONNECTORS} (of, for, and, the, de, für...) that
 * only joins two capitalised words. The whole run is the name; a head alone is none (a magazine
 * called Inc, a ticket class Club). Example: {@code درس في Free University of Berlin ثم عاد} gives
 * ORG {@code Free University of Berlin}. A capitalised run without a head (a person, a place, a
 * title) is left to the other rules; a state's ministries are no heads here.
 */
final class LatinOrganisations {

  /** Priority of the candidate: a list's match of the same words wins (curated lists are 30). */
  static final int PRIORITY = HeadRules.ORG_PRIORITY + 5;

  /** Head nouns of organisations in English, French, German, Spanish: University, Institute... */
  static final Set<String> HEADS = RuleWords.set("LatinOrganisations.HEADS");

  /** Lower-case words inside a name: of, for, and, the, de, du, des, la, le, für. */
  static final Set<String> CONNECTORS = RuleWords.set("LatinOrganisations.CONNECTORS");

  private LatinOrganisations() {}

  /** Adds an ORG candidate for each capitalised Latin run that holds a head noun. */
  static void find(Words w, List<Candidate> out) {
    int i = 0;
    while (i < w.size) {
      if (!capitalised(w.key[i])) {
        i++; // nearly every token: an Arabic word or a mark, refused at its first character
        continue;
      }
      int end = i + 1;
      boolean head = HEADS.contains(w.key[i]);
      while (end < w.size && !w.breakBefore[end]) {
        if (capitalised(w.key[end])) {
          head |= HEADS.contains(w.key[end]);
          end++;
        } else if (CONNECTORS.contains(w.key[end]) && end + 1 < w.size
            && !w.breakBefore[end + 1] && capitalised(w.key[end + 1])) {
          end++; // the next round takes the capitalised word after it
        } else {
          break;
        }
      }
      if (head && end - i >= 2) { // a head alone is a word of a title or a product (Inc، Club)
        out.add(new Candidate(i, end, EntityType.ORG, "rule:latin-org", PRIORITY, 0));
      }
      i = end;
    }
  }

  /** True for a Latin word of two letters or more that starts with a capital letter. */
  private static boolean capitalised(String key) {
    char c = key.charAt(0);
    return c >= 'A' && c <= 'Z' && key.length() >= 2 && Character.isLetter(key.charAt(1));
  }
}

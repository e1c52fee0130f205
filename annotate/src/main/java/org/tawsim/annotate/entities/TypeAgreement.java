/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tawsim.core.EntityType;

/**
 * Document-level type agreement: a mention whose type a rule guessed from its position, or a list
 * gave for another sense of the word, takes the type that the same document gives the same words
 * where a head noun names them.
 *
 * <ul>
 *   <li>The subject of a speech verb, which the subject rule reads as a person, takes the ORG or
 *       LOC type of the same words elsewhere: in {@code أعلنت شركة كوالكوم عن معالج جديد . وقالت
 *       كوالكوم إن المعالج يباع غدا} the second كوالكوم is ORG, as the first is; alone it stays PER
 *       (the sentence says nothing else). A name the document types two ways is left alone.
 *   <li>A listed place that the document names as a club ({@link ClubRules#SOURCE}: نادي الزمالك،
 *       ليون الفرنسي) is the club at its other mentions too ({@code وطلب الزمالك من الاتحاد}),
 *       except where a place is expected (في الزمالك، إلى ليون: {@link HeadRules#placeContext}).
 * </ul>
 *
 * <p>The order of the mentions does not matter. Cost: one pass over the accepted candidates, a few
 * per sentence, and one string per name.
 */
final class TypeAgreement {

  /** Rules that guess a type from position alone: the subject of a speech verb may be a company. */
  static final String GUESSED = "rule:verb+subject";

  private TypeAgreement() {}

  /** Retypes, in {@code accepted}, the mentions of names the document types otherwise. */
  static void agree(Words w, List<Candidate> accepted) {
    boolean guessed = false;
    boolean club = false;
    for (Candidate c : accepted) {
      guessed |= c.source().equals(GUESSED);
      club |= c.source().equals(ClubRules.SOURCE);
    }
    if (!guessed && !club) {
      return; // most documents: no string is built
    }
    Map<String, EntityType> typed = new HashMap<>();
    Set<String> clubs = new HashSet<>();
    for (Candidate c : accepted) {
      if ((c.type() == EntityType.ORG || c.type() == EntityType.LOC)
          && !c.source().equals(GUESSED)) {
        String name = name(w, c);
        // a name typed two ways (a city and its club) gives no evidence: MISC marks it
        typed.merge(name, c.type(), (a, b) -> a == b ? a : EntityType.MISC);
        if (c.source().equals(ClubRules.SOURCE)) {
          clubs.add(name);
        }
      }
    }
    for (int n = 0; n < accepted.size(); n++) {
      Candidate c = accepted.get(n);
      if (c.source().equals(GUESSED)) {
        EntityType t = typed.get(name(w, c));
        if (t == EntityType.ORG || t == EntityType.LOC) {
          accepted.set(n, new Candidate(c.start(), c.end(), t, "document:type", c.priority(),
              c.cut()));
        }
      } else if (club && c.type() == EntityType.LOC && c.source().startsWith("gazetteer:")
          && clubs.contains(name(w, c)) && !HeadRules.placeContext(w, c.start())) {
        accepted.set(n, new Candidate(c.start(), c.end(), EntityType.ORG, "document:club",
            c.priority(), c.cut()));
      }
    }
  }

  /** The words of a candidate, its first without the proclitics the candidate leaves out. */
  private static String name(Words w, Candidate c) {
    StringBuilder sb = new StringBuilder(w.reading(c.start(),
        DocumentConsistency.readingOf(w, c.start(), c.cut())));
    for (int j = c.start() + 1; j < c.end(); j++) {
      sb.append(' ').append(w.key[j]);
    }
    return sb.toString();
  }
}

package org.tawsim.annotate.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tawsim.core.EntityType;

/**
 * Document-level type agreement: a name that the subject rule read as a person only because a
 * speech verb comes before it takes the type that the same document gives the same words where a
 * head noun or a list names them.
 *
 * <p>Pattern: {@code [head] NAME ... [speech verb] NAME}, the first an organisation or place, the
 * second found by {@code rule:verb+subject}. Example: in {@code أعلنت شركة كوالكوم عن معالج جديد .
 * وقالت كوالكوم إن المعالج يباع غدا} the second كوالكوم becomes ORG, as the first is; in {@code
 * وقالت كوالكوم إن ...} alone it stays PER (the sentence says nothing else). The order of the
 * mentions does not matter. A name that the document types two ways other than by the subject
 * rule is left alone.
 *
 * <p>Cost: one pass over the accepted candidates, a few per sentence, and one string per name.
 */
final class TypeAgreement {

  /** Rules that guess a type from position alone: the subject of a speech verb may be a company. */
  static final String GUESSED = "rule:verb+subject";

  private TypeAgreement() {}

  /** Retypes, in {@code accepted}, the guessed mentions of names the document types otherwise. */
  static void agree(Words w, List<Candidate> accepted) {
    Map<String, EntityType> typed = null;
    boolean guessed = false;
    for (Candidate c : accepted) {
      if (c.source().equals(GUESSED)) {
        guessed = true;
      } else if (c.type() == EntityType.ORG || c.type() == EntityType.LOC) {
        if (typed == null) {
          typed = new HashMap<>();
        }
        // a name typed two ways (a city and its club) gives no evidence: MISC marks it
        typed.merge(name(w, c), c.type(), (a, b) -> a == b ? a : EntityType.MISC);
      }
    }
    if (!guessed || typed == null) {
      return;
    }
    for (int n = 0; n < accepted.size(); n++) {
      Candidate c = accepted.get(n);
      if (c.source().equals(GUESSED)) {
        EntityType t = typed.get(name(w, c));
        if (t == EntityType.ORG || t == EntityType.LOC) {
          accepted.set(n, new Candidate(c.start(), c.end(), t, "document:type", c.priority(),
              c.cut()));
        }
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

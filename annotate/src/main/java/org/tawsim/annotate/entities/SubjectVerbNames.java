/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.List;
import java.util.Set;
import org.tawsim.core.EntityType;
import org.tawsim.core.text.ArabicCharacters;

/**
 * A name before its verb: after أن، إن، لكن (which take a noun, the subject of the clause) or at
 * the start of a clause, a word whose letters are a name's followed by a verb is that verb's
 * subject (أكد المدرب أن كولانجيلو سينتقل). A common noun there has the article (أن الحكومة
 * ستعلن), so an unknown word without it is a proper noun, and the verb says it acts: a person.
 *
 * <p>Pattern: an opener ({@code SubjectVerbNames.OPENERS} of {@code rule-words.txt}), a
 * punctuation mark or the start of the text; then one word of four letters or more, without a
 * clitic or the article, that no list knows or that is a name word of open data, whose letters
 * are a name's ({@link NameLikeness}); then a verb: one of {@code verbs.txt}, a speech verb, a
 * particle of the verb (قد، لن، لم، سوف) or an unknown word with the shape of an imperfect (ي or
 * ت, after س: سينتقل، تبحث; not ending in the accusative alef of an adverb: يوميا) whose letters
 * are no name's.
 *
 * <p>Example: {@code وقال إن كولانجيلو سينتقل إلى الفريق} gives PER {@code كولانجيلو}; {@code
 * وقال إن الحكومة ستعلن} gives nothing (the article).
 */
final class SubjectVerbNames {

  /** As a foreign name word after a verb. */
  static final int PRIORITY = VerbSubjects.PRIORITY;

  static final Set<String> OPENERS = RuleWords.set("SubjectVerbNames.OPENERS");
  static final Set<String> PARTICLES = RuleWords.set("SubjectVerbNames.PARTICLES");

  private SubjectVerbNames() {}

  /** Adds a PER candidate for each name-like word between an opener and a verb. */
  static void find(Words w, List<Candidate> out) {
    for (int j = 0; j + 1 < w.size; j++) {
      // the cheap tests first: the model is asked last
      if (w.key[j].length() < 4 || (w.flags[j] & ~Lexicon.NAME_WORD) != 0
          || w.listType[j] != null || w.breakBefore[j + 1] || !opener(w, j - 1)
          || w.key[j].charAt(0) == ArabicCharacters.WAW || !verb(w, j + 1)
          || !(w.flags[j] == 0 ? NameShapes.lettersOfName(w, j) : VerbSubjects.nameWord(w, j))) {
        continue;
      }
      out.add(new Candidate(j, j + 1, EntityType.PER, "rule:subject+verb", PRIORITY, 0));
    }
  }

  /** True when token p opens a clause whose subject comes first: an opener, punctuation, none. */
  private static boolean opener(Words w, int p) {
    return p < 0 || w.breakBefore[p + 1] || !w.letters[p] && !w.number[p]
        || w.keyInSet(p, WordSets.OPENER);
  }

  /** True when token k is a verb or a particle of one (see the class javadoc). */
  private static boolean verb(Words w, int k) {
    if (!w.letters[k]) {
      return false;
    }
    String key = w.key[k];
    if (w.keyInSet(k, WordSets.PARTICLE) || w.has(k, Lexicon.SUBJECT_VERB)
        || VerbSubjects.verb(w, k)) {
      return true;
    }
    int at = VerbSubjects.personPrefix(key, false);
    char c = key.charAt(at);
    // (not an adverb with the accusative alef: يوميا، تماما)
    return key.length() - at >= 4 && (c == ArabicCharacters.YEH || c == ArabicCharacters.TEH)
        && key.charAt(key.length() - 1) != ArabicCharacters.ALEF
        && (w.flags[k] & ~Lexicon.VOCAB) == 0 && w.listType[k] == null && !w.definite(k)
        && !NameLikeness.shipped().nameLike(key);
  }
}

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
 * A person named by a verb or participle of naming (يدعى، تدعى، المدعو، المدعوة): the words
 * after it are the name, as far as a name runs ({@link NameExtent#nameEnd}), not its first word
 * alone.
 *
 * <p>Pattern: {@code NAMING name-word+}, where NAMING is a word of {@code NamedAs.NAMING} in
 * {@code rule-words.txt}, with or without و or ف. Example: {@code رجلا يدعى سعد وقاص قد زار
 * الصين} gives PER {@code سعد وقاص}. After the head of a place or a body (مدينة تسمى، منطقة
 * تدعى) the name is that place's, and after ما (ما يدعى, the so-called) a thing's: nothing is
 * tagged; nor a definite word that no list knows as a name (يدعي الرئيس: يدّعي, claims, is
 * written alike).
 */
final class NamedAs {

  /** Above the subject of a verb (24, 28): the naming word says more than a verb. */
  static final int PRIORITY = 30;

  private static final Set<String> NAMING = RuleWords.set("NamedAs.NAMING");

  /** The classes of a word before the naming word that make the name a place's or a body's. */
  private static final int PLACE_OR_BODY = Lexicon.HEAD_WORD | Lexicon.LOC_TRIGGER
      | Lexicon.WEAK_TRIGGER | Lexicon.BODY_HEAD;

  /** ما: ما يدعى is "the so-called", before a thing's name as often as a person's. */
  private static final String MA = "\u0645\u0627";

  private NamedAs() {}

  /** True for the last letters of the naming words as normalised: ي، و، ه. */
  private static boolean ending(char c) {
    return c == ArabicCharacters.YEH || c == ArabicCharacters.WAW || c == ArabicCharacters.HEH;
  }

  /** Adds a PER candidate for each name after a word of naming. */
  static void find(Words w, Lexicon lex, List<Candidate> out) {
    for (int i = 0; i + 1 < w.size; i++) {
      // the naming words have four letters at least and end in ي، و or ه (يدعي، المدعو،
      // المدعوه, normalised): most tokens stop here, before any set lookup
      String key = w.key[i];
      int n = key.length();
      if (n < 4 || !ending(key.charAt(n - 1)) || !w.letters[i] || !w.anyReading(i, NAMING)) {
        continue;
      }
      int j = i + 1;
      if (w.breakBefore[j] || i > 0 && !w.breakBefore[i]
              && (w.has(i - 1, PLACE_OR_BODY) || w.key[i - 1].equals(MA))
          || w.definite(j) && (w.flags[j] & NameShapes.STRONG) == 0) {
        continue;
      }
      int end = NameExtent.nameEnd(w, lex, j, true);
      if (end > j) {
        out.add(new Candidate(j, end, EntityType.PER, "rule:named-as", PRIORITY, w.bestCut(j)));
      }
    }
  }
}

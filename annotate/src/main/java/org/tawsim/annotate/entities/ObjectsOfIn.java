/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.List;
import org.tawsim.core.EntityType;
import org.tawsim.core.text.ArabicCharacters;

/**
 * No person right after the preposition في (in): what news puts there is a place, a time or a
 * thing, and a word of a name after it is most often a given name that is also a verbal noun or
 * the name of a place.
 *
 * <p>Pattern: {@code في PER} (also وفي), where PER is a person candidate of a rule or a list that
 * starts on the next word: the candidate is dropped, so that a place or nothing is left. Example:
 * {@code وفي ختام الحفل قال} tags nothing (ختام, the end, is also a given name); {@code ولد في
 * كيندو باي} leaves no person. A title between them keeps the name (في الرئيس X starts the
 * candidate after the title), and so does a user's list.
 */
final class ObjectsOfIn {

  /** في as normalised: feh, yeh. */
  private static final String IN = "" + ArabicCharacters.FEH + ArabicCharacters.YEH;

  private ObjectsOfIn() {}

  /**
   * Drops the person candidates below {@code userPriority} that start right after في, and the
   * person candidates that lie inside the words they covered (في كامب ديفيد: not ديفيد alone; a
   * longer name that only starts inside stays: في بيت عبد الكريم الخطابي).
   */
  static void drop(Words w, List<Candidate> candidates, int userPriority) {
    boolean[] inside = null; // most sentences: nothing after في was taken for a person
    for (Candidate c : candidates) {
      if (dropped(w, c, userPriority)) {
        if (inside == null) {
          inside = new boolean[w.size];
        }
        for (int k = c.start() + 1; k < c.end(); k++) {
          inside[k] = true;
        }
      }
    }
    if (inside == null) {
      return;
    }
    boolean[] words = inside;
    candidates.removeIf(c -> dropped(w, c, userPriority) || words[c.start()] && words[c.end() - 1]
        && c.type().equals(EntityType.PER) && c.priority() < userPriority);
  }

  private static boolean dropped(Words w, Candidate c, int userPriority) {
    return c.type().equals(EntityType.PER) && c.priority() < userPriority && c.cut() == 0
        && afterIn(w, c.start());
  }

  /** True when token i follows في or وفي in the same sentence. */
  static boolean afterIn(Words w, int i) {
    int k = i - 1;
    if (k < 0 || w.breakBefore[i] || !w.letters[k]) {
      return false;
    }
    String key = w.key[k];
    int n = key.length();
    return (n == 2 || n == 3 && key.charAt(0) == ArabicCharacters.WAW) && key.endsWith(IN);
  }
}

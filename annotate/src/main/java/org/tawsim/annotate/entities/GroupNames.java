/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.List;
import java.util.Set;
import org.tawsim.core.EntityType;

/**
 * Organisations named after تنظيم (organisation), the word news uses for armed and clandestine
 * groups (تنظيم داعش، تنظيم «القاعدة»). تنظيم is just as often the verbal noun "organising", whose
 * object is a common noun (تنظيم دوري للشباب، تنظيم برامج العيد، تنظيم صفوف القبائل), so it is no
 * head of {@code org-heads.txt}: the name must be marked as one. Either it is one word in
 * quotation marks (a quoted phrase there is as often an event: تنظيم «ملتقى الشباب»), or one word that no list or word class knows, without the article or a clitic,
 * after which the phrase ends: a mark, the end of the sentence, a function word (في، على، الذي)
 * or a definite nisba that describes the group (الإرهابي). An object of the verbal noun goes on
 * with its own complement (ورش عمل، وول ستريت، دوري أبطال).
 *
 * <p>Pattern: {@code تنظيم « WORD »} or {@code تنظيم WORD (END | STOP | ال...ي)}. Example: {@code
 * أعلن تنظيم داعش الإرهابي مسؤوليته} gives ORG {@code داعش}; {@code تم تنظيم دوري للشباب} gives
 * nothing. The head stays out of the name, as with the descriptors (حركة فتح gives فتح).
 */
final class GroupNames {

  /** تنظيم (organisation). */
  static final Set<String> HEADS = RuleWords.set("GroupNames.HEADS");

  private GroupNames() {}

  /** Adds an ORG candidate for each group named after a word of {@link #HEADS}. */
  static void find(Words w, List<Candidate> out) {
    for (int i = 0; i + 1 < w.size; i++) {
      String key = w.key[i];
      int j = i + 1;
      // (a bit of the token's words, WordSets: most tokens stop here; every head ends with م and
      // has five letters at least)
      if (!w.inSet(i, WordSets.GROUP_HEAD) || key.length() < 5
          || key.charAt(key.length() - 1) != MEEM || w.breakBefore[j]) {
        continue;
      }
      int q = QuotedNameRules.quotedName(w, j);
      if (q > 0 && (q & 0xFFFF) - (q >>> 16) == 1) {
        out.add(new Candidate(q >>> 16, q & 0xFFFF, EntityType.ORG, "rule:org-quoted",
            QuotedNameRules.QUOTED_PRIORITY, 0));
      } else if (unknownWord(w, j) && endsPhrase(w, j + 1)) {
        out.add(new Candidate(j, j + 1, EntityType.ORG, "rule:group", HeadRules.ORG_PRIORITY + 10,
            0));
      }
    }
  }

  /**
   * A word without the article or a clitic that no list or word class knows: no plural in ات, and
   * no word in م, the shape of a participle that describes the group (تنظيم مكون من خلايا، تنظيم
   * مسلح).
   */
  private static boolean unknownWord(Words w, int j) {
    String key = w.key[j];
    return w.letters[j] && w.flags[j] == 0 && w.listType[j] == null && !w.definite(j)
        && w.bestCut(j) == 0 && key.length() >= 3 && !w.tehMarbuta[j]
        && !NameShapes.feminineSoundPlural(key) && key.charAt(0) != MEEM;
  }

  /** True when the name ends before token k: no token, a mark, a function word or a nisba. */
  private static boolean endsPhrase(Words w, int k) {
    return k >= w.size || w.breakBefore[k] || !w.letters[k] || w.has(k, Lexicon.STOP)
        || NameShapes.nisbaForm(w.key[k]) && w.listType[k] == null;
  }

  private static final char MEEM = '\u0645';
}

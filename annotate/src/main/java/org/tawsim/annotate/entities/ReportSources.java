/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.List;
import java.util.Set;
import org.tawsim.core.EntityType;

/**
 * The agency or newspaper a news report credits, named by where it stands rather than by a list.
 *
 * <ul>
 *   <li>Dateline: a listed place, a dash, one word, then a colon or a dash: {@code الدوحة - الراية
 *       :}، {@code طوكيو - رويترز - قالت}. The word is who reports from the place. A definite word
 *       there is a newspaper's name (الراية، السفير); an indefinite one only when no list or word
 *       class knows it (رويترز): a known indefinite word is a plural of agencies (عواصم - وكالات :)
 *       and a listed one a second place (مقديشو - نيروبي -).
 *   <li>Photo credit: an opening parenthesis, one word, a dash and the word for an archive picture,
 *       {@code ( رويترز - أرشيف )}: the word is the agency the picture comes from, unless it is a
 *       nationality adjective (الفرنسية, which ANERcorp leaves O) or a listed place or person.
 *   <li>Credit: one unknown word in parentheses before the report, {@code كراتشي ( رويترز ) -
 *       قال}, or after a headline, {@code ( رويترز ) تظاهر}; see {@link #credit}.
 * </ul>
 *
 * <p>Example: {@code مدريد ـ رويترز ـ قال نادي ريال مدريد} gives LOC {@code مدريد}, ORG {@code
 * رويترز} and ORG {@code ريال مدريد}.
 */
final class ReportSources {

  static final int PRIORITY = HeadRules.ORG_PRIORITY + 10;

  /** The words of an archive picture in a credit: أرشيف، أرشيفية. */
  static final Set<String> ARCHIVE = RuleWords.set("ReportSources.ARCHIVE");

  private ReportSources() {}

  /** Adds an ORG candidate for each source of a dateline or a photo credit. */
  static void find(Words w, List<Candidate> out) {
    for (int i = 1; i + 1 < w.size; i++) {
      if (!w.letters[i] || w.letters[i + 1] || w.letters[i - 1]) {
        continue; // one word between two marks
      }
      if (dateline(w, i)) {
        out.add(new Candidate(i, i + 1, EntityType.ORG, "rule:byline", PRIORITY, 0));
      } else if (photoCredit(w, i)) {
        out.add(new Candidate(i, i + 1, EntityType.ORG, "rule:photo-credit", PRIORITY, 0));
      } else if (credit(w, i)) {
        out.add(new Candidate(i, i + 1, EntityType.ORG, "rule:credit", PRIORITY, 0));
      }
    }
  }

  private static boolean dateline(Words w, int i) {
    if (i < 2 || !dash(w.key[i - 1]) || !(":".equals(w.key[i + 1]) || dash(w.key[i + 1]))
        || w.listType[i] == EntityType.LOC || w.has(i, Lexicon.STOP)) {
      return false;
    }
    boolean name = w.definite(i)
        ? ":".equals(w.key[i + 1])
        : w.listType[i] == null && NameShapes.unlisted(w, i)
            && (w.flags[i] & Lexicon.NAME_WORD) == 0 && !w.tehMarbuta[i]
            && NameShapes.nameLike(w, i, true);
    return name && (w.listType[i - 2] == EntityType.LOC
        || i >= 3 && w.listType[i - 3] == EntityType.LOC && w.letters[i - 2]);
  }

  private static boolean photoCredit(Words w, int i) {
    return i + 2 < w.size && "(".equals(w.key[i - 1]) && dash(w.key[i + 1])
        && w.letters[i + 2] && ARCHIVE.contains(w.key[i + 2])
        && (w.listType[i] == null || w.listType[i] == EntityType.ORG)
        && !w.has(i, Lexicon.NORP | Lexicon.STOP);
  }

  /**
   * True when token i is a credit in parentheses that opens a report: {@code ( رويترز ) تظاهر},
   * {@code كراتشي ( رويترز ) - قال}. The word is one that no list or word class knows, indefinite,
   * without a common noun's letters (انظر ( توضيح )), nor a name word (a gloss of a person's name
   * in parentheses, اسم ( هانز ), is one), nor a month or after one (مايو ( أيار )), and a clause starts after it: a dash, or a word that is
   * no function word (a name or a place glossed in parentheses goes on with a preposition or a
   * punctuation mark: ب ( الناضور ) و). Nor may a preposition stand before the parenthesis.
   */
  private static boolean credit(Words w, int i) {
    if (!"(".equals(w.key[i - 1]) || !")".equals(w.key[i + 1]) || i + 2 >= w.size
        || w.listType[i] != null || w.definite(i) || w.tehMarbuta[i]
        || (w.flags[i] & ~Lexicon.ORG_TYPE) != 0 || w.bestCut(i) > 0
        || !NameShapes.nameLike(w, i, true) || NameShapes.lettersOfCommonWord(w, i)
        || month(w, i) || i >= 2 && month(w, i - 2)) {
      return false;
    }
    int next = i + 2;
    String k = w.key[next];
    // a clause: not a definite word, which would describe the word in parentheses (انميس
    // العاملة), nor a function word unless و opens it (وقال، ورغم)
    boolean clause = dash(k) || w.letters[next] && k.length() > 1 && !w.definite(next)
        && w.listType[next] == null
        && ((w.flags[next] & (Lexicon.STOP | Lexicon.TIME)) == 0 || k.charAt(0) == WAW);
    return clause && (i < 2 || !w.letters[i - 2]
        || !w.has(i - 2, Lexicon.STOP) && w.key[i - 2].length() > 1);
  }

  private static final char WAW = '\u0648';

  /** A month's name, which glosses another calendar's name in parentheses: مايو ( أيار ). */
  private static boolean month(Words w, int k) {
    return w.letters[k] && PhraseMatch.longest(Lexicon.Trie.MONTHS, w, k) != null;
  }

  /** A hyphen, an en or em dash, or a tatweel standing alone as a dash. */
  static boolean dash(String key) {
    return key.length() == 1 && (key.charAt(0) == '-' || key.charAt(0) == '\u2013'
        || key.charAt(0) == '\u2014' || key.charAt(0) == '\u0640');
  }
}

package org.tawsim.annotate.entities;

import java.util.List;
import org.tawsim.core.EntityType;

/**
 * Organisations and places found by a head word rather than by a list.
 *
 * <ul>
 *   <li>Organisation: a head (وزارة، جامعة، المفوضية...) and at least one modifier: definite nouns
 *       and adjectives (وزارة الخارجية الروسية، المفوضية الأوروبية), listed places (جامعة القاهرة),
 *       or, right after an indefinite head, one unknown word (شركة أرامكو). A nationality adjective
 *       ends the name; words of time and function words stop it.
 *   <li>Place after a trigger: مدينة الفلوجة gives LOC الفلوجة, نهر الكونغو gives LOC الكونغو
 *       (the trigger stays out, as ANERcorp marks them; names that hold their head, such as البحر
 *       الأحمر, are listed whole).
 * </ul>
 */
final class HeadRules {

  static final int ORG_PRIORITY = 20;
  static final int LOC_PRIORITY = 15;
  private static final int MAX_MODIFIERS = 4;
  private static final int NOT_MODIFIER =
      Lexicon.STOP | Lexicon.TIME | Lexicon.WEEKDAY | Lexicon.SCALE;

  private HeadRules() {}

  static void find(Words w, Lexicon lex, List<Candidate> out) {
    for (int i = 0; i < w.size; i++) {
      PhraseMatch<Boolean> head = PhraseMatch.longest(Lexicon.Trie.ORG_HEADS, w, i);
      if (head != null && head.value()) {
        int end = organisationEnd(w, lex, i, head.end());
        if (end > head.end()) {
          out.add(new Candidate(i, end, EntityType.ORG, "rule:org-head", ORG_PRIORITY, head.cut()));
        }
      } else if (head != null) {
        int j = head.end();
        int end = describedName(w, lex, j);
        if (end > j) {
          out.add(new Candidate(j, end, EntityType.ORG, "rule:org-descriptor", ORG_PRIORITY + 5,
              w.stripped[j][w.bestReading[j]]));
        }
      }
      if (w.has(i, Lexicon.LOC_TRIGGER) && i + 1 < w.size && !w.breakBefore[i + 1]) {
        int j = i + 1;
        if (PhraseMatch.longest(Lexicon.Trie.ENTITIES, w, j) == null
            && NameRules.nameLike(w, j, true) && !adjective(w.key[j])
            && (w.flags[j] & (Lexicon.GIVEN | Lexicon.PERSON_WORD)) == 0) {
          out.add(new Candidate(j, j + 1, EntityType.LOC, "rule:loc-trigger", LOC_PRIORITY,
              w.stripped[j][w.bestReading[j]]));
        }
      }
    }
  }

  /**
   * Returns the end of the name after a descriptor head (وكالة رويترز، نادي مانشستر يونايتد،
   * النادي الأهلي): a listed organisation, or up to two name-like words that are no listed place.
   */
  private static int describedName(Words w, Lexicon lex, int j) {
    if (j >= w.size) {
      return j;
    }
    PhraseMatch<Entry> listed = PhraseMatch.longest(Lexicon.Trie.ENTITIES, w, j);
    if (listed != null) {
      return listed.value().type() == EntityType.ORG ? listed.end() : j;
    }
    int end = j;
    if (w.breakBefore[j]) {
      return j;
    }
    while (end < w.size && end - j < 2 && NameRules.nameLike(w, end, end == j)
        && (end == j || !w.breakBefore[end] && w.key[end].charAt(0) != Words.WAW)
        && (w.flags[end] & Lexicon.GIVEN) == 0
        // a definite word after a descriptor is a common noun (وكالة الأنباء، حركة القمر) unless
        // it is a nisba (النادي الأهلي)
        && (end == j ? !w.definite(end) || NameRules.nisbaForm(w.key[end]) : !w.definite(end))) {
      end++;
    }
    return end;
  }

  /** A word that starts a second conjunct: و on a listed name (حزب الله وإسرائيل). */
  private static boolean newConjunct(Words w, int k) {
    return w.key[k].charAt(0) == Words.WAW && w.info[k][0] == null && w.info[k].length > 1
        && w.info[k][1] != null && w.info[k][1].root(Lexicon.Trie.ENTITIES) != null;
  }

  /** A nisba adjective or feminine form after a trigger (ميناء دولي، مناطق متفرقة): no place name. */
  private static boolean adjective(String key) {
    return key.endsWith("\u064A") || key.endsWith("\u064A\u0647") || key.endsWith("\u0647");
  }

  private static int organisationEnd(Words w, Lexicon lex, int headStart, int j) {
    boolean indefiniteHead = !w.definite(headStart);
    int end = j;
    for (int m = 0; m < MAX_MODIFIERS && end < w.size; m++) {
      int k = end;
      if (!w.letters[k] || w.breakBefore[k] || (w.flags[k] & NOT_MODIFIER) != 0
          || PhraseMatch.longest(Lexicon.Trie.TITLES, w, k) != null && !w.definite(k)
          || newConjunct(w, k)) {
        break;
      }
      if (w.has(k, Lexicon.NORP)) {
        end = k + 1;
        break;
      }
      PhraseMatch<Entry> listed = PhraseMatch.longest(Lexicon.Trie.ENTITIES, w, k);
      if (listed != null && listed.value().type() != EntityType.PER) {
        if (listed.cut() > 0) {
          break; // جامعة القرويين بفاس: a place after a preposition is where, not the name
        }
        end = listed.end();
        continue;
      }
      if (w.definite(k)) {
        end = k + 1;
        continue;
      }
      if (m == 0 && indefiniteHead && NameRules.nameLike(w, k, true)) {
        end = k + 1;
        continue;
      }
      break;
    }
    return end;
  }
}

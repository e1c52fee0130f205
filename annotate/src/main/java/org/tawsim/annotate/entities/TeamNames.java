/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.List;
import java.util.Set;
import org.tawsim.core.EntityType;

/**
 * Teams that open data names, in a match report. Clubs are named by common words and places
 * (النصر victory, الشباب youth, الهلال the crescent, الزمالك a district of Cairo), so the list of
 * WikiFANE's teams ({@code team-names.txt}, {@link WikifaneWords}) is read only where a match
 * report names a team: after a word of its players, coach or goal or a host word ({@link
 * MatchReports#MEMBERS}, {@link MatchReports#HOSTS}), as the subject of a result verb before its
 * opponent (فاز، تعادل، خسر ... على، مع، أمام) and as that opponent. There the other side of the
 * result is a team too, listed or not, when it is one definite word: in {@code فاز الخليج على
 * الهلال} the listed الهلال makes الخليج a team.
 *
 * <p>Pattern: {@code MEMBER|HOST TEAM}, {@code RESULT TEAM OPPONENT X} and {@code RESULT X
 * OPPONENT TEAM}, where TEAM is a word of the list (through its proclitics) and X one definite
 * word that no list or closed class knows as anything else than a common word or a place. Example:
 * {@code وتعادل الشباب مع الرائد} gives ORG {@code الشباب} (listed) and ORG {@code الرائد}; {@code
 * وقال مدرب النصر} gives ORG {@code النصر}; {@code تغلب الشباب على الصعوبات} nothing (no team on
 * either side). A feminine adjective after the word says it is the common noun: {@code صفوف
 * الشرطة الاتحادية} (the federal police) names no club. A country stays a place (a national team: {@link MatchReports#country}); a place
 * accepted at the word becomes the team.
 *
 * <p>Cost: the bits of the match words ({@link WordSets}) gate every set lookup; most documents
 * have none.
 */
final class TeamNames {

  /** Source of the teams this rule finds. */
  static final String SOURCE = "rule:team";

  /** The one-word names of WikiFANE's teams, normalised ({@code team-names.txt}). */
  static final Set<String> TEAMS = RuleWords.generated("team-names.txt");

  private TeamNames() {}

  /** Adds or retypes, in {@code accepted}, the teams of the document's match reports. */
  static void find(Words w, List<Candidate> accepted, boolean[] covered) {
    for (int k = 0; k + 1 < w.size; k++) {
      if (!w.letters[k] || !w.inSet(k, WordSets.MEMBER | WordSets.HOST | WordSets.RESULT)
          || w.breakBefore[k + 1]) {
        continue;
      }
      int j = k + 1;
      if (!w.inSet(k, WordSets.RESULT)) {
        team(w, accepted, covered, j, false);
        continue;
      }
      // RESULT X OPPONENT Y
      int p = j + 1;
      int y = p + 1;
      if (y >= w.size || w.breakBefore[p] || w.breakBefore[y] || !w.keyInSet(p, WordSets.OPPONENT)) {
        continue;
      }
      boolean xTeam = team(w, accepted, covered, j, false);
      boolean yTeam = team(w, accepted, covered, y, false);
      if (xTeam && !yTeam) {
        team(w, accepted, covered, y, true);
      } else if (yTeam && !xTeam) {
        team(w, accepted, covered, j, true);
      }
    }
  }

  /**
   * Makes token j a team when its word is listed, or, with {@code partner}, when it is one
   * definite word without a clitic that is no function, time or nationality word: the other side
   * of a listed team. Returns true when token j is a team (also one found before).
   */
  private static boolean team(Words w, List<Candidate> accepted, boolean[] covered, int j,
      boolean partner) {
    if (!w.letters[j] || feminineAdjectiveAfter(w, j)) {
      return false;
    }
    int cut;
    if (partner) {
      if (!w.definite(j) || w.bestCut(j) > 0 || (w.flags[j] & NO_PARTNER) != 0
          || w.listType[j] == EntityType.PER || NameShapes.feminineSoundPlural(w.key[j])) {
        return false;
      }
      cut = 0;
    } else {
      cut = listedCut(w, j);
      if (cut < 0) {
        return false;
      }
    }
    if (covered[j]) {
      return retype(w, accepted, j);
    }
    Candidate c = new Candidate(j, j + 1, EntityType.ORG, SOURCE, HeadRules.ORG_PRIORITY, cut);
    if (MatchReports.country(w, c)) {
      return false;
    }
    covered[j] = true;
    accepted.add(c);
    return true;
  }

  /**
   * True when a definite word on ة without a clitic follows token j: an adjective that agrees
   * with a feminine noun (صفوف الشرطة الاتحادية, the federal police), while a club's name takes
   * the masculine of the elided نادي (مدرب الهلال السعودي).
   */
  private static boolean feminineAdjectiveAfter(Words w, int j) {
    int a = j + 1;
    return a < w.size && !w.breakBefore[a] && w.tehMarbuta[a] && w.definite(a)
        && w.bestCut(a) == 0;
  }

  /** Word classes that keep a word from being the unlisted side of a match. */
  private static final int NO_PARTNER = Lexicon.STOP | Lexicon.TIME | Lexicon.WEEKDAY
      | Lexicon.NORP | Lexicon.STRONG_MASK;

  /** The cut of the reading of token j that the team list holds, or -1. */
  private static int listedCut(Words w, int j) {
    for (int r = 0, n = w.readingCount(j); r < n; r++) {
      if (TEAMS.contains(w.reading(j, r))) {
        return w.cut(j, r);
      }
    }
    return -1;
  }

  /**
   * Makes the accepted place of one token at j the team and returns true; true as well for an
   * organisation there; false for any other entity, which stays.
   */
  private static boolean retype(Words w, List<Candidate> accepted, int j) {
    for (int n = 0; n < accepted.size(); n++) {
      Candidate c = accepted.get(n);
      if (c.start() <= j && j < c.end()) {
        if (c.type() == EntityType.ORG) {
          return true;
        }
        if (c.type() != EntityType.LOC || c.length() != 1 || MatchReports.country(w, c)) {
          return false;
        }
        accepted.set(n, new Candidate(c.start(), c.end(), EntityType.ORG, SOURCE, c.priority(),
            c.cut()));
        return true;
      }
    }
    return false;
  }
}

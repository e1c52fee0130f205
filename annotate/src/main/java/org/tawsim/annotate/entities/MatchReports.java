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
 * Teams named in match reports. A match report names a team as the host or the guest of another
 * (على ضيفه واتفورد، أمام مضيفه إسبانيول), as the subject of a result verb before its opponent
 * (فاز بورتسموث على بلاكبيرن، تعادل مانشستر مع أرسنال) and after a word of its players, coach,
 * goal or supporters (مرمى مانشستر، صفوف الزمالك، مدرب القادسية): there a city is its club, and
 * after a host word a word no list knows is a club's name, with the listed city that follows it
 * (على مضيفه ستيوا بوخارست), and a name that opens with a place prefix right after the city is
 * the rest of the club's (مدرب باريس سان جيرمان). A country there is its national team, which stays a place (ANERcorp
 * marks انكلترا in مباراة انكلترا والبرتغال as LOC).
 *
 * <p>Pattern: {@code HOST NAME}, where HOST is a word of {@code MatchReports.HOSTS} (ضيفه، مضيفه
 * and their feminine) and NAME a listed city, one or two words that no list or word class knows,
 * or one such word and a listed city, not a nationality adjective (ضيفه البوروندي is the national
 * team, named by its adjective);
 * {@code RESULT CITY على|مع|أمام}, where RESULT is a verb of {@code MatchReports.RESULTS} (فاز،
 * تغلب، تعادل، خسر), and the opponent's city after it ({@code RESULT [TEAM] على CITY}, the verb at
 * most three tokens before the preposition: تغلب باريس سان جيرمان على مرسيليا); and {@code MEMBER CITY}, where MEMBER is a word of {@code
 * MatchReports.MEMBERS} (لاعب، مدرب، مهاجم، مرمى، صفوف، جماهير، قميص). A person's name in any
 * slot stays a person (a tennis player beats another: فاز فيدرر على نادال). Example: {@code وفاز
 * إيفرتون على ضيفه واتفورد} gives ORG {@code إيفرتون} (listed) and ORG {@code واتفورد}.
 *
 * <p>Runs on the accepted candidates; the club takes {@link ClubRules#SOURCE}, so that {@link
 * TypeAgreement} makes the city's other mentions in the document the club.
 */
final class MatchReports {

  /** The host and the guest of a match, with the pronoun of the other team: ضيفه، مضيفه. */
  static final Set<String> HOSTS = RuleWords.set("MatchReports.HOSTS");

  /** Verbs of a match's result whose subject is a team: فاز، تغلب، تعادل، خسر. */
  static final Set<String> RESULTS = RuleWords.set("MatchReports.RESULTS");

  /** Prepositions of the opponent after a result verb: على، مع، أمام. */
  static final Set<String> OPPONENT = RuleWords.set("MatchReports.OPPONENT");

  /**
   * A team's players, coach, goal and supporters: لاعب، مدرب، مهاجم، مرمى، شباك، صفوف، جماهير...
   * A city right after one of them is its club (مرمى مانشستر، صفوف ليفربول، لاعب برشلونة).
   */
  static final Set<String> MEMBERS = RuleWords.set("MatchReports.MEMBERS");

  private MatchReports() {}

  /** Replaces cities named as teams by their clubs and adds the unlisted teams after a host word. */
  static void teams(Words w, List<Candidate> accepted, boolean[] covered) {
    // a city as a team: read from the accepted places, a few per sentence
    int accepted0 = accepted.size();
    for (int n = 0; n < accepted0; n++) {
      Candidate c = accepted.get(n);
      int k = c.start() - 1;
      if (k < 0 || !c.type().equals(EntityType.LOC) || w.breakBefore[c.start()] || !w.letters[k]) {
        continue;
      }
      boolean host = w.inSet(k, WordSets.HOST);
      int saint = saintAfter(w, accepted, c.end());
      int end = saint < 0 ? c.end() : accepted.get(saint).end();
      boolean result = !host && w.inSet(k, WordSets.RESULT) && end < w.size
          && !w.breakBefore[end] && w.keyInSet(end, WordSets.OPPONENT);
      boolean member = !host && !result && w.inSet(k, WordSets.MEMBER);
      boolean opponent = !host && !result && !member && w.keyInSet(k, WordSets.OPPONENT)
          && w.has(k, Lexicon.STOP) && resultBefore(w, k);
      if ((host || result || member || opponent) && !country(w, c)) {
        accepted.set(n, new Candidate(c.start(), end, EntityType.ORG, ClubRules.SOURCE,
            c.priority(), c.cut()));
        if (saint >= 0) {
          accepted.remove(saint);
          accepted0--;
          n -= saint < n ? 1 : 0;
        }
      }
    }
    // an unknown word after a host word (a bit of the token's words: few tokens have it)
    for (int k = 0; k + 1 < w.size; k++) {
      int j = k + 1;
      if (!w.inSet(k, WordSets.HOST) || w.key[k].indexOf(DAD) < 0 || covered[j]
          || w.breakBefore[j] || !w.letters[k] || !unknown(w, j) || w.definite(j)) {
        continue;
      }
      int end = j + 1;
      if (end < w.size && !covered[end] && !w.breakBefore[end] && unknown(w, end)
          && !w.definite(end) && w.key[end].charAt(0) != ArabicCharacters.WAW) {
        end++;
      } else if (end < w.size && covered[end] && !w.breakBefore[end]) {
        end = cityOfName(w, accepted, end);
      }
      for (int t = j; t < end; t++) {
        covered[t] = true;
      }
      accepted.add(new Candidate(j, end, EntityType.ORG, ClubRules.SOURCE,
          HeadRules.ORG_PRIORITY, w.bestCut(j)));
    }
  }

  /**
   * Returns the index in {@code accepted} of the entity that starts at token k with a place prefix
   * (سان، سانت), or -1: after a city named as a team it is the rest of the club's name, whatever
   * type it was given alone (باريس سان جيرمان, where سان جيرمان reads as a place or a person).
   */
  private static int saintAfter(Words w, List<Candidate> accepted, int k) {
    if (k >= w.size || w.breakBefore[k] || !w.placePrefix[k]) {
      return -1;
    }
    for (int n = 0; n < accepted.size(); n++) {
      Candidate c = accepted.get(n);
      if (c.start() == k && c.cut() == 0) {
        return n;
      }
    }
    return -1;
  }

  /**
   * Returns the end of the accepted city that starts at token k, which it removes from the
   * accepted candidates, or k when none does (a country, a clitic, another type): after a host
   * word an unknown word and a city are one club's name, the city ending it (على مضيفه ستيوا
   * بوخارست), as a club's name takes its city in any context (ClubRules#cityClubs).
   */
  private static int cityOfName(Words w, List<Candidate> accepted, int k) {
    for (int n = 0; n < accepted.size(); n++) {
      Candidate c = accepted.get(n);
      if (c.start() == k) {
        if (!c.type().equals(EntityType.LOC) || c.cut() > 0 || w.definite(k) || country(w, c)) {
          return k;
        }
        accepted.remove(n);
        return c.end();
      }
    }
    return k;
  }

  /**
   * Adds the opponent of a result verb when no list or word class knows it, not even as a name
   * word of open data (a tennis player beats another: فاز فيدرر على نادال): {@code RESULT [SUBJECT]
   * OPPONENT WORD}, the verb at most three tokens before the preposition (وتغلب على ميدلسبره gives
   * ORG ميدلسبره). Without a list, the verb is the only cue, so the word must be bare: see {@link
   * #bareUnknown}.
   */
  static void opponents(Words w, List<Candidate> accepted, boolean[] covered) {
    for (int k = 1; k + 1 < w.size; k++) {
      int j = k + 1;
      // the prepositions are stop words: most tokens stop at this flag test
      if (!w.keyInSet(k, WordSets.OPPONENT) || !w.has(k, Lexicon.STOP) || covered[j]
          || w.breakBefore[j] || !bareUnknown(w, j) || !resultBefore(w, k)) {
        continue;
      }
      covered[j] = true;
      accepted.add(new Candidate(j, j + 1, EntityType.ORG, ClubRules.SOURCE,
          HeadRules.ORG_PRIORITY, 0));
    }
  }

  /**
   * A word of four letters or more that no list or word class knows, without the article, a
   * clitic, the alef of the accusative or the plural ات (صعوبات), whose letters the name-likeness
   * model does not find a common word's. A final ه is no reason to refuse it (ميدلسبره): a noun
   * with a pronoun (منافسه، نظيره) is a word the vocabulary knows.
   */
  private static boolean bareUnknown(Words w, int j) {
    String key = w.key[j];
    return w.letters[j] && w.flags[j] == 0 && w.listType[j] == null && key.length() >= 4
        && !w.definite(j) && w.bestCut(j) == 0 && !w.tanwinFath[j]
        && !NameShapes.feminineSoundPlural(key) && !NameShapes.lettersOfCommonWord(w, j);
  }

  /** True when a verb of {@link #RESULTS} stands at most three tokens before token k. */
  private static boolean resultBefore(Words w, int k) {
    for (int p = k - 1; p >= 0 && p >= k - 3 && !w.breakBefore[p + 1]; p--) {
      if (w.letters[p] && w.inSet(p, WordSets.RESULT)) {
        return true;
      }
    }
    return false;
  }

  /** ض, a letter of every word of {@link #HOSTS}. */
  private static final char DAD = '\u0636';

  /** A word that no list or word class knows (a name word of open data may be a club's). */
  private static boolean unknown(Words w, int k) {
    return w.letters[k] && w.listType[k] == null && NameShapes.unlisted(w, k)
        && w.key[k].length() >= 3 && !w.tehMarbuta[k]
        && NameShapes.nameLike(w, k, true);
  }

  /** True when the candidate's words, proclitics off, name a country (CLDR and the country list). */
  static boolean country(Words w, Candidate c) {
    StringBuilder name = new StringBuilder(w.key[c.start()].substring(c.cut()));
    for (int t = c.start() + 1; t < c.end(); t++) {
      name.append(' ').append(w.key[t]);
    }
    return Lexicon.defaults().country(name.toString());
  }
}

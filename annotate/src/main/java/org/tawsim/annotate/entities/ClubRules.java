/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.tawsim.annotate.entities.HeadRules.*;
import static org.tawsim.core.text.ArabicCharacters.DEFINITE_ARTICLE;
import java.util.List;
import org.tawsim.core.EntityType;
import org.tawsim.core.text.ArabicCharacters;

/**
 * Clubs named by the masculine nationality adjective after them: a place without the article
 * followed by a masculine nationality adjective is a team (the adjective agrees with an elided
 * نادي or فريق), and an unknown name word right before the city belongs to the club's name; an
 * unknown word there is a club too.
 *
 * <p>Pattern: {@code [name-word] CITY ال...ي(masculine)} or {@code UNKNOWN ال...ي(masculine)}.
 * Example: in {@code فاز ليون الفرنسي} the place {@code ليون} becomes ORG {@code ليون}; in {@code
 * مدينة ليون الفرنسية} it stays a place; in {@code وخسر أياكس الهولندي} {@code أياكس} is ORG.
 *
 * <p>Clubs are also named by a word with a name's letters that no list knows before their city,
 * without any adjective: {@code UNKNOWN CITY}, as in {@code لاعب بايرن ميونيخ} (ORG {@code بايرن
 * ميونيخ}); {@link #cityClubs}.
 */
final class ClubRules {

  /**
   * The source of a club named after a place, by this rule or after a club head (نادي الزمالك):
   * {@link TypeAgreement} tags the place's other mentions in the document as the club.
   */
  static final String SOURCE = "rule:club";

  private ClubRules() {}

  /**
   * Returns accepted places that name a team or club: a city without the article followed by a
   * masculine nationality adjective (ليون الفرنسي، فيردر بريمن الألماني، إنتر ميلان الإيطالي). A city
   * is feminine in Arabic (ليون الفرنسية is the city); the masculine adjective agrees with an
   * elided نادي or فريق. An unknown name word right before the city belongs to the club's name
   * (فيردر بريمن). Definite places take masculine adjectives of their own (الخليج العربي) and stay
   * places. The candidate is replaced in {@code accepted}; the adjective stays out of the name.
   */
  static void clubs(Words w, List<Candidate> accepted, boolean[] covered) {
    for (int n = 0; n < accepted.size(); n++) {
      Candidate c = accepted.get(n);
      int e = c.end();
      if (c.type() != EntityType.LOC || e >= w.size || w.breakBefore[e]
          || !w.hasOwn(e, Lexicon.NORP) || !masculineNisba(w.key[e])
          || NOT_NATIONALITY.contains(w.key[e])
          || w.definite(c.start()) || w.listType[e] != null && w.listType[e] != EntityType.NORP) {
        continue;
      }
      int start = c.start();
      int cut = c.cut();
      int b = start - 1;
      if (cut == 0 && b >= 0 && !covered[b] && !w.breakBefore[start] && w.letters[b]
          && NameShapes.nameLike(w, b, true) && !w.definite(b)
          && (w.flags[b] & (Lexicon.STRONG_MASK | Lexicon.SUBJECT_VERB)) == 0
          && w.info(b, 0) == null) {
        covered[b] = true;
        start = b;
        cut = w.cut(b, 0);
      }
      accepted.set(n, new Candidate(start, e, EntityType.ORG, SOURCE, c.priority(), cut));
    }
  }

  /**
   * نادي (club), the one club head after which any definite word is the club's name: نادي الهلال،
   * نادي الشباب، نادي التعاون، نادي الفتح. Clubs take common words and given names (crescent,
   * youth, cooperation, conquest) as their names, so the word's other classes do not count there.
   * فريق is left out: after it a definite noun is as often the task of a team (فريق العمل، فريق
   * الإنقاذ، فريق التحقيق).
   */
  static final java.util.Set<String> SOCIETIES = RuleWords.set("ClubRules.SOCIETIES");

  /**
   * True when the indefinite head at i is نادي ({@link #SOCIETIES}) and token j, right after it,
   * a definite word without a clitic that is no function or time word: the club's one-word name.
   * Pattern: {@code نادي ال...}; example: in {@code بنادي الهلال السعودي} ORG {@code الهلال} (the
   * nationality adjective describes the club and stays out, as in ClubRules#clubs).
   */
  static boolean societyName(Words w, int i, int j) {
    return !w.breakBefore[j] && w.letters[j] && w.definite(j) && w.bestCut(j) == 0
        && !w.definite(i) && (w.flags[j] & NOT_SOCIETY_NAME) == 0
        && !NameShapes.feminineSoundPlural(w.key[j]) && w.anyReading(i, SOCIETIES);
  }

  /**
   * Words that say what a club is for or where, not what it is called: a place trigger (نادي
   * العاصمة), a function or time word. A head or a title is no reason: الهلال heads الهلال الأحمر
   * and الرائد is a rank, and both name clubs.
   */
  private static final int NOT_SOCIETY_NAME = Lexicon.STOP | Lexicon.TIME | Lexicon.WEEKDAY
      | Lexicon.LOC_TRIGGER;

  /**
   * Replaces by their clubs the accepted cities that a word no list or word class knows precedes,
   * without the article or a clitic (بايرن ميونيخ، هرتا برلين): Arabic puts no bare foreign word
   * before a city's name but the rest of a club's name, whose city ends it. A word of a person's
   * name (open data's name words, given and family names) before a city is left alone, and so is
   * a country (a national team is a place).
   */
  static void cityClubs(Words w, List<Candidate> accepted, boolean[] covered) {
    for (int n = 0; n < accepted.size(); n++) {
      Candidate c = accepted.get(n);
      int start = c.start();
      int b = start - 1;
      if (b < 0 || c.type() != EntityType.LOC || c.cut() > 0 || covered[b] || w.breakBefore[start]
          || w.flags[b] != 0 || w.listType[b] != null || w.definite(start) || w.definite(b)
          || w.bestCut(b) > 0 || w.key[b].length() < 4 || w.tehMarbuta[b]
          || w.key[b].charAt(0) == ArabicCharacters.WAW // وبروتوكول مدريد: و and a noun
          || constructEnding(w.key[b])
          || !NameShapes.lettersOfName(w, b) || MatchReports.country(w, c)) {
        continue;
      }
      covered[b] = true;
      accepted.set(n, new Candidate(b, c.end(), EntityType.ORG, SOURCE, c.priority(), 0));
    }
  }

  /**
   * Returns the end of the listed city at token k that ends a club's name begun after its head,
   * or k: {@code نادي NAME CITY} (نادي بوروسيا دورتموند، نادي هرتا برلين), the city without a clitic
   * or the article and no country (a national team is a place), as {@link #cityClubs} reads a
   * club's name anywhere.
   */
  static int cityAfterName(Words w, int k) {
    if (k >= w.size || w.breakBefore[k] || w.listType[k] != EntityType.LOC || w.definite(k)
        || w.bestCut(k) > 0) {
      return k;
    }
    PhraseMatch<Entry> city = PhraseMatch.longest(Lexicon.Trie.ENTITIES, w, k);
    if (city == null || city.cut() > 0 || city.value().type() != EntityType.LOC
        || Lexicon.defaults().country(String.join(" ",
            java.util.Arrays.asList(w.key).subList(k, city.end())))) {
      return k;
    }
    return city.end();
  }

  /**
   * True for the endings of a dual or a masculine plural in a genitive construct (ناديي نجران،
   * بورصتي شنغهاي، فلسطينيي سورية): يي or تي. Such a word is a common noun of the city.
   */
  private static boolean constructEnding(String key) {
    int n = key.length();
    char last = key.charAt(n - 1);
    char before = key.charAt(n - 2);
    return last == YEH && (before == YEH || before == TEH);
  }

  private static final char YEH = '\u064A';
  private static final char TEH = '\u062A';

  /** Word classes of a person's name: after the adjective they make it a noun (الإسباني طومي). */
  private static final int PERSON = Lexicon.GIVEN | Lexicon.NAME_WORD | Lexicon.FAMILY
      | Lexicon.PERSON_WORD;

  /**
   * Adds clubs whose name is in no list, by the same agreement: an unknown word without the
   * article followed by a masculine nationality adjective (أجاكس الهولندي، بنفيكا البرتغالي). A
   * word that open data knows as a person's name (عزام الأميركي) is left alone, and so is the
   * adjective when a name or another entity follows it: there it is a noun, the subject of the
   * verb before it (تأهل السويسري روجيه فيدرر).
   */
  static void unlistedClubs(Words w, List<Candidate> accepted, boolean[] covered) {
    for (int i = 0; i + 1 < w.size; i++) {
      int e = i + 1;
      if (covered[i] || w.breakBefore[e] || !w.letters[i] || !w.hasOwn(e, Lexicon.NORP)
          || !masculineNisba(w.key[e]) || NOT_NATIONALITY.contains(w.key[e]) || w.definite(i)
          || w.listType[i] != null || !NameShapes.unlisted(w, i) || w.has(i, PERSON)
          || w.key[i].length() < 4 || w.tehMarbuta[i] || !NameShapes.nameLike(w, i, true)) {
        continue;
      }
      int a = e + 1;
      if (a < w.size && !w.breakBefore[a] && w.letters[a] && (covered[a] || w.has(a, PERSON))) {
        continue;
      }
      covered[i] = true;
      accepted.add(new Candidate(i, e, EntityType.ORG, SOURCE, HeadRules.ORG_PRIORITY,
          w.bestCut(i)));
    }
  }

  /**
   * Group adjectives that are no nationality: a city with one of them is no club (بلدية باريس
   * الاشتراكي، دبي الإسلامي).
   */
  static final java.util.Set<String> NOT_NATIONALITY =
      RuleWords.set("ClubRules.NOT_NATIONALITY");

  /** ال...ي: a definite masculine singular nisba (الفرنسي), not the feminine (الفرنسية). */
  static boolean masculineNisba(String key) {
    return key.startsWith(DEFINITE_ARTICLE) && key.length() > 4 && key.endsWith("\u064A");
  }
}

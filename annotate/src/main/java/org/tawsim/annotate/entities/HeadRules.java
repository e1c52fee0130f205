/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.tawsim.annotate.entities.QuotedNameRules.*;

import java.util.List;
import org.tawsim.core.EntityType;
import org.tawsim.core.text.ArabicCharacters;

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
        int q = quotedName(w, j);
        if (q > 0) {
          out.add(new Candidate(q >>> 16, q & 0xFFFF, EntityType.ORG, "rule:org-quoted",
              QUOTED_PRIORITY, 0));
        } else {
          boolean club = club(w, i);
          int end = institutionWithoutName(w, i, j) ? j
              : describedName(w, lex, i, j, press(w, i), club);
          if (end > j) {
            // above the place lists (25): صحيفة الشرق الأوسط is the newspaper
            out.add(new Candidate(j, end, EntityType.ORG,
                club ? ClubRules.SOURCE : "rule:org-descriptor", ORG_PRIORITY + 10,
                w.bestCut(j)));
          }
        }
      } else if (i + 1 < w.size && !w.letters[i + 1] && quoteHead(w, i)) {
        int q = quotedName(w, i + 1);
        if (q > 0) {
          out.add(new Candidate(q >>> 16, q & 0xFFFF, EntityType.ORG, "rule:org-quoted",
              QUOTED_PRIORITY, 0));
        }
      }
      int body = complementBody(w, i);
      if (body > i) {
        out.add(new Candidate(i, body, EntityType.ORG, "rule:org-complement", ORG_PRIORITY,
            w.bestCut(i)));
      }
      // a definite head of a natural place (البحر، الخليج) takes a definite name that is listed
      // (البحر الأحمر); the word after it is no name (حرب الخليج نجحت)
      boolean definiteHead = w.has(i, Lexicon.HEAD_WORD) && w.definite(i);
      if (w.has(i, Lexicon.LOC_TRIGGER) && !definiteHead && i + 1 < w.size
          && !w.breakBefore[i + 1]) {
        int j = i + 1;
        if (PhraseMatch.longest(Lexicon.Trie.ENTITIES, w, j) == null
            && NameShapes.nameLike(w, j, true) && (w.definite(j) || !adjective(w.key[j]))
            && !(w.has(i, Lexicon.WEAK_TRIGGER)
                && (w.definite(j) && (w.definite(i) || !nisbaEnding(w.key[j]))
                    || verbLike(w.key[j])))
            && (w.flags[j] & (Lexicon.GIVEN | Lexicon.PERSON_WORD)) == 0) {
          int end = placePrefix(w, j) ? j + 2 : j + 1;
          out.add(new Candidate(j, end, EntityType.LOC, "rule:loc-trigger", LOC_PRIORITY,
              w.bestCut(j)));
        }
      }
      if (w.has(i, Lexicon.MEDIA_NAME)) {
        boolean site = website(w, i);
        if (site || mediaContext(w, i)) {
          out.add(new Candidate(i, site ? i + 2 : i + 1, EntityType.ORG, "rule:media",
              ORG_PRIORITY + 10, w.bestCut(i)));
        }
      }
      int club = clubName(w, i);
      if (club > i) {
        out.add(new Candidate(i, club, EntityType.ORG, "rule:club-prefix", ORG_PRIORITY + 10,
            w.bestCut(i)));
      }
      if (placePrefix(w, i) && PhraseMatch.longest(Lexicon.Trie.ENTITIES, w, i) == null) {
        out.add(new Candidate(i, i + 2, EntityType.LOC, "rule:place-prefix", LOC_PRIORITY,
            w.bestCut(i)));
      }
    }
  }

  /**
   * Returns the end of a body named by its head, an adjective and a complement with ل (الهيئة
   * العامة للتأمين الصحي، المديرية العامة للجوازات، المنظمة العالمية للملكية الفكرية، المعهد الوطني
   * الأميركي لرصد الزلازل), or {@code i} when token i starts none. The head is one of {@link
   * #BODY_HEADS}, with or without the article; one or two definite adjectives follow (a
   * nationality or one of {@link #BODY_ADJECTIVES}); then ل + the article with up to two definite
   * words, or ل + a noun and one definite word (لشؤون اللاجئين، لكرة القدم). Without the complement
   * the phrase is as often a description (الهيئة العامة): no candidate.
   */
  static int complementBody(Words w, int i) {
    if (!w.has(i, Lexicon.BODY_HEAD) || !w.anyReading(i, BODY_HEADS)) {
      return i;
    }
    int k = i + 1;
    while (k < w.size && k - i <= 2 && !w.breakBefore[k] && w.letters[k] && w.definite(k)
        && (w.hasOwn(k, Lexicon.NORP) || BODY_ADJECTIVES.contains(w.key[k]))) {
      k++;
    }
    if (k == i + 1 || k >= w.size || w.breakBefore[k] || !w.letters[k]) {
      return i;
    }
    String c = w.key[k];
    // (no plural test here: للجوازات، للتأمين are complements as often as not)
    if (c.length() <= 3 || c.charAt(0) != ArabicCharacters.LAM || w.hasOwn(k, Lexicon.STOP)
        || w.has(k, NOT_MODIFIER)) { // للفترة: a time, not a complement
      return i;
    }
    int end;
    if (c.startsWith(LIL)) {
      end = k + 1;
      while (end < w.size && end - k <= 2 && !w.breakBefore[end] && w.letters[end]
          && w.definite(end) && !w.has(end, NOT_MODIFIER)
          && w.key[end].charAt(0) != ArabicCharacters.LAM) {
        end++;
      }
    } else if (k + 1 < w.size && !w.breakBefore[k + 1] && w.letters[k + 1] && w.definite(k + 1)
        && !w.has(k + 1, NOT_MODIFIER)) {
      end = k + 2;
    } else {
      return i;
    }
    return end;
  }

  /** Heads of bodies named by an adjective and a ل-complement (with or without the article). */
  static final java.util.Set<String> BODY_HEADS = RuleWords.set("HeadRules.BODY_HEADS");

  /** Adjectives of a body's name besides nationalities: العام، الوطني، الأعلى، الدولية... */
  static final java.util.Set<String> BODY_ADJECTIVES = RuleWords.set("HeadRules.BODY_ADJECTIVES");

  /**
   * Returns the end of a club named by a word that begins club names and its city (دينامو كييف،
   * سبارتاك موسكو، أولمبيك خريبكة، إنتر ميلان, a listed place of one or more words, or a city
   * listed as its club: اسي ميلان), or {@code i}. The city alone would be a place.
   */
  static int clubName(Words w, int i) {
    if (!w.has(i, Lexicon.CLUB_PREFIX) || i + 1 >= w.size || w.breakBefore[i + 1]
        || w.listType[i + 1] == null
        || w.listType[i + 1] != EntityType.LOC && w.listType[i + 1] != EntityType.ORG
        || !w.anyReading(i, CLUB_PREFIXES)) {
      return i;
    }
    PhraseMatch<Entry> city = PhraseMatch.longest(Lexicon.Trie.ENTITIES, w, i + 1);
    return city == null || city.cut() > 0 ? i : city.end();
  }

  /**
   * Words that begin a club's name before its city: دينامو، سبارتاك، أولمبيك، ريال... A closed class
   * of words for a kind of sports society, each shared by clubs of many cities; the proper name of
   * one club's owner or region (Bayer, Bayern) is named knowledge, which no open source gives here.
   */
  static final java.util.Set<String> CLUB_PREFIXES = RuleWords.set("HeadRules.CLUB_PREFIXES");

  /**
   * True when token i, a channel's name that is also a place or a word (الجزيرة), is the
   * channel: after a reporter or an envoy (مراسل الجزيرة، موفد الجزيرة) or, with ل, after a speech
   * verb or a statement (قال للجزيرة، في تصريحات للجزيرة). A descriptor head (قناة الجزيرة، فضائية الجزيرة) is handled with
   * the other heads.
   */
  static boolean mediaContext(Words w, int i) {
    if (i == 0 || w.breakBefore[i] || !w.anyReading(i, MEDIA_NAMES)) {
      return false;
    }
    int p = i - 1;
    if (w.anyReading(p, REPORTERS)) {
      return w.bestCut(i) == 0 || w.key[i].charAt(0) == ArabicCharacters.WAW;
    }
    return w.key[i].startsWith(LIL)
        && (w.has(p, Lexicon.SUBJECT_VERB) || w.anyReading(p, STATEMENTS));
  }

  /** The channels' names of open data (الجزيرة): {@code media-names.txt}, see {@link WikifaneWords}. */
  static final java.util.Set<String> MEDIA_NAMES = RuleWords.generated("media-names.txt");

  /**
   * True when token i, a channel's name, is followed by نت: the channel's news site (الجزيرة نت،
   * العربية نت), named so in any context.
   */
  static boolean website(Words w, int i) {
    int n = i + 1;
    return n < w.size && !w.breakBefore[n] && NET.equals(w.key[n]) && w.anyReading(i, MEDIA_NAMES);
  }

  /** نت (net), which news sites put after their channel's name. */
  private static final String NET = "\u0646\u062A";

  /** مراسل، مراسلة، مراسلو، مراسلي، موفد، موفدة. */
  private static final java.util.Set<String> REPORTERS = RuleWords.set("HeadRules.REPORTERS");

  /** تصريح، تصريحات، حديث، مقابلة. */
  private static final java.util.Set<String> STATEMENTS = RuleWords.set("HeadRules.STATEMENTS");

  /**
   * True when the one-word place at token i stands where a place is expected: after a preposition
   * of place (في صور، إلى مالي) or a place trigger (مدينة صور، جنوب صور), or next to a listed place
   * (صيدا وصور، صور وصيدا), or after a noun whose genitive is a region (دول الخليج، أبناء الخليج).
   * Read for places that are also common words (AMBIGUOUS_PLACE).
   */
  static boolean placeContext(Words w, int i) {
    if (i > 0 && !w.breakBefore[i]) {
      int p = i - 1;
      if (w.has(p, Lexicon.LOC_TRIGGER) || PLACE_PREPOSITIONS.contains(w.key[p])
          || w.listType[p] == EntityType.LOC || w.anyReading(p, COUNTRIES_OF)) {
        return true;
      }
    }
    return i + 1 < w.size && !w.breakBefore[i + 1] && w.key[i + 1].charAt(0) == ArabicCharacters.WAW
        && w.listType[i + 1] == EntityType.LOC;
  }

  /** في، من، إلى، الى، نحو، قرب، عبر، داخل، بين. */
  static final java.util.Set<String> PLACE_PREPOSITIONS =
      RuleWords.set("HeadRules.PLACE_PREPOSITIONS");

  /**
   * Nouns whose genitive is a region: the plurals of "country" (دول، بلدان، بلاد), of its cities
   * and of its people (مدن، موانئ، أبناء، أهالي، سكان), its economies and governments.
   */
  private static final java.util.Set<String> COUNTRIES_OF = RuleWords.set("HeadRules.COUNTRIES_OF");

  /** Newspapers and magazines: صحيفة، جريدة، مجلة. */
  private static final java.util.Set<String> PRESS = RuleWords.set("HeadRules.PRESS");

  /** Clubs and teams: نادي، فريق. */
  private static final java.util.Set<String> CLUBS = RuleWords.set("HeadRules.CLUBS");

  private static boolean club(Words w, int i) {
    return w.anyReading(i, CLUBS);
  }

  /**
   * Mosques and prisons: مسجد، سجن ({@code org-heads.txt} lists them as descriptors). Their name is
   * a proper noun (مسجد قباء، سجن إيفين); a definite word after them is a common noun (مسجد
   * القرية، مسجد الحي), so is an indefinite nisba (مسجد أثري) or a word whose letters are a common
   * word's (مسجد ملحق), a word with و starts a clause (سجن وعذب: he was jailed and tortured), and
   * one with a preposition is no name either.
   */
  static final java.util.Set<String> INSTITUTIONS = RuleWords.set("HeadRules.INSTITUTIONS");

  /** True when the head at i is one of {@link #INSTITUTIONS} and token j cannot start its name. */
  private static boolean institutionWithoutName(Words w, int i, int j) {
    if (j >= w.size || !w.anyReading(i, INSTITUTIONS)) {
      return false;
    }
    String key = w.key[j];
    return w.definite(j) || key.charAt(0) == ArabicCharacters.WAW || w.bestCut(j) > 0
        || key.charAt(key.length() - 1) == YEH || NameShapes.lettersOfCommonWord(w, j);
  }

  private static final char YEH = '\u064A';

  private static boolean press(Words w, int i) {
    return w.anyReading(i, PRESS);
  }

  /**
   * Returns the end of the name after a descriptor head (وكالة رويترز، نادي مانشستر يونايتد،
   * النادي الأهلي): a listed organisation, a name that open data gives after this head (حركة
   * فتح), or up to two name-like words that are no listed place.
   */
  private static int describedName(Words w, Lexicon lex, int i, int j, boolean press,
      boolean club) {
    if (j >= w.size) {
      return j;
    }
    boolean definiteHead = w.definite(i);
    if (w.has(j, Lexicon.MEDIA_NAME) && !w.breakBefore[j] && w.anyReading(j, MEDIA_NAMES)
        && w.bestCut(j) == 0) {
      return j + 1; // فضائية الجزيرة: the channel
    }
    PhraseMatch<Entry> listed = PhraseMatch.longest(Lexicon.Trie.ENTITIES, w, j);
    if (listed != null) {
      // a newspaper takes a place's name as its own (صحيفة الشرق الأوسط، جريدة الرياض), a club
      // its city's or district's (نادي الزمالك، نادي برشلونة)
      return listed.value().type() == EntityType.ORG
          || (press && w.definite(j) || club) && listed.cut() == 0
          && listed.value().type() == EntityType.LOC ? listed.end() : j;
    }
    // an organisation that open data names with this head (حركة فتح، حركة أمل), whose name alone
    // is a common word the tests below would refuse
    PhraseMatch<Boolean> known = PhraseMatch.longest(lex.namesAfterHeads, w, i);
    if (known != null && known.end() > j) {
      return known.end();
    }
    if (ClubRules.societyName(w, i, j)) {
      return j + 1; // نادي الهلال، نادي الشباب: the club's name, whatever else the word is
    }
    if (press && !w.breakBefore[j] && w.letters[j] && w.definite(j)
        && !w.has(j, Lexicon.STOP)) {
      return j + 1; // صحيفة الحياة، مجلة العربي: a definite word after a newspaper is its name
    }
    int end = j;
    if (w.breakBefore[j] || definiteHead && !w.definite(j)) {
      return j; // النادي بقيمة، النادي رامون: after a definite head only a definite word names
    }
    if (!w.definite(j) && w.tehMarbuta[j]) {
      return j; // مجلة فصلية، قناة إذاعية، شركة حكومية: a feminine adjective describes the head
    }
    if (!w.definite(j) && (club ? w.key[j].charAt(w.key[j].length() - 1) == YEH
        : NameShapes.lettersOfCommonWord(w, j))) {
      // شركة تسويق: a word whose letters are a common noun's, no list knowing it, describes the
      // head (the marketing firm) and names nothing; after نادي and فريق any word may name the
      // club (فريق هجر), but an indefinite nisba describes the team (فريق طبي)
      return j;
    }
    while (end < w.size && end - j < 2 && NameShapes.nameLike(w, end, end == j)
        && (end == j || !w.breakBefore[end] && w.key[end].charAt(0) != ArabicCharacters.WAW
            && !w.tehMarbuta[end]) // شركة موتورولا زيادة: a feminine noun ends the name
        && (w.flags[end] & Lexicon.GIVEN) == 0
        // a definite word after a descriptor is a common noun (وكالة الأنباء، حركة القمر) unless
        // it is a nisba (النادي الأهلي)
        // it is, after نادي and فريق, a club (نادي الجزيرة، فريق الشمال)
        && (end == j ? !w.definite(end) || club || NameShapes.nisbaForm(w.key[end])
            : !w.definite(end))) {
      end++;
    }
    return club && end > j ? ClubRules.cityAfterName(w, end) : end;
  }

  /** A word that starts a second conjunct: و on a listed name (حزب الله وإسرائيل). */
  private static boolean newConjunct(Words w, int k) {
    return w.key[k].charAt(0) == ArabicCharacters.WAW && w.info(k, 0) == null && w.readingCount(k) > 1
        && w.info(k, 1) != null && w.info(k, 1).root(Lexicon.Trie.ENTITIES) != null;
  }

  /**
   * True when token j is a word that begins two-word foreign place names (نيو، سان، سانت، لوس،
   * لاس، بورت) and a name-like word follows it (نيو أورليانز، سان فيسينتي، لوس أنجلوس).
   */
  static boolean placePrefix(Words w, int j) {
    return w.placePrefix[j] && j + 1 < w.size && !w.breakBefore[j + 1]
        && NameShapes.nameLike(w, j + 1, false) && !w.definite(j + 1)
        && w.listType[j + 1] == null;
  }

  /**
   * A plural in ـين، ـون or ـات (للصحفيين، للمواطنين): after an organisation's adjective it is who
   * was addressed (قالت وزارة الخارجية الروسية للصحفيين), not part of the name.
   */
  private static boolean people(String key) {
    return key.length() >= 6 && (key.endsWith("\u064A\u0646") || key.endsWith("\u0648\u0646")
        || key.endsWith("\u0627\u062A"));
  }

  /** بال and وبال: the preposition ب on the article. */
  private static final String BI_AL = "\u0628\u0627\u0644";
  private static final String WA_BI_AL = "\u0648\u0628\u0627\u0644";

  /** لل: the preposition ل on the article. */
  private static final String LIL = "\u0644\u0644";

  /** Complements that make a head a common noun: the board of directors (مجلس الإدارة). */
  private static final java.util.Set<String> GENERIC_BODIES =
      RuleWords.set("HeadRules.GENERIC_BODIES");

  /** Words that start a two-word place (نيو، سان، لوس): {@code rule-words.txt}. */
  static final java.util.Set<String> PLACE_PREFIXES =
      RuleWords.set("HeadRules.PLACE_PREFIXES");

  /**
   * A word that starts as an imperfect verb of the second person or the first plural (تنتشر،
   * نستمع) or is a perfect verb on the past pattern فَعَل of three letters (قتل): after a weak
   * trigger such words are far likelier than a place name.
   */
  private static boolean verbLike(String key) {
    char c = key.charAt(0);
    return key.length() == 3 || (c == TEH || c == NOON) && key.length() >= 4;
  }

  private static final char TEH = '\u062A';
  private static final char NOON = '\u0646';

  /**
   * A nisba adjective or feminine form after a trigger (ميناء دولي، مناطق متفرقة): no place name.
   * Only asked of indefinite words: a definite one after an indefinite trigger is its genitive
   * (مدينة المقدادية).
   */
  private static boolean adjective(String key) {
    return key.endsWith("\u064A") || key.endsWith("\u064A\u0647") || key.endsWith("\u0647");
  }

  /**
   * ي or ية at the end (التاجي، الكرخية): after an indefinite weak trigger a definite word of this
   * form is its genitive, a place (منطقة التاجي), since an adjective would need the article on
   * the trigger; other definite words there are common nouns (جنوب القارة، منطقة الجزاء).
   */
  private static boolean nisbaEnding(String key) {
    return key.endsWith("\u064A") || key.endsWith("\u064A\u0647");
  }

  private static int organisationEnd(Words w, Lexicon lex, int headStart, int j) {
    if (j < w.size && GENERIC_BODIES.contains(w.key[j])) {
      return j; // مجلس الإدارة، مجلس إدارة الشركة: a company's board, not a named body
    }
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
        if (!w.definite(k)) {
          break; // حزب إسلامي: an indefinite adjective describes the noun, it names nothing
        }
        end = k + 1;
        // a complement with ل after the adjective: البنك الآسيوي للتنمية، الاتحاد المصري لكرة القدم
        int c = end;
        if (c < w.size && !w.breakBefore[c] && w.letters[c] && w.key[c].length() > 3
            && w.key[c].charAt(0) == ArabicCharacters.LAM && !people(w.key[c])) {
          if (w.key[c].startsWith(LIL)) {
            continue; // the next round takes the definite word
          }
          if (c + 1 < w.size && !w.breakBefore[c + 1] && w.letters[c + 1] && w.definite(c + 1)
              && !w.hasOwn(c, Lexicon.STOP)) {
            end = c + 1;
            continue;
          }
        }
        break;
      }
      if (w.hasOwn(k, Lexicon.STATUS_ADJECTIVE)) {
        break; // الاتحاد السوفياتي السابق: the former Soviet Union, named without السابق
      }
      if (w.definite(k) && (w.key[k].startsWith(BI_AL) || w.key[k].startsWith(WA_BI_AL))) {
        break; // البنك بالموافقة، وزارة الشباب بالإلغاء: a preposition ends the name
      }
      if (m == 0 && indefiniteHead && w.key[k].startsWith(LIL)) {
        break; // اتحاد للناشرين، تحالف للمعارضة: a body for someone, not its name
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
        // a royal or honorific title in the name takes the name after it (جامعة الملك فهد،
        // جامعة السلطان قابوس، مستشفى الملك عبدالعزيز), which would otherwise be a person
        if (PhraseMatch.longest(Lexicon.Trie.TITLES, w, k) != null) {
          int n = end;
          while (n < w.size && n - end < 2 && !w.breakBefore[n] && !w.definite(n)
              && (w.has(n, Lexicon.GIVEN) || n == end && NameShapes.nameLike(w, n, true))) {
            n++;
          }
          end = n;
        }
        continue;
      }
      // one unknown word after an indefinite head, not an adjective (اتحاد طوعي)
      if (m == 0 && indefiniteHead && NameShapes.nameLike(w, k, true) && !adjective(w.key[k])) {
        end = k + 1;
        continue;
      }
      break;
    }
    return end;
  }
}

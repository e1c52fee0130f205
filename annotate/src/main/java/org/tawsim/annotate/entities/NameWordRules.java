/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.List;
import org.tawsim.core.EntityType;
import org.tawsim.core.text.ArabicCharacters;

/**
 * Names of people made of the name words of open data ({@link Lexicon#NAME_WORD}: words of
 * person names in Wikidata and Google's transliteration pairs that running text does not use as
 * common words), when two of them agree.
 *
 * <p>Pattern: two to four adjacent words, each a name word or a known given or family name, at
 * least one of them a name word, none a word of a closed class (stop word, title, trigger,
 * vocabulary) or a listed place, organisation or nationality. A word that no list knows may stand
 * in the run beside a name word when its letters are a name's ({@link NameLikeness}: ووقع
 * أوليفارينو ستيفن gives أوليفارينو ستيفن), except after a place prefix (نيو أورليانز is a place).
 * A place prefix before a name-like word neither starts nor continues a run: it starts a place
 * (لوس أنجليس; زينيت سان بطرسبورغ, the club's city, which {@link ClubRules#cityClubs} joins to
 * the club's name), though open data has سان and لوس as name words (saints, Spanish names).
 * Connectors (بن، أبو) may join the
 * words but neither start nor end the run. The first word may carry a proclitic (وسيمون هول); the
 * later ones may not, since a proclitic starts a new phrase.
 *
 * <p>Example: {@code وقال سيمون هول إن} gives PER {@code سيمون هول}; {@code قال هول إن} gives
 * nothing from this rule (one word: the speech verb rule decides).
 *
 * <p>A single name word beside a cue (a title, a role, a nationality adjective, a speech verb) is
 * read by {@link NameRules}, which counts a name word as a sign of a name.
 */
final class NameWordRules {

  /** Below the title and speech-verb rules, above nationality + name and organisation heads. */
  static final int PRIORITY = 27;

  private static final int MAX_WORDS = 4;

  /** Word classes that end a run of name words. */
  private static final int NOT_NAME = Lexicon.STOP | Lexicon.COMMON | Lexicon.TIME
      | Lexicon.TITLE_WORD | Lexicon.NORP | Lexicon.SCALE | Lexicon.LOC_TRIGGER | Lexicon.HEAD_WORD
      | Lexicon.WEEKDAY | Lexicon.MODIFIER | Lexicon.VOCAB | Lexicon.SUBJECT_VERB
      | Lexicon.AMBIGUOUS;

  /** The signs of a name that may stand beside a name word in a run. */
  private static final int NAME = Lexicon.NAME_WORD | Lexicon.GIVEN | Lexicon.FAMILY
      | Lexicon.PERSON_WORD;

  private NameWordRules() {}

  /** Adds a PER candidate for each run of two to four name words. */
  static void find(Words w, List<Candidate> out) {
    int i = 0;
    while (i < w.size) {
      if (!startsRun(w, i)) {
        i++;
        continue;
      }
      int end = i + 1;
      boolean open = w.has(i, Lexicon.NAME_WORD);
      // after a place prefix (نيو أورليانز) an unknown word is a place's
      boolean letters = !HeadRules.PLACE_PREFIXES.contains(w.key[i]);
      while (end < w.size && end - i < MAX_WORDS && !w.breakBefore[end] && !conjoined(w, end)
          && !HeadRules.placePrefix(w, end)
          && (nameWord(w, end, w.ownFlags[end])
              || letters && NameShapes.lettersOfName(w, end))) {
        open |= w.hasOwn(end, Lexicon.NAME_WORD);
        end++;
      }
      int last = end;
      while (last > i && w.has(last - 1, Lexicon.CONNECTOR)) {
        last--; // a name does not end with بن or أبو (احمد أبو before a place)
      }
      if (last - i >= 2 && open) {
        EntityType head = headType(w, i);
        out.add(head == null
            ? new Candidate(i, last, EntityType.PER, "rule:name-words", PRIORITY, w.bestCut(i))
            : new Candidate(i, last, head, "rule:head+name-words", PRIORITY, w.bestCut(i)));
      }
      i = end;
    }
  }

  /**
   * True when a run can start at token i: a name word or known name (not a connector), or a word
   * that only its letters make name-like followed by a name word of open data (كايل ووكر where
   * only ووكر is listed).
   */
  private static boolean startsRun(Words w, int i) {
    if (w.has(i, Lexicon.CONNECTOR) || HeadRules.placePrefix(w, i)) {
      return false;
    }
    if (nameWord(w, i, w.flags[i])) {
      return true;
    }
    int k = i + 1;
    return k < w.size && !w.breakBefore[k] && w.hasOwn(k, Lexicon.NAME_WORD)
        && nameWord(w, k, w.ownFlags[k]) && NameShapes.lettersOfName(w, i);
  }

  /**
   * Returns the type of the body or place whose head noun comes right before token i (جامعة،
   * شركة، نادي: ORG; نهر، مدينة: LOC), or null: after a head, a run of name words names the body
   * or the place (جامعة ماك ماستر، شركة كونكو فيليبس), not a person. A definite head (الاتحاد
   * فيديريكا موغيريني) is no construct: the person after it is its member.
   */
  private static EntityType headType(Words w, int i) {
    if (i == 0 || w.breakBefore[i] || !w.has(i - 1, Lexicon.HEAD_WORD | Lexicon.LOC_TRIGGER)
        || w.definite(i - 1)) {
      return null;
    }
    return w.has(i - 1, Lexicon.LOC_TRIGGER) ? EntityType.LOC : EntityType.ORG;
  }

  /**
   * True when token k starts with the conjunction و and is no name word as a whole (وأنطونيس
   * beside ووكر): it starts the next person of a list (غانلويغي بوفون وغانلوكا زامبروتا), which
   * the run of its own then tags, و included as ANERcorp marks it.
   */
  private static boolean conjoined(Words w, int k) {
    return w.key[k].charAt(0) == ArabicCharacters.WAW && w.readingCount(k) > 1
        && (w.ownFlags[k] & NAME) == 0;
  }

  /** True when token k, with these word classes, can be a word of a run. */
  private static boolean nameWord(Words w, int k, int flags) {
    return w.letters[k] && (flags & NAME) != 0 && (flags & NOT_NAME) == 0
        && (w.listType[k] == null || w.listType[k] == EntityType.PER);
  }
}

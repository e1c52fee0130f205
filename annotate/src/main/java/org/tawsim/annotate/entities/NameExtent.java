/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import org.tawsim.core.text.ArabicCharacters;

import static org.tawsim.annotate.entities.NameRules.*;
import static org.tawsim.annotate.entities.NameShapes.*;
import static org.tawsim.core.text.ArabicCharacters.DEFINITE_ARTICLE;
import static org.tawsim.core.text.ArabicCharacters.HEH;

import org.tawsim.core.EntityType;

/**
 * Where a person's name ends once a rule has found where it starts: name words follow one another
 * up to {@link #MAX_NAME} words, through connectors (بن، أبو، فان) and ordinals (الثاني), and stop
 * before verbs, common words, places and a second name after و.
 *
 * <p>Pattern: {@code START name-word* (connector name-word)*}. Example: after the title in
 * {@code الرئيس فلاديمير بوتين يزور} the name is {@code فلاديمير بوتين}: {@code يزور} ends it.
 */
final class NameExtent {

  private NameExtent() {}
  static final int MAX_NAME = 4;
  static final int MAX_SKIP = 5;

  /**
   * Returns the end of the name that starts at {@code j}: as many name-like words as follow, at
   * most {@link #MAX_NAME}; {@code j} itself when the word there cannot start a name.
   */
  static int nameEnd(Words w, Lexicon lex, int j, boolean first) {
    int end = j;
    int limit = Math.min(w.size, j + MAX_NAME);
    for (int k = j; k < limit; k++) {
      if (k > j && roleAfterName(w, k)) {
        break; // فيصل بن خالد أمير منطقة عسير، حمد بن عيسى آل خليفة ملك البحرين
      }
      if (k > j && familyNisba(w, j, k)) {
        end = k + 1; // فيصل السويدي، أبو حمزة المصري
        break;
      }
      if (k > j && ORDINALS.contains(w.key[k])) {
        break; // a rank (غونزاليز الثالث); a regnal number is added below, after a first name
      }
      if (k > j && listedFamilyName(w, k) || (k > j || !first) && nationalityFamilyName(w, k)) {
        end = k + 1;
        break;
      }
      if (!nameLike(w, k, first && k == j) || k > j && w.breakBefore[k]) {
        break;
      }
      if ((k > j || !first) && commonWordAfterName(w, k)) {
        break; // صالح زكريا مستشارا فنيا، محمد فاضل مصادفة
      }
      if (k == j + 1 && unknownFamilyNisba(w, k)) {
        end = k + 1; // نتشيرفان البارزاني
        break;
      }
      if (k > j && (startsNewName(w, k) || !continues(w, k) || w.has(k, Lexicon.PERSON_ROLE))) {
        break; // a role word after a name is an apposition (برونو موتان أمين المتاحف)
      }
      if (servantOf(w, k) && k + 1 < w.size && w.letters[k + 1] && !w.breakBefore[k + 1]) {
        // عبد and the name of God after it are one given name (عبد الواحد، عبد الله): the second
        // word may be definite or a common word
        end = k + 2;
        k++;
        limit = Math.min(w.size, limit + 1);
        continue;
      }
      if (w.has(k, Lexicon.CONNECTOR)) {
        if (k + 1 < w.size && nameLike(w, k + 1, false)) {
          limit = Math.min(w.size, limit + 1);
          continue;
        }
        break;
      }
      end = k + 1;
    }
    return end == j + 1 && w.has(j, Lexicon.GIVEN | Lexicon.PERSON_WORD)
        ? withRegnalNumber(w, end) : end;
  }

  /** Name-likeness under which an unknown word after a name word is a common word ({@link #commonWordAfterName}). */
  static final double COMMON_AFTER_NAME = 0.25;

  /**
   * True when token k, after a word of a name, is a word that no list knows, without the
   * article, whose letters are clearly a common word's ({@link NameLikeness} under {@link
   * #COMMON_AFTER_NAME}): the noun, adjective or verb that follows the name (صالح زكريا مستشارا،
   * محمد فاضل مصادفة، ستيفن بينار محاصر), not its last word. Definite words are left to the other
   * tests: family names with the article (المناعي، القضاعي) score as low as common words.
   */
  static boolean commonWordAfterName(Words w, int k) {
    return w.flags[k] == 0 && w.listType[k] == null && !w.definite(k)
        && NameLikeness.shipped().score(w.key[k]) < COMMON_AFTER_NAME;
  }

  /**
   * Returns the end of a name made of one known first name, ending at {@code end}, with the
   * regnal number after it (محمد الخامس، تشارلز الأول، لويس السادس عشر). After a first and a last
   * name an ordinal is a rank (فرناندو غونزاليز الثالث), not part of the name: callers ask only
   * for a first name alone.
   */
  static int withRegnalNumber(Words w, int end) {
    if (end < w.size && !w.breakBefore[end] && ORDINALS.contains(w.key[end])) {
      end++;
      if (end < w.size && w.key[end].equals(ASHAR)) {
        end++; // السادس عشر
      }
    }
    return end;
  }

  /**
   * True when the one-word title at i, ending at {@code end}, is a known given name (أمين، أمير)
   * with neither the article nor a clitic, and a name word of open data or a known name follows
   * it, indefinite and no title: the two words are a name (ويرى أمين معلوف، السفير أمين كمال),
   * since the title would take a common noun or a definite complement (أمين عام، أمين الصندوق).
   */
  static boolean givenBeforeName(Words w, int i, int end) {
    return end == i + 1 && end < w.size && w.hasOwn(i, Lexicon.GIVEN) && w.bestCut(i) == 0
        && !w.definite(i) && w.letters[end] && !w.breakBefore[end] && !w.definite(end)
        && (w.ownFlags[end] & (STRONG | Lexicon.NAME_WORD)) != 0 && w.bestCut(end) == 0
        && (w.flags[end] & (Lexicon.TITLE_WORD | Lexicon.STOP | Lexicon.TIME)) == 0
        && w.listType[end] == null;
  }

  /**
   * True when token k, right after a first name ({@link #firstName}), is a one-word listed place
   * or organisation that open data also knows as a word of person names (لويس أراغون، غوران
   * إريكسون، دانا برينو): after a first name it is the family name.
   */
  static boolean listedFamilyName(Words w, int k) {
    return k > 0 && firstName(w, k - 1) && !w.breakBefore[k]
        && w.hasOwn(k, Lexicon.NAME_WORD) && w.bestCut(k) == 0
        && w.listType[k] != null && w.listType[k] != EntityType.NORP
        && (k + 1 >= w.size || w.listType[k + 1] == null || w.breakBefore[k + 1]);
  }

  /**
   * True when token k, right after a first name ({@link #firstName}), is a nationality adjective
   * without the article (روسي، كيني، مغربي): a name is definite, and an adjective agrees with its
   * noun in definiteness, so an indefinite adjective cannot describe the name before it; it is the
   * family name (يوسف روسي، ميساء مغربي). Not an accusative (مصريا), nor a word with a clitic.
   */
  static boolean nationalityFamilyName(Words w, int k) {
    return k > 0 && !w.breakBefore[k] && w.hasOwn(k, Lexicon.NORP) && !w.definite(k)
        && !w.tanwinFath[k] && w.bestCut(k) == 0 && firstName(w, k - 1)
        && w.key[k].charAt(w.key[k].length() - 1) != ArabicCharacters.ALEF;
  }

  /**
   * True when token g is a first name a family name may follow: a known given name, or a name
   * word of open data whose letters are a name's (غوران، دانا), without a clitic.
   */
  private static boolean firstName(Words w, int g) {
    return w.hasOwn(g, Lexicon.GIVEN) || w.hasOwn(g, Lexicon.NAME_WORD) && w.bestCut(g) == 0
        && (w.flags[g] & NOT_NAME) == 0 && NameLikeness.shipped().nameLike(w.key[g]);
  }

  /**
   * Returns the end of the name at [start, end) without its last word when that is an unknown
   * adjective of the article (التخصصي) and the name is that of a place or body named after a
   * person (مستشفى الملك فيصل التخصصي): the adjective describes the hospital.
   */
  static int withoutPlaceAdjective(Words w, int start, int end) {
    int t = start - 1;
    if (end <= start + 1 || t < 1 || !unlisted(w, end - 1) || !nisba(w, end - 1)
        || !w.has(t, Lexicon.TITLE_WORD) || !w.definite(t) || w.breakBefore[t]) {
      return end;
    }
    return w.anyReading(t - 1, NAMED_PLACES) ? end - 1 : end;
  }

  /**
   * True when a title that takes a complement starts at k and one follows (أمير منطقة، ملك
   * البحرين، وزير الخارجية): the person's office in apposition, even when its first word is also
   * a given name (أمير).
   */
  static boolean roleAfterName(Words w, int k) {
    if (!w.has(k, Lexicon.TITLE_WORD)) {
      return false;
    }
    PhraseMatch<Lexicon.Title> title = PhraseMatch.longest(Lexicon.Trie.TITLES, w, k);
    int next = title == null ? -1 : title.end();
    return next > 0 && title.value().genitive() && next < w.size && w.letters[next]
        && !w.breakBefore[next];
  }

  /**
   * True when token k, after one unknown first name, is an unknown definite nisba (البارزاني،
   * القحطاني): the family name such names end with. A known adjective or nationality is not.
   */
  static boolean unknownFamilyNisba(Words w, int k) {
    return unlisted(w, k - 1) && unlisted(w, k) && w.listType[k] == null && !w.breakBefore[k]
        && w.key[k].startsWith(DEFINITE_ARTICLE) && nisbaForm(w.key[k]) && w.key[k].length() >= 6
        && !w.key[k].endsWith("\u064A\u0647");
  }

  /**
   * True when token k is a masculine nationality adjective with the article (المصري، السويدي)
   * right after a lone given name at j or after أبو and a given name (أبو حمزة): there it is a
   * family name, since a description would follow the whole name.
   */
  static boolean familyNisba(Words w, int j, int k) {
    if (w.breakBefore[k] || !w.has(k, Lexicon.NORP) || !w.hasOwn(k - 1, Lexicon.GIVEN)
        || !(k - 1 == j || k - 2 == j && w.has(j, Lexicon.CONNECTOR))) {
      return false;
    }
    String key = w.key[k];
    return key.startsWith(DEFINITE_ARTICLE) && key.length() >= 6 && key.endsWith("\u064A");
  }

  static final java.util.Set<String> ORDINALS = RuleWords.set("NameExtent.ORDINALS");
  static final String ASHAR = "\u0639\u0634\u0631";

  /**
   * True when word k, after a name word, can go on with the name. A known word always can. After a
   * known last name (بوش, a family name), an unknown word cannot (بوش تجاوز); a definite unknown word
   * follows only a given name or a connector (محمد الأحمد، but not حمدان الإجراءات).
   */
  static boolean continues(Words w, int k) {
    return continues(w, k, w.flags[k - 1]);
  }

  /** As {@link #continues(Words, int)}, with the classes of the word before given. */
  static boolean continues(Words w, int k, int prev) {
    int f = w.flags[k];
    if ((f & (STRONG | Lexicon.CONNECTOR)) != 0) {
      return true;
    }
    // a preposition on a definite word (بالتحدث، للحكومة) or on a word with an attached pronoun
    // (بفوزه) starts a phrase of its own
    String key = w.key[k];
    char c = key.charAt(0);
    if ((c == ArabicCharacters.BEH || c == ArabicCharacters.LAM || c == ArabicCharacters.KAF)
        && (w.definite(k) && !foreignArticle(w, k)
            || key.length() > 4 && key.charAt(key.length() - 1) == HEH)) {
      return false;
    }
    // a preposition on a word with hamza (لأداء، بإخراج): names seldom start with hamza after one
    if (w.prepositionOnHamza[k]) {
      return false;
    }
    // a word after a connector (أبو خليل) or الدين (صلاح الدين) ends a given name, not a full name
    boolean givenBefore = k >= 2 && w.has(k - 2, Lexicon.CONNECTOR) || w.key[k - 1].equals(DIN);
    if (givenBefore) {
      prev |= Lexicon.GIVEN;
    }
    if ((prev & (Lexicon.FAMILY | Lexicon.PERSON_WORD)) != 0
        && (prev & (Lexicon.GIVEN | Lexicon.PERSON_INNER)) == 0) {
      return false;
    }
    // an unknown word with و after a name word starts a clause (وإخراج، وشوهدت), except after a
    // connector (بن أبي وقاص)
    if (c == ArabicCharacters.WAW && (prev & Lexicon.CONNECTOR) == 0 && w.ownFlags[k] == 0
        && w.readingCount(k) > 1) {
      return false;
    }
    if (w.definite(k)) {
      // (the model is asked last, and only where its answer decides)
      return (prev & (Lexicon.GIVEN | Lexicon.CONNECTOR)) != 0 || foreignArticle(w, k);
    }
    return true;
  }

  /**
   * True when token k only seems to carry a preposition and the article (بالاك read as ب + ال +
   * اك, كالثروب as ك + ال + ثروب): no list knows the word in any reading, and its letters as a
   * whole are a foreign name's ({@link NameLikeness}). A true phrase of a preposition
   * (بالعاصمة، للحكومة) has a known noun after the article, or the letters of an Arabic word.
   */
  static boolean foreignArticle(Words w, int k) {
    return w.flags[k] == 0 && w.listType[k] == null && w.key[k].length() >= 5
        && NameLikeness.shipped().nameLike(w.key[k]);
  }

  /**
   * A word after a name word that begins a second name: a conjunction on a known name (وبوتين،
   * ومحمد). An unknown word that starts with و (وقاص) goes on with the name.
   */
  static boolean startsNewName(Words w, int k) {
    String key = w.key[k];
    return key.charAt(0) == ArabicCharacters.WAW && (w.ownFlags[k] & STRONG) == 0
        && ((w.flags[k] & STRONG) != 0 || w.listType[k] != null);
  }
}

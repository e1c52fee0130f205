/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.tawsim.core.text.ArabicCharacters.DEFINITE_ARTICLE;
import static org.tawsim.core.text.ArabicCharacters.MEEM;
import static org.tawsim.core.text.ArabicCharacters.NOON;
import static org.tawsim.core.text.ArabicCharacters.SEEN;
import static org.tawsim.core.text.ArabicCharacters.SHEEN;
import static org.tawsim.core.text.ArabicCharacters.TEH;

import java.util.List;
import org.tawsim.core.EntityType;
import org.tawsim.core.text.ArabicCharacters;

/**
 * The shapes of words that tell a name from other words, read by every person rule: which words
 * can be part of a name ({@link #nameLike}), which are verbs, plurals, nisba adjectives or carry a
 * pronoun, and the endings of Slavic surnames ({@link #foreignShape}).
 *
 * <p>Example: {@code يقول} is no name word (an imperfect verb), {@code زيلينسكي} has a foreign
 * shape (ـسكي), {@code الاقتصادي} is a nisba (a description, not a name).
 */
final class NameShapes {

  private NameShapes() {}

  static final int NOT_NAME =
      Lexicon.STOP | Lexicon.COMMON | Lexicon.TIME | Lexicon.TITLE_WORD | Lexicon.NORP
          | Lexicon.SCALE | Lexicon.LOC_TRIGGER | Lexicon.HEAD_WORD | Lexicon.WEEKDAY
          | Lexicon.MODIFIER | Lexicon.VOCAB;
  static final int STRONG = Lexicon.GIVEN | Lexicon.FAMILY | Lexicon.PERSON_WORD;

  /**
   * Attached pronouns that names do not carry: جلالته، خارجيتها، موقفهما، أعضاؤهم. (ه alone is too
   * often a teh marbuta made heh by the normaliser: فاطمه.)
   */
  static boolean pronounSuffix(String key) {
    int n = key.length();
    if (n < 5) {
      return false;
    }
    return key.endsWith("\u062A\u0647") || key.endsWith("\u062A\u0647\u0627")
        || key.endsWith("\u0647\u0645\u0627") || key.endsWith("\u0647\u0645")
        || key.endsWith("\u0643\u0645");
  }

  /**
   * True when token i is an unknown word with an ending of Slavic surnames that Arabic words do not
   * have: ـسكي، ـفيتش، ـينكو، ـشفيلي (زيلينسكي، ميلوشيفيتش، تيموشينكو). In ANERcorp-train such
   * words of six letters or more are 23 person tokens, 2 of other names and none outside a name.
   */
  static boolean foreignShape(Words w, int i) {
    String key = w.key[i];
    if (!unlisted(w, i) || key.length() < 6 || !w.letters[i]) {
      return false;
    }
    char last = key.charAt(key.length() - 1);
    if (last != ArabicCharacters.YEH && last != SHEEN && last != ArabicCharacters.WAW || w.definite(i)
        || w.listType[i] != null) {
      return false;
    }
    for (String ending : SLAVIC_ENDINGS) {
      if (key.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  static final List<String> SLAVIC_ENDINGS = RuleWords.of("NameShapes.SLAVIC_ENDINGS");

  /** A known word with the pronoun ها attached (خلالها، بعدها): not a name. */
  static boolean knownWordWithHa(String key) {
    if (key.length() < 5 || !key.endsWith("\u0647\u0627")) {
      return false;
    }
    Lexicon.WordInfo info = Lexicon.defaults().info(key.substring(0, key.length() - 2));
    return info != null && info.flags != 0;
  }

  /**
   * True when the key is a common word of the vocabulary with the alef of the indefinite
   * accusative, its tanwin unwritten (بيانا، مرجعا، عالميا), or a verb in the dual (تحدثا): an
   * object, an adverb or a verb, not a name.
   */
  static boolean accusativeOfKnownWord(String key) {
    int n = key.length();
    if (n < 4 || key.charAt(n - 1) != ArabicCharacters.ALEF || key.charAt(n - 2) == ArabicCharacters.ALEF) {
      return false;
    }
    Lexicon.WordInfo info = Lexicon.defaults().info(key.substring(0, n - 1));
    // a given name that is also a common word (بيان) counts as the common word
    return info != null && (info.flags & (Lexicon.VOCAB | Lexicon.COMMON)) != 0
        && (info.flags & Lexicon.NAME_WORD) == 0
        && ((info.flags & STRONG) == 0 || (info.flags & Lexicon.AMBIGUOUS) != 0);
  }

  /**
   * True when the one unknown word k after a title describes the title or joins it rather than
   * names it: a definite participle of the derived verbs, ال + م (الملك المنتصر، المشرف
   * المعتمد), which agrees with the definite title as an adjective; a verbal noun ({@link
   * #verbalNoun}: زعيم تنظيم، المدير التنفيذي لتنظيم، المتحدث انقطاع) or a plural in ات of six
   * letters or more (مدير جوازات), the title's complement; or a word with the conjunction و whose
   * whole form is no name (القائد وصانع، الرئيس والمسؤولون), a second noun.
   */
  static boolean describesTitle(Words w, int k) {
    String key = w.key[k];
    if ((w.ownFlags[k] & (STRONG | Lexicon.NAME_WORD)) != 0) {
      return false;
    }
    if (key.length() >= 6 && (key.startsWith(PARTICIPLE) || feminineSoundPlural(key))
        || verbalNoun(key, 0) || key.length() > 5 && proclitic(key.charAt(0)) && verbalNoun(key, 1)) {
      return true;
    }
    return key.charAt(0) == ArabicCharacters.WAW && w.readingCount(k) > 1
        && (w.definite(k) || w.flags[k] != 0);
  }

  /**
   * True when {@code key} from {@code at} has the shape of a verbal noun of the derived verbs,
   * which names do not take: تفعيل (تنظيم، تطوير), انفعال (انقطاع), افتعال (اجتماع) and استفعال
   * (استقبال). (توفيق has the first shape and is a given name: known names are asked first.)
   */
  static boolean verbalNoun(String key, int at) {
    int n = key.length() - at;
    char c = key.charAt(at);
    return n == 5 && c == TEH && key.charAt(at + 3) == ArabicCharacters.YEH
        || n == 6 && c == ArabicCharacters.ALEF && key.charAt(at + 4) == ArabicCharacters.ALEF
            && (key.charAt(at + 1) == NOON || key.charAt(at + 2) == TEH)
        || n == 7 && key.startsWith(ISTA, at) && key.charAt(at + 5) == ArabicCharacters.ALEF;
  }

  /** است: the prefix of the tenth form's verbal noun (استقبال). */
  private static final String ISTA = "\u0627\u0633\u062A";

  /** True for the proclitics a verbal noun may carry after a title: و، ف، ب، ل. */
  private static boolean proclitic(char c) {
    return c == ArabicCharacters.WAW || c == ArabicCharacters.FEH || c == ArabicCharacters.BEH
        || c == ArabicCharacters.LAM;
  }

  /** The article and the م of the participles of derived verbs (المنتصر، المشرف). */
  private static final String PARTICIPLE = DEFINITE_ARTICLE + MEEM;

  /** Sound plural endings (منتقدون، مسؤولين، تقارير is not caught): nouns, seldom names. */
  static boolean plural(String key) {
    if (key.length() < 6) {
      return false;
    }
    if (feminineSoundPlural(key)) {
      return true;
    }
    // ...سون and ...تون are the endings of foreign names (فيرجسون، بولتون, كلينتون) more often than of
    // plurals, which mostly start with م (مدرسون، ممارسون)
    return key.endsWith("\u0648\u0646") && (key.charAt(0) == MEEM
        || !(key.endsWith("\u0633\u0648\u0646") || key.endsWith("\u062A\u0648\u0646"))
            && (knownStem(key.substring(0, key.length() - 2)) || participlePlural(key)));
  }

  /**
   * True for the sound plural of an active participle, فاعلون (ناشطون، ناشرون، صامدون): six
   * letters, alef second, unless the word is a name word of open data (ماكرون) or its letters are
   * a name's ({@link NameLikeness}: سايمون).
   */
  static boolean participlePlural(String key) {
    if (key.length() != 6 || key.charAt(1) != ArabicCharacters.ALEF) {
      return false;
    }
    Lexicon.WordInfo info = Lexicon.defaults().info(key);
    return (info == null || (info.flags & Lexicon.NAME_WORD) == 0)
        && !NameLikeness.shipped().nameLike(key);
  }

  /** True when a plural's stem is a known word (لاعب of لاعبون), unlike رايم of رايمون. */
  static boolean knownStem(String stem) {
    Lexicon.WordInfo info = Lexicon.defaults().info(stem);
    return info != null && info.flags != 0;
  }

  /**
   * True when token k is in no word class but perhaps the name words of open data or the words of
   * organisation type, which alone say nothing more than an unknown word's shape ({@link
   * Lexicon#NAME_WORD}, {@link Lexicon#ORG_TYPE}: بتروليوم الروماني is a club).
   */
  static boolean unlisted(Words w, int k) {
    return (w.flags[k] & ~(Lexicon.NAME_WORD | Lexicon.ORG_TYPE)) == 0;
  }

  /**
   * True when token k is a word that no list knows, without the article, whose letters look like
   * a word of a name ({@link NameLikeness}): evidence beside a cue, never a name alone.
   */
  static boolean lettersOfName(Words w, int k) {
    return w.letters[k] && w.flags[k] == 0 && w.listType[k] == null && !w.definite(k)
        && w.key[k].length() >= 3 && nameLike(w, k, true) && w.bestCut(k) == 0
        && NameLikeness.shipped().nameLike(w.key[k]);
  }

  /**
   * True when token k is a word that no list knows whose letters look more like a common word's
   * than a name's (متهكما، لي): alone, it is no name even beside a cue.
   */
  static boolean lettersOfCommonWord(Words w, int k) {
    return w.flags[k] == 0 && w.listType[k] == null
        && NameLikeness.shipped().score(w.key[k]) < NameLikeness.EVEN;
  }

  /** True when token k may be a word of a name. */
  static boolean nameLike(Words w, int k, boolean first) {
    if (!w.letters[k] || w.key[k].length() < 2) {
      return false;
    }
    int f = w.flags[k];
    if (w.listType[k] != null && w.listType[k] != EntityType.PER) {
      return false; // a listed place, organisation or nationality ends the name
    }
    if ((f & STRONG) != 0 && (f & (Lexicon.STOP | Lexicon.TIME)) == 0) {
      return true;
    }
    if ((f & NOT_NAME) != 0) {
      return false;
    }
    if (w.pronounEnding[k] || w.tanwinFath[k]) {
      return false;
    }
    // after a name word, ـوا of five letters or more is a verb in the plural (بن لادن اندسوا)
    String key = w.key[k];
    if (!first && key.length() >= 5 && key.endsWith(PLURAL_VERB) && (f & Lexicon.NAME_WORD) == 0) {
      return false;
    }
    // the rules ask again and again about the same tokens: the key's shape is tested once
    byte shape = w.nameShape[k];
    if (shape == 0) {
      shape = nameShape(key) ? Words.SHAPE_NAME : Words.SHAPE_NOT_NAME;
      w.nameShape[k] = shape;
    }
    return shape == Words.SHAPE_NAME;
  }

  /** True when nothing in the key's letters rules out a name word (see {@link #nameLike}). */
  private static boolean nameShape(String key) {
    if (pronounSuffix(key) || knownWordWithHa(key) || derivedVerbShape(key)
        || accusativeOfKnownWord(key)) {
      return false;
    }
    char c = key.charAt(0);
    // Imperfect verbs (يقول، ويؤكد، ستزور) are the most frequent unknown words after a name.
    if (c == ArabicCharacters.YEH && key.length() >= 4
        || c == ArabicCharacters.WAW && key.length() >= 5 && key.charAt(1) == ArabicCharacters.YEH
        || c == SEEN && key.length() >= 5 && isImperfectPrefix(key.charAt(1))
            && !(key.charAt(1) == TEH && key.charAt(2) == ArabicCharacters.YEH)) { // ستيفان is no ست + verb
      return false;
    }
    return !isLatinOrDigit(key);
  }

  /**
   * True for the shapes of derived verbs and their nouns that names do not take (after و or ف):
   * استفعل (استطاع، استقبل) and افتعل of five letters (اعتبر، اجتمع، اقترح; normalised, so أ and
   * إ are ا). In ANERcorp-train such words are about 700 tokens outside names and one inside.
   */
  static boolean derivedVerbShape(String key) {
    int at = key.length() > 4 && (key.charAt(0) == ArabicCharacters.WAW || key.charAt(0) == ArabicCharacters.FEH) ? 1 : 0;
    int n = key.length() - at;
    if (n < 5 || key.charAt(at) != ArabicCharacters.ALEF || key.charAt(at + 1) == ArabicCharacters.LAM) {
      return false;
    }
    return key.charAt(at + 1) == SEEN && key.charAt(at + 2) == TEH && n >= 6
        || n == 5 && key.charAt(at + 2) == TEH;
  }

  /** وا: the ending of a verb in the third person plural of the past (اندسوا، توجوا). */
  private static final String PLURAL_VERB = "\u0648\u0627";

  static boolean isImperfectPrefix(char c) {
    return c == ArabicCharacters.YEH || c == TEH || c == NOON;
  }

  /** A definite nisba adjective (الاقتصادي، السياسية): a description after a title, not a name. */
  static boolean nisba(Words w, int k) {
    String key = w.key[k];
    if (key.charAt(0) == ArabicCharacters.WAW && w.readingCount(k) > 1) {
      key = w.reading(k, 1); // والدبلوماسي
    }
    return nisbaForm(key) && (w.flags[k] & STRONG) == 0 && w.listType[k] == null;
  }

  /**
   * The ending ات of a sound feminine plural (صعوبات، السيارات): a common noun's plural, which names
   * no club, group or team.
   */
  static boolean feminineSoundPlural(String key) {
    return key.endsWith("\u0627\u062A");
  }

  /** The shape of a definite nisba: ال...ي or ال...يه. */
  static boolean nisbaForm(String key) {
    return key.startsWith(DEFINITE_ARTICLE) && key.length() > 4
        && (key.endsWith("\u064A") || key.endsWith("\u064A\u0647"));
  }

  static boolean isLatinOrDigit(String key) {
    char c = key.charAt(0);
    return c < 0x0600;
  }
}

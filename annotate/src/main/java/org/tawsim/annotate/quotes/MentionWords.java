/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.tawsim.core.text.ArabicCharacters.ALEF;
import static org.tawsim.core.text.ArabicCharacters.BEH;
import static org.tawsim.core.text.ArabicCharacters.FATHATAN;
import static org.tawsim.core.text.ArabicCharacters.FEH;
import static org.tawsim.core.text.ArabicCharacters.HEH;
import static org.tawsim.core.text.ArabicCharacters.KAF;
import static org.tawsim.core.text.ArabicCharacters.LAM;
import static org.tawsim.core.text.ArabicCharacters.MEEM;
import static org.tawsim.core.text.ArabicCharacters.NOON;
import static org.tawsim.core.text.ArabicCharacters.SEEN;
import static org.tawsim.core.text.ArabicCharacters.TEH;
import static org.tawsim.core.text.ArabicCharacters.WAW;
import static org.tawsim.core.text.ArabicCharacters.YEH;

import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * Words that are no part of a speaker's noun phrase, although no word list names them: a speaker
 * is a noun phrase, and these words open an adverbial, a prepositional phrase or a clause.
 *
 * <ul>
 *   <li>{@link #isAdverbial}: a participle in the accusative, the state of the subject (حال):
 *       وقال مخاطبا الحضور، وتابع مستغربًا; {@link #isAccusative}: any word in the indefinite
 *       accusative, an adverbial after a passed-over preposition (أخبر عنها سلفا);
 *   <li>{@link #isConjoinedDerivedVerb}: و or ف with a derived verb by its shape (فاستغرب);
 *   <li>{@link #isPrepositionalNoun}: ب or ل glued to a common noun: وعد بتغيير العلاقة، وتابع
 *       لصحيفة «بيلد»;
 *   <li>{@link #isConjoinedStop}: و or ف glued to a stop word: أجاب سامي وهو يبتسم، ولم يرد; and
 *       {@link #isConnective}: ل، ب or ك glued to one: دولن بذلك;
 *   <li>{@link #isPrepositionalArticle}, {@link #isLoneLam}, {@link #isAddressee}, {@link
 *       #isOutlet}: a preposition with the article or alone, who was spoken to: للصحافيين،
 *       لـ«عكاظ»، لنظيره، لوكالة;
 *   <li>{@link #hasPronounSuffix}: a common noun with a pronoun, an object or a topic:
 *       استعدادها، اسمه;
 *   <li>{@link #isInTheNameOf}: باسم before a definite noun or with a pronoun, the preposition
 *       "in the name of", not the given name: المتحدث باسم الحكومة، باسمها.
 * </ul>
 *
 * <p>A word inside a named entity of the entity layer is a name and none of these (قالت سوريا،
 * بلال). Each test reads one word. One per document.
 */
final class MentionWords {

  /** The shortest participle taken for an adverbial: مخاطبا has six letters, مبديا five. */
  private static final int ADVERBIAL_LETTERS = 5;
  private static final String LAM_LAM = "\u0644\u0644";
  /** How many letters a word may have for the tests that spell it out. */
  private static final int MAX_LETTERS = 16;

  private final String text;
  private final CueLexicon lexicon;
  private final EntityLinks links;
  private final char[] letters = new char[MAX_LETTERS];

  MentionWords(String text, CueLexicon lexicon, EntityLinks links) {
    this.text = text;
    this.lexicon = lexicon;
    this.links = links;
  }

  /**
   * Returns true for a participle of a derived verb in the accusative (مُفعِلًا، مُستفعِلًا): it
   * opens with م, a consonant follows, it ends in ا after a consonant, five letters at least
   * (مخاطبا، مبتسما، مستغربا، مشددا); or for any word written with the accusative ending ً
   * (مانعًا). Such a word tells how the subject spoke, it never names them.
   */
  boolean isAdverbial(int b, int e) {
    if (inName(b, e)) {
      return false;
    }
    for (int i = Math.max(b + 1, e - 3); i < e; i++) {
      if (text.charAt(i) == FATHATAN) {
        return true; // مانعًا، مبيناً: the accusative written out
      }
    }
    int n = spell(b, e);
    if (n < ADVERBIAL_LETTERS || n > MAX_LETTERS) {
      return false;
    }
    char second = letters[1];
    char beforeLast = letters[n - 2];
    if (beforeLast == HEH && isTitleWithPronoun(b, ArabicWords.lastKept(text, b, e))) {
      return false; // وقال مديرها: a title with her, not a participle
    }
    return letters[0] == MEEM
        && second != ALEF && second != YEH && second != WAW
        && letters[n - 1] == ALEF
        && beforeLast != ALEF && beforeLast != YEH && beforeLast != WAW;
  }

  /**
   * Returns true for ب or ل glued to a word of the general {@link Vocabulary} (بتغيير، لصحيفة،
   * بصوت) or to a verbal noun of a derived verb ({@link #isVerbalNoun}: ووعد باستقطاب أشخاص), the
   * word as a whole not being one (بيان، لجنة): a prepositional phrase, never the subject; not a
   * name (باسم). The article forms (بال، لل) are left to the callers.
   */
  boolean isPrepositionalNoun(int b, int e) {
    int first = ArabicWords.firstKept(text, b, e);
    if (first >= e) {
      return false;
    }
    char c = ArabicWords.fold(text.charAt(first));
    if (c != BEH && c != LAM) {
      return false;
    }
    int rest = ArabicWords.firstKept(text, first + 1, e);
    return ArabicWords.foldedLength(text, rest, e) >= 3
        && !ArabicWords.hasArticle(text, rest, e)
        && (Vocabulary.contains(text, rest, e) || isVerbalNoun(rest, e))
        && !Vocabulary.contains(text, b, e)
        && !Vocabulary.isNameWord(text, b, e)
        && !inName(b, e);
  }

  /**
   * Returns true for the shape of a verbal noun of a derived verb, the letters folded: استفعال
   * (استقطاب), افتعال and انفعال (انتخاب، انسحاب), إفعال (إنشاء), تفعيل (تطوير), تفاعل (تعاون) and
   * مفاعلة (متابعة). After a glued ب or ل such a word is the verb's prepositional object (وعد
   * باستقطاب، طالب بإنشاء), whatever the vocabulary holds; few names have these shapes.
   */
  boolean isVerbalNoun(int b, int e) {
    int n = spell(b, e);
    if (n < 5 || n > MAX_LETTERS) {
      return false;
    }
    char[] l = letters;
    if (l[0] == ALEF) {
      return (n >= 6 && l[1] == SEEN && l[2] == TEH && l[n - 2] == ALEF) // استفعال
          || (n == 6 && l[4] == ALEF && l[3] != ALEF) // افتعال، انفعال
          || (n == 5 && l[3] == ALEF && l[2] != ALEF); // إفعال
    }
    if (l[0] == TEH) {
      return n == 5 && (l[3] == YEH || l[2] == ALEF); // تفعيل، تفاعل
    }
    return l[0] == MEEM && n == 6 && l[2] == ALEF && l[5] == HEH; // مفاعلة
  }

  /**
   * Returns true for و or ف glued to a stop word (وهو، وهي، فهم، ولم، وقد), or for a connective
   * (see {@link #isConnective}): a word that ends a speaker's mention.
   */
  boolean isConjoinedStop(int b, int e) {
    int first = ArabicWords.firstKept(text, b, e);
    if (first >= e || ArabicWords.foldedLength(text, first, e) < 3) {
      return false;
    }
    char c = ArabicWords.fold(text.charAt(first));
    return ((c == WAW || c == FEH)
            && (lexicon.exactFlags(text, first + 1, e) & CueLexicon.STOP) != 0)
        || isConnective(b, e);
  }

  /**
   * Returns true for ل، ب or ك glued to a stop word of three letters or more, after و or ف or not:
   * لذلك، ولذلك، وبذلك. A connective, never a noun phrase: the subject of a verb after it comes
   * after the verb (ولذلك قال الخبراء).
   */
  boolean isConnective(int b, int e) {
    int first = ArabicWords.firstKept(text, b, e);
    if (first >= e) {
      return false;
    }
    char c = ArabicWords.fold(text.charAt(first));
    int rest = first + 1;
    if (c == WAW || c == FEH) {
      rest = ArabicWords.firstKept(text, rest, e);
      c = rest < e ? ArabicWords.fold(text.charAt(rest)) : 0;
      rest++;
    }
    return (c == LAM || c == BEH || c == KAF)
        && ArabicWords.foldedLength(text, rest, e) >= 3
        && (lexicon.exactFlags(text, rest, e) & CueLexicon.STOP) != 0;
  }

  /**
   * Returns true for a verb of the treebank's list ({@link Vocabulary#isVerb}), و or ف before it or
   * not (ومضى، يزال، تنطبق), that is no word of a person's name: it opens a clause and names no one.
   */
  boolean isVerb(int b, int e) {
    if (Vocabulary.isVerb(text, b, e)) {
      return !inName(b, e);
    }
    int first = ArabicWords.firstKept(text, b, e);
    char c = first < e ? ArabicWords.fold(text.charAt(first)) : 0;
    return (c == WAW || c == FEH)
        && ArabicWords.foldedLength(text, first + 1, e) >= 3
        && Vocabulary.isVerb(text, first + 1, e)
        && !Vocabulary.isNameWord(text, b, e)
        && !inName(b, e);
  }

  /**
   * Returns true for و or ف glued to the past of a derived verb the treebank's list lacks, by its
   * shape, the letters folded: استفعل (فاستغرب، واستنكر), افتعل (واعترض) and انفعل (فانسحب). Such a
   * word opens a clause (فاستغرب الرئيس وقال: الرئيس is the subject of both verbs); nouns of these
   * shapes are longer (استغراب، اعتراض), and names seldom take them.
   */
  boolean isConjoinedDerivedVerb(int b, int e) {
    int first = ArabicWords.firstKept(text, b, e);
    if (first >= e) {
      return false;
    }
    char c = ArabicWords.fold(text.charAt(first));
    if ((c != WAW && c != FEH) || inName(b, e) || Vocabulary.isNameWord(text, b, e)) {
      return false;
    }
    int rest = ArabicWords.firstKept(text, first + 1, e);
    int n = spell(rest, e);
    if (n < 5 || n > 6 || letters[0] != ALEF || Vocabulary.contains(text, rest, e)) {
      return false;
    }
    return n == 6
        ? letters[1] == SEEN && letters[2] == TEH && letters[4] != ALEF
        : (letters[2] == TEH || letters[1] == NOON) && letters[3] != ALEF && letters[4] != ALEF;
  }

  /** Returns true for a word with a preposition and the article: للصحافيين، بالمملكة. */
  boolean isPrepositionalArticle(int b, int e) {
    return ArabicWords.startsWith(text, b, e, LAM_LAM)
        || (ArabicWords.firstKeptChar(text, b, e) == BEH
            && ArabicWords.hasArticle(text, ArabicWords.firstKept(text, b, e) + 1, e));
  }

  /** Returns true for ل standing alone, with or without tatweel: لـ«عكاظ». */
  boolean isLoneLam(int b, int e) {
    return ArabicWords.foldedLength(text, b, e) == 1
        && ArabicWords.firstKeptChar(text, b, e) == ArabicCharacters.LAM;
  }

  /**
   * Returns true for ل glued to a kind of media outlet ({@link WordList#OUTLETS}: لوكالة، لصحيفة،
   * لموقع), or standing alone before one (لـ وكالة): after a speaker it names whom the words were
   * said to, an outlet (قال مصدر أمني لوكالة «الأناضول»، قالت الشرطة لموقع "تي ام زد"), so the
   * speaker's mention ends before it. Indefinite, so {@link #isPrepositionalArticle} misses it.
   */
  boolean isOutlet(int b, int e) {
    int first = ArabicWords.firstKept(text, b, e);
    if (first >= e || ArabicWords.fold(text.charAt(first)) != LAM) {
      return false;
    }
    if (ArabicWords.foldedLength(text, b, e) == 1) {
      int nb = first + 1;
      while (nb < text.length() && !ArabicWords.isWordChar(text.charAt(nb))
          && QuotePairer.isSpace(text.charAt(nb))) {
        nb++;
      }
      int ne = nb;
      while (ne < text.length() && ArabicWords.isWordChar(text.charAt(ne))) {
        ne++;
      }
      return ne > nb && (lexicon.exactFlags(text, nb, ne) & CueLexicon.OUTLET) != 0;
    }
    return (lexicon.exactFlags(text, first + 1, e) & CueLexicon.OUTLET) != 0;
  }

  /**
   * Returns true for باسم used as the preposition "in the name of", not the given name Basem:
   * before a definite noun (المتحدث باسم الحكومة، وأكد باسم المملكة) or with a pronoun (باسمه،
   * باسمها), unless it lies in a person's name of the entity layer (باسم الأحمد, a family name).
   * Cheap for other words: the first two letters are tested before anything is spelled.
   */
  boolean isInTheNameOf(int b, int e) {
    int first = ArabicWords.firstKept(text, b, e);
    if (first < e && text.charAt(first) == WAW) {
      first = ArabicWords.firstKept(text, first + 1, e); // وباسم
    }
    if (first >= e || text.charAt(first) != BEH) {
      return false;
    }
    int alef = ArabicWords.firstKept(text, first + 1, e);
    if (alef >= e || text.charAt(alef) != ALEF) {
      return false;
    }
    int seen = ArabicWords.firstKept(text, alef + 1, e);
    int meem = seen < e ? ArabicWords.firstKept(text, seen + 1, e) : e;
    if (meem >= e || text.charAt(seen) != SEEN || text.charAt(meem) != MEEM) {
      return false;
    }
    int rest = ArabicWords.firstKept(text, meem + 1, e);
    if (rest < e) {
      // باسمه، باسمها، باسمهم: the pronoun's ه opens what is left, at most three letters
      return text.charAt(rest) == HEH && ArabicWords.foldedLength(text, rest, e) <= 3;
    }
    int nb = e;
    while (nb < text.length() && QuotePairer.isSpace(text.charAt(nb))) {
      nb++;
    }
    int ne = nb;
    while (ne < text.length() && ArabicWords.isWordChar(text.charAt(ne))) {
      ne++;
    }
    return ne > nb && ArabicWords.hasArticle(text, nb, ne) && !links.inPerson(b, e);
  }

  /**
   * Returns true for a word in the indefinite accusative, an adverbial (سلفا، استطرادا): it ends
   * in ا after a letter that is no long vowel nor the ن or ه of a pronoun (سيدنا), has four letters at least and no article, is no
   * word of people's names and in no entity. Country names end so too (سوريا، روسيا: ي before the
   * ا), and are left out.
   */
  boolean isAccusative(int b, int e) {
    int n = spell(b, e);
    if (n < 4 || n > MAX_LETTERS || ArabicWords.hasArticle(text, b, e)) {
      return false;
    }
    char beforeLast = letters[n - 2];
    return letters[n - 1] == ALEF
        && beforeLast != ALEF && beforeLast != YEH && beforeLast != WAW
        && beforeLast != NOON && beforeLast != HEH // سيدنا، رئيسها: a pronoun, not the accusative
        && !Vocabulary.isNameWord(text, b, e) && !inName(b, e);
  }

  /** Returns true for ل with a noun and a pronoun (لضيفه، لنظيره): who was spoken to. */
  boolean isAddressee(int b, int e) {
    int first = ArabicWords.firstKept(text, b, e);
    if (first >= e || ArabicWords.fold(text.charAt(first)) != ArabicCharacters.LAM) {
      return false;
    }
    int last = ArabicWords.lastKept(text, first, e);
    char c = text.charAt(last);
    char before = last > first ? text.charAt(last - 1) : 0;
    return ArabicWords.foldedLength(text, b, e) >= 4
        && (c == HEH || (c == ALEF && before == HEH) || (c == MEEM && before == HEH));
  }

  /**
   * Returns true for a noun of five letters or more with a pronoun: استعدادها، مواقفهم، مزحته. Such
   * a word is an object, a topic or a verbal noun, never the speaker. A final ه counts only after
   * ت, the feminine ending before a suffix: many names end in ه (رومنيجه، عبدالله); or when what
   * is left is a word of the general {@link Vocabulary} or a verbal noun ({@link #isVerbalNoun}),
   * and the whole word is no name: اسمه، رأيه، إعجابه (not عبده).
   */
  boolean hasPronounSuffix(int b, int e) {
    int length = ArabicWords.foldedLength(text, b, e);
    if (length < 4) {
      return false;
    }
    int last = ArabicWords.lastKept(text, b, e);
    if (isTitleWithPronoun(b, last)) {
      return false;
    }
    if (text.charAt(last) == HEH
        && (Vocabulary.contains(text, b, last) || isVerbalNoun(b, last))
        && !Vocabulary.isNameWord(text, b, e) && !links.inPerson(b, e)) {
      return true; // ذكر اسمه لرويترز، وأبدى إعجابه: a common noun or a verbal noun with his
    }
    if (length < 5) {
      return false;
    }
    char z = text.charAt(last);
    char y = ArabicWords.fold(text.charAt(last - 1));
    char x = ArabicWords.fold(text.charAt(last - 2));
    if (z == HEH) {
      return y == TEH; // مزحته، تصريحاته: a feminine noun with ه; a name may end in ه (رومنيجه)
    }
    z = ArabicWords.fold(z);
    return (y == HEH && (z == ALEF || z == MEEM)) || (z == ALEF && y == MEEM && x == HEH);
  }

  /**
   * Returns true when the word [b, last] is a title or role with a pronoun (رئيسها، مديره،
   * محاميهم، نائبهما): the holder of that office is a speaker (وقال رئيسها التنفيذي جون سميث).
   */
  private boolean isTitleWithPronoun(int b, int last) {
    int e = last + 1;
    if ((lexicon.exactFlags(text, b, e) & CueLexicon.TITLE) != 0) {
      return true;
    }
    char z = ArabicWords.fold(text.charAt(last));
    char y = ArabicWords.fold(text.charAt(last - 1));
    int stem; // where the pronoun's ه is
    if (z == HEH) {
      stem = last;
    } else if ((z == ALEF || z == MEEM) && y == HEH) {
      stem = last - 1;
    } else if (z == ALEF && y == MEEM && ArabicWords.fold(text.charAt(last - 2)) == HEH) {
      stem = last - 2;
    } else {
      return false;
    }
    return stem > b && ArabicWords.foldedLength(text, b, stem) >= 3
        && (lexicon.exactFlags(text, b, stem) & CueLexicon.TITLE) != 0;
  }

  /** Spells the folded letters of [b, e) into {@link #letters}; returns how many, or more than fit. */
  private int spell(int b, int e) {
    int n = 0;
    for (int i = b; i < e; i++) {
      char f = ArabicWords.fold(text.charAt(i));
      if (f == 0) {
        continue;
      }
      if (n == MAX_LETTERS) {
        return MAX_LETTERS + 1;
      }
      letters[n++] = f;
    }
    return n;
  }

  private boolean inName(int b, int e) {
    return links.covering(new Span(b, e)) != null;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * The subject written before its speech verb (SVO): لكنّ وزير الخارجية أكد أن.
 *
 * <p>Rules, for a verb starting at a position and a sentence starting at a limit:
 *
 * <ul>
 *   <li>the noun phrase right before the verb, back to the sentence start, a comma or a clause
 *       opener (لكن، حين، و، وهي: ...، وهي منظمة غير ربحية تصف → منظمة غير ربحية); none when a preposition, a digit or a word that ends a mention comes
 *       first (وعن قدرة الجامعات ... قال), none at a verb of the general {@linkplain Vocabulary#isVerb verbs} (ومضى يقول،
 *       وأصدرت بيانا ذكرت: the words after it are its subject or object), or when the phrase
 *       opens with a preposition glued to a
 *       noun (وبلغة أكثر حسما أكد بينيتيز، وبهذه المناسبة قال: the subject follows the verb);
 *   <li>an auxiliary of aspect between the subject and the verb is passed over: أوباما سبق ووعد →
 *       أوباما;
 *   <li>a name before an apposition set off by commas: لكن دوج براون، مدير الأبحاث في الجمعية،
 *       يقول → دوج براون;
 *   <li>a subject set off by a comma when it opens the sentence and can be a source: نائب رئيس
 *       الائتلاف هشام مروة، أكد → نائب رئيس الائتلاف هشام مروة;
 *   <li>{@link #clauseSubject}: a subject that opens the clause of a verb without a conjunction,
 *       which beats the noun after the verb (its object): مجتمع كرومويل قد وصفوا اقتراح السيد كريك.
 * </ul>
 *
 * <p>Every search reads at most {@link SpeakerFinder#MAX_WORDS} words back. One per document.
 */
final class SubjectBefore {

  private static final String QAD = "\u0642\u062F";

  private final String text;
  private final CueLexicon lexicon;
  private final SpeakerFinder finder;

  SubjectBefore(String text, CueLexicon lexicon, SpeakerFinder finder) {
    this.text = text;
    this.lexicon = lexicon;
    this.finder = finder;
  }

  /**
   * Returns the subject before a speech verb starting at {@code cueBegin} (لكنّ وزير الخارجية
   * أكد أن), or null when the verb opens its clause or what precedes it is not a noun phrase at a
   * clause start. {@code limit} is where the sentence starts. The subject may be set off by a
   * comma when it opens the sentence and can be a source: نائب رئيس الائتلاف هشام مروة، أكد أن.
   */
  Span find(int cueBegin, int limit) {
    Span subject = subjectBefore(cueBegin, limit);
    if (subject != null) {
      return subject;
    }
    int comma = appositionStart(cueBegin, limit);
    if (comma >= 0) {
      return subjectBefore(comma, limit);
    }
    int j = cueBegin;
    while (j > limit && QuotePairer.isSpace(text.charAt(j - 1))) {
      j--;
    }
    if (j <= limit || !isComma(text.charAt(j - 1))) {
      return null;
    }
    Span topic = subjectBefore(j - 1, limit);
    return topic != null && opensSentence(topic, limit) && finder.isSource(topic) ? topic : null;
  }

  /**
   * Returns the subject that opens the clause of a speech verb starting at {@code cueBegin}, when it
   * can be a source, or null: لكن مجتمع كرومويل قد وصفوا اقتراح السيد كريك → مجتمع كرومويل, not the
   * object after the verb. A bare قد may stand between them. {@code limit} is where the sentence
   * starts.
   */
  Span clauseSubject(int cueBegin, int limit) {
    int j = cueBegin;
    while (j > limit && QuotePairer.isSpace(text.charAt(j - 1))) {
      j--;
    }
    int b = ArabicWords.wordBack(text, j, limit);
    int from = b < j && ArabicWords.sameWordAs(text, b, j, QAD) ? b : cueBegin;
    Span subject = subjectBefore(from, limit);
    return subject != null && finder.isSource(subject) ? subject : null;
  }

  /** Returns true when only spaces and marks lie between {@code limit} and the mention. */
  private boolean opensSentence(Span mention, int limit) {
    for (int i = mention.begin() - 1; i >= limit; i--) {
      char c = text.charAt(i);
      if (!QuotePairer.isSpace(c) && !QuoteMark.isMark(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the offset of the comma that opens an apposition ending right before a verb at {@code
   * cueBegin}, or -1: لكن دوج براون، مدير الأبحاث في الجمعية، يقول → the comma after براون. The
   * apposition is at most {@link SpeakerFinder#MAX_WORDS} words on one line, with no sentence end or mark.
   */
  private int appositionStart(int cueBegin, int limit) {
    int j = cueBegin;
    while (j > limit && QuotePairer.isSpace(text.charAt(j - 1))) {
      j--;
    }
    if (j <= limit || !isComma(text.charAt(j - 1))) {
      return -1;
    }
    int words = 0;
    boolean inWord = false;
    for (int k = j - 2; k > limit; k--) {
      char c = text.charAt(k);
      if (isComma(c)) {
        return words > 0 ? k : -1;
      }
      if (ArabicWords.isWordChar(c)) {
        if (!inWord && ++words > SpeakerFinder.MAX_WORDS) {
          return -1;
        }
        inWord = true;
      } else if (QuotePairer.isSpace(c)) {
        inWord = false;
      } else {
        return -1; // a sentence end, a colon, a quotation mark: no apposition
      }
    }
    return -1;
  }

  private static boolean isComma(char c) {
    return c == ArabicCharacters.ARABIC_COMMA || c == ',';
  }

  /** Returns true for a preposition, also with و or ف before it: عن، وعن، فمن. */
  private boolean isPreposition(int b, int e) {
    if ((lexicon.exactFlags(text, b, e) & CueLexicon.PREPOSITION) != 0) {
      return true;
    }
    int first = ArabicWords.firstKept(text, b, e);
    char c = first < e ? ArabicWords.fold(text.charAt(first)) : 0;
    return (c == ArabicCharacters.WAW || c == ArabicCharacters.FEH)
        && (lexicon.exactFlags(text, first + 1, e) & CueLexicon.PREPOSITION) != 0;
  }

  /** The subject before a verb, up to a clause start; see {@link #find}. */
  private Span subjectBefore(int cueBegin, int limit) {
    int i = cueBegin;
    int begin = -1;
    int end = -1;
    boolean auxiliary = false;
    for (int words = 0; words <= SpeakerFinder.MAX_WORDS; words++) {
      int j = i;
      while (j > limit && QuotePairer.isSpace(text.charAt(j - 1))) {
        j--;
      }
      if (j <= limit) {
        return phrase(begin, end);
      }
      char c = text.charAt(j - 1);
      if (!ArabicWords.isWordChar(c)) {
        boolean boundary =
            c == ArabicCharacters.ARABIC_COMMA || c == ',' || c == ArabicWords.COLON || c == ';'
                || c == ArabicCharacters.ARABIC_SEMICOLON || c == '.';
        return boundary ? phrase(begin, end) : null;
      }
      int b = ArabicWords.wordBack(text, j, limit);
      int f = lexicon.flags(text, b, j);
      if ((f & (CueLexicon.CLAUSE_OPENER | CueLexicon.COMPLEMENTIZER)) != 0) {
        return phrase(begin, end);
      }
      if ((f & CueLexicon.AUXILIARY) != 0 && end < 0 && !auxiliary) {
        auxiliary = true; // أوباما سبق ووعد، الوزير عاد وأكد: the subject is before the auxiliary
        i = b;
        continue;
      }
      if (finder.mentionWords().isVerb(b, j)) {
        return null; // ومضى يقول، أصدرت بيانا دعت: the words after another verb are its subject or object
      }
      if (finder.mentionWords().isConjoinedDerivedVerb(b, j)) {
        // فاستغرب الرئيس وقال: a verb the list lacks opens the clause; its subject is the speaker
        Span after = phrase(begin, end);
        return after != null && finder.isSource(after) ? after : null;
      }
      if ((f & SpeakerFinder.ENDS_MENTION) != 0 || Character.isDigit(text.charAt(b)) || isPreposition(b, j)) {
        return null; // وعن قدرة الجامعات ... قال: a prepositional phrase, not a subject
      }
      if (finder.hasPronounSuffix(b, j) && !finder.isTitle(b, j)) {
        return null; // المعارضة الانتخابات لأنها تنكر: a word with a pronoun is no noun phrase's
      }
      if (finder.mentionWords().isConnective(b, j)) {
        return null; // ولذلك قال الخبراء: the verb opens its clause, the subject comes after it
      }
      if (finder.mentionWords().isConjoinedStop(b, j)) {
        // ...، وهي منظمة غير ربحية تصف: و with a pronoun opens the clause, as و alone does
        return phrase(begin, end);
      }
      if (end < 0) {
        end = j;
      }
      begin = b;
      i = b;
    }
    return null;
  }

  /**
   * Returns the noun phrase [begin, end), or null when there is none (begin &lt; 0) or when its
   * first word, after و or ف, is a preposition glued to a noun: وبلغة أكثر حسما أكد بينيتيز،
   * وللزوار مواقع الحارة يشرح. A prepositional phrase before the verb tells how or to whom; the
   * subject comes after the verb.
   */
  private Span phrase(int begin, int end) {
    if (begin < 0) {
      return null;
    }
    int e = finder.wordEnd(begin);
    int b = ArabicWords.firstKept(text, begin, e);
    char c = b < e ? ArabicWords.fold(text.charAt(b)) : 0;
    if (c == ArabicCharacters.WAW || c == ArabicCharacters.FEH) {
      b = ArabicWords.firstKept(text, b + 1, e);
    }
    MentionWords words = finder.mentionWords();
    return b < e && (words.isPrepositionalNoun(b, e) || words.isPrepositionalArticle(b, e))
        ? null
        : new Span(begin, end);
  }
}

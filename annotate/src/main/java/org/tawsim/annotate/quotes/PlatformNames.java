/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.text.ArabicCharacters;

/**
 * A short quotation that names the platform something was posted or said on is a name, not words
 * said: قال في حسابه على «تويتر»، في تغريدة عبر "تويتر"، صفحتها على “فيسبوك”، موقع التواصل الاجتماعي
 * «يوتيوب». The platform is told by where it stands, not by a list of platforms, so a service no
 * list holds (كيك، سناب شات) is read the same way.
 *
 * <p>Pattern: at most {@link #MAX_WORDS} words in the marks, unpunctuated, and either
 *
 * <ul>
 *   <li>right after a preposition written apart (على، عبر، في، or بـ with its tatweel) that follows
 *       a noun of an account or a post (quotes/account-heads.txt: حسابه، تغريدة، صفحتها، هاشتاقا)
 *       at most {@link #HEAD_DISTANCE} words back, with no punctuation between: عبر حسابه الرسمي في
 *       «تويتر»؛ or
 *   <li>right after a separate preposition, with a colon or a comma and another quotation right
 *       after it: وقالت بعد الاجتماع على "إكس"، "هذه لحظة حاسمة" (the words said come second; the
 *       first says where), or a complementizer (أعلنت الشركة على «تويتر» أن الموعد تغير); or
 *   <li>right after a two-word phrase of that list: موقع التواصل الاجتماعي «تويتر»، موقع التدوينات
 *       المصغرة «تويتر».
 * </ul>
 *
 * <p>Words quoted after a colon are the post itself (كتب على حسابه: «...»), and the rule leaves them
 * alone. Reads at most {@link #HEAD_DISTANCE} + 1 words before the segment; stateless.
 */
final class PlatformNames {

  /** A platform's name in marks has at most this many words (سناب شات). */
  static final int MAX_WORDS = 2;
  /** How many words before the preposition the account noun may stand (حسابه الشخصي الرسمي في). */
  static final int HEAD_DISTANCE = 3;

  private PlatformNames() {}

  /**
   * Returns true when the segment names a platform by its place (see above).
   *
   * @param words the number of words in the segment's content
   * @param punctuated true when a sentence or clause mark appears inside
   */
  static boolean isPlatform(
      String text, Pairing.Segment s, int words, boolean punctuated, CueLexicon lexicon) {
    if (words < 1 || words > MAX_WORDS || punctuated || s.unclosed()) {
      return false;
    }
    int e = spacesBack(text, s.open());
    int b = ArabicWords.wordBack(text, e, Math.max(0, e - 40));
    if (b == e) {
      return false; // a colon, a comma or a glued letter before the marks
    }
    if (isPreposition(text, b, e, lexicon)) {
      if (quotationFollows(text, s.end()) || complementizerFollows(text, s.end(), lexicon)) {
        return true; // وقالت بعد الاجتماع على "إكس"، "هذه لحظة حاسمة": where, then what
      }
      for (int k = 0; k < HEAD_DISTANCE; k++) {
        e = spacesBack(text, b);
        b = ArabicWords.wordBack(text, e, Math.max(0, e - 40));
        if (b == e) {
          return false; // punctuation: the account noun is in another clause
        }
        if (lexicon.isAccountHead(text, b, e)) {
          return true;
        }
      }
      return false;
    }
    int e2 = spacesBack(text, b);
    int b2 = ArabicWords.wordBack(text, e2, Math.max(0, e2 - 40));
    return b2 < e2
        && lexicon.isPlatformPhrase(
            ArabicWords.fold(text.subSequence(b2, e2)) + " "
                + ArabicWords.fold(text.subSequence(b, e)));
  }

  /**
   * Returns true when a colon or a comma, then another quotation, follows {@code end}: على «إكس»:
   * «...». The words said are the second; the first tells where they were said.
   */
  private static boolean quotationFollows(String text, int end) {
    int i = spacesAfter(text, end);
    char c = i < text.length() ? text.charAt(i) : 0;
    if (c != ArabicWords.COLON && c != ArabicCharacters.ARABIC_COMMA && c != ',') {
      return false;
    }
    i = spacesAfter(text, i + 1);
    return i < text.length() && QuoteMark.isMark(text.charAt(i));
  }

  /**
   * Returns true when a complementizer is the next word: أعلنت الشركة على «تويتر» أن الموعد تغير.
   * The words said are the clause it opens; the quotation before it tells where.
   */
  private static boolean complementizerFollows(String text, int end, CueLexicon lexicon) {
    int b = spacesAfter(text, end);
    int e = ArabicWords.wordEnd(text, b, text.length());
    return e > b && (lexicon.exactFlags(text, b, e) & CueLexicon.COMPLEMENTIZER) != 0;
  }

  private static int spacesAfter(String text, int from) {
    return QuotePairer.spacesEnd(text, from, text.length());
  }

  /**
   * Returns true for a preposition of the shared closed class, or ب written apart with its tatweel
   * (حسابها بـ «تويتر»).
   */
  private static boolean isPreposition(String text, int b, int e, CueLexicon lexicon) {
    if ((lexicon.exactFlags(text, b, e) & CueLexicon.PREPOSITION) != 0) {
      return true;
    }
    int i = ArabicWords.firstKept(text, b, e);
    return ArabicWords.foldedLength(text, b, e) == 1
        && ArabicWords.fold(text.charAt(i)) == ArabicCharacters.BEH;
  }

  /** Returns the offset before the spaces that end at {@code from}, within the paragraph. */
  private static int spacesBack(String text, int from) {
    int e = from;
    while (e > 0 && QuotePairer.isSpace(text.charAt(e - 1))
        && !QuotePairer.isParagraphBreak(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.text.ArabicCharacters;

/**
 * A definite noun phrase in marks governed by a separate preposition is a name or a term, not
 * words said: أرسلوا أسلحة إلى «المجموعات الإرهابية»، في حديثه إلى «الوطن»، لم يفقد الأمل بضمه إلى
 * «الشياطين الحمر»، تراجع الحزب عن «الطريق الثالث».
 *
 * <p>Pattern: a preposition or quantifier of the shared closed class (في، إلى، عن، من، مع، على،
 * خلال، عبر ...) as a word of its own right before the opening mark, then one to {@link #MAX_WORDS}
 * words, every one with the article (ال، وال، بال، لل ...), and no punctuation inside. A partial
 * quotation of someone's words is a predicate or an epithet (بأنه «ساحق»، تحقيق «عاجل وكامل»،
 * وصفها بـ«الإيجابية»: the ب is glued to its word, not a word of its own), seldom a definite noun
 * after a preposition. Reads at most one word before the segment and its first {@link #MAX_WORDS}
 * words; stateless.
 */
final class PrepositionTerms {

  /** A term after a preposition has at most this many words. */
  static final int MAX_WORDS = 3;
  /** ال and at least two letters: الـ alone is no word with the article. */
  private static final int MIN_LETTERS = 4;

  private PrepositionTerms() {}

  /**
   * Returns true when the segment holds one to {@link #MAX_WORDS} words, each with the article and
   * no punctuation between, and a separate preposition stands right before its opening mark.
   *
   * @param words the number of words in the segment's content
   * @param punctuated true when a sentence or clause mark appears inside
   */
  static boolean isTerm(
      String text, Pairing.Segment s, int words, boolean punctuated, CueLexicon lexicon) {
    if (words < 1 || words > MAX_WORDS || punctuated || s.unclosed()) {
      return false;
    }
    if (!prepositionBefore(text, s.open(), lexicon)) {
      return false;
    }
    int i = s.contentBegin();
    int end = s.contentEnd();
    while (i < end) {
      if (!ArabicWords.isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int e = ArabicWords.wordEnd(text, i, end);
      if (!isDefinite(text, i, e)) {
        return false;
      }
      i = e;
    }
    return true;
  }

  /** Returns true when a preposition is the word right before {@code open}, spaces between. */
  private static boolean prepositionBefore(String text, int open, CueLexicon lexicon) {
    int e = open;
    while (e > 0 && QuotePairer.isSpace(text.charAt(e - 1))
        && !QuotePairer.isParagraphBreak(text.charAt(e - 1))) {
      e--;
    }
    if (e == open || e == 0 || !ArabicWords.isWordChar(text.charAt(e - 1))) {
      return false; // بـ«الإيجابية»، لـ«الوطن»: a glued letter, read by other rules
    }
    int b = ArabicWords.wordBack(text, e, 0);
    return (lexicon.exactFlags(text, b, e) & CueLexicon.PREPOSITION) != 0;
  }

  /**
   * Returns true for a word with the article, a conjunction (و، ف) and a preposition (ب، ك) may
   * come first, or with ل before the article's lam (للمرأة).
   */
  static boolean isDefinite(String text, int b, int e) {
    int i = ArabicWords.firstKept(text, b, e);
    char c = i < e ? ArabicWords.fold(text.charAt(i)) : 0;
    if (c == ArabicCharacters.WAW || c == ArabicCharacters.FEH) {
      i = ArabicWords.firstKept(text, i + 1, e);
      c = i < e ? ArabicWords.fold(text.charAt(i)) : 0;
    }
    if (c == ArabicCharacters.BEH || c == ArabicCharacters.KAF) {
      i = ArabicWords.firstKept(text, i + 1, e);
      c = i < e ? ArabicWords.fold(text.charAt(i)) : 0;
    }
    if (ArabicWords.foldedLength(text, i, e) < MIN_LETTERS) {
      return false;
    }
    if (c == ArabicCharacters.LAM) {
      int j = ArabicWords.firstKept(text, i + 1, e);
      return j < e && ArabicWords.fold(text.charAt(j)) == ArabicCharacters.LAM;
    }
    return ArabicWords.hasArticle(text, i, e);
  }
}

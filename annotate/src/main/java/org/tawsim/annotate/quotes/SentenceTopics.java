/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * A name set off by a comma at the start of a sentence, with no entity layer to vouch for it:
 * the person the sentence is about, whatever its verb, and so the speaker of a quotation that
 * stands alone after it.
 *
 * <ul>
 *   <li>the sentence opens with the name: روجر بيرلماتر، رئيس قسم الأبحاث، يشبه ... → روجر بيرلماتر;
 *   <li>the name follows the sentence's first word: سيعتمد إيفو مورالس، رئيس بوليفيا، على ... →
 *       إيفو مورالس.
 * </ul>
 *
 * <p>The name opens with a word of people's names ({@link Vocabulary#isNameWord}), and every word
 * of it is name-like: no article, no word of a closed class, no word of the general {@link
 * Vocabulary} (أمس، الوزير، لكن، وبالنسبة are none), at most {@link #MAX_WORDS} words. Each search reads a few words. One per document.
 */
final class SentenceTopics {

  /** How many words such a name may have. */
  static final int MAX_WORDS = 4;

  private final String text;
  private final int n;
  private final SpeakerFinder finder;

  SentenceTopics(String text, SpeakerFinder finder) {
    this.text = text;
    this.n = text.length();
    this.finder = finder;
  }

  /**
   * Returns the name set off by a comma that opens the sentence whose first word is [b, e), or
   * that follows that word, or null.
   */
  Span nameAtStart(int b, int e) {
    if (isNameWord(b, e)) {
      Span first = nameFrom(b);
      if (first != null) {
        return first;
      }
    }
    return nameFrom(nextWord(e));
  }

  /** Returns the name-like words from {@code b} up to a comma, or null. */
  private Span nameFrom(int b) {
    if (b < 0) {
      return null;
    }
    int i = b;
    int end = -1;
    for (int words = 0; words < MAX_WORDS; words++) {
      int e = finder.wordEnd(i);
      if (e == i || !isNameWord(i, e) || (words == 0 && !Vocabulary.isNameWord(text, i, e))) {
        return null; // the name starts with a word of people's names: روجر، إيفو
      }
      end = e;
      int j = e;
      while (j < n && QuotePairer.isSpace(text.charAt(j))) {
        j++;
      }
      if (j < n && (text.charAt(j) == ArabicCharacters.ARABIC_COMMA || text.charAt(j) == ',')) {
        return new Span(b, end);
      }
      i = j;
    }
    return null;
  }

  private boolean isNameWord(int b, int e) {
    return ArabicWords.isArabicLetter(text.charAt(b))
        && finder.isNameLike(b, e)
        && !Vocabulary.contains(text, b, e);
  }

  /** Returns the start of the word after [.., e) on the same line, or -1. */
  private int nextWord(int e) {
    int i = e;
    while (i < n && QuotePairer.isSpace(text.charAt(i))) {
      i++;
    }
    return i < n && ArabicWords.isWordChar(text.charAt(i)) ? i : -1;
  }
}

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
    Span first = nameFrom(b);
    return first != null ? first : nameFrom(nextWord(e));
  }

  /**
   * Returns the name-like words from {@code b} up to a comma, or null. The word lists are read only
   * once such a run is found, which few sentences have: most sentences cost no lookup.
   */
  private Span nameFrom(int b) {
    if (b < 0) {
      return null;
    }
    int end = commaEnd(b);
    if (end < 0 || !Vocabulary.isNameWord(text, b, finder.wordEnd(b))) {
      return null; // the name starts with a word of people's names: روجر، إيفو
    }
    for (int i = b; i < end; ) {
      int e = finder.wordEnd(i);
      if (Vocabulary.contains(text, i, e)) {
        return null; // وبالنسبة للكنائس، لمست كتفي: common words, no name
      }
      i = e;
      while (i < end && QuotePairer.isSpace(text.charAt(i))) {
        i++;
      }
    }
    return new Span(b, end);
  }

  /**
   * Returns the end of a run of one to {@link #MAX_WORDS} name-like Arabic words from {@code b}
   * that a comma follows, or -1.
   */
  private int commaEnd(int b) {
    int i = b;
    for (int words = 0; words < MAX_WORDS; words++) {
      int e = finder.wordEnd(i);
      if (e == i || !ArabicWords.isArabicLetter(text.charAt(i)) || !finder.isNameLike(i, e)) {
        return -1;
      }
      int j = e;
      while (j < n && QuotePairer.isSpace(text.charAt(j))) {
        j++;
      }
      if (j < n && (text.charAt(j) == ArabicCharacters.ARABIC_COMMA || text.charAt(j) == ',')) {
        return e;
      }
      i = j;
    }
    return -1;
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

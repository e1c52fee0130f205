/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.tawsim.core.text.ArabicCharacters.SUKUN;
import static org.tawsim.core.text.ArabicCharacters.TATWEEL;

import org.tawsim.core.TokenList;

/**
 * The text the quotation rules read, where a word is what the token layer says it is: the source of
 * word boundaries for every rule of the tagger.
 *
 * <p>Every rule finds words as runs of {@link ArabicWords#isWordChar word characters} of the text
 * it is given. Without a token layer that text is the document's own ({@link #of(String)}): a word
 * is a run of letters, digits and combining marks. With one ({@link #of(String, TokenList)}) it is
 * a view of the same length, so that offsets need no map back, in which each run is a run of word
 * tokens:
 *
 * <ul>
 *   <li>inside a word token (one with a letter or a digit), a character that is no word character
 *       reads as {@link org.tawsim.core.text.ArabicCharacters#SUKUN SUKUN}, a word character that
 *       the fold drops and no letter: the right-to-left mark written after قال (قال + U+200F)
 *       leaves the cue قال whole, the points of 10.500.000 stay inside a number that is still no
 *       letters, the {@code #} and {@code _} of a hashtag inside their word;
 *   <li>inside any other token (punctuation, an emoji, a tatweel written as a dash, a mark alone),
 *       a word character reads as {@link #NO_WORD}: the dash of ـ الوزير is no word of its own;
 *   <li>quotation marks and characters no token covers (white space) are left as they are, so the
 *       marks pair as in the text.
 * </ul>
 *
 * <p>The view copies the text only when a token makes it differ, and is never a change of the
 * document. Its one limit: two word tokens written without anything between (الـ84, an Arabic and
 * a Latin word run together) read as one word, as they do without a token layer. The token norms
 * are not read: the cue lists are matched under {@link ArabicWords}' fold, which keeps {@code ة}
 * and {@code ى} apart from {@code ه} and {@code ي} where the tokens' normaliser joins them.
 */
final class WordView {

  /** What a word character outside every word token reads as: no word character, no space. */
  static final char NO_WORD = '\uFFFC';

  private WordView() {}

  /** Returns the text as the rules read it without a token layer: the text itself. */
  static String of(String text) {
    return text;
  }

  /**
   * Returns the text as the rules read it with this token layer: the text itself when every token
   * agrees with the scan of word characters, else a copy of the same length (see the class
   * comment). An empty layer gives the text itself.
   */
  static String of(String text, TokenList tokens) {
    char[] view = null;
    int n = text.length();
    for (int t = 0, size = tokens.size(); t < size; t++) {
      int b = tokens.begin(t);
      int e = Math.min(tokens.end(t), n);
      boolean word = isWordToken(text, b, e);
      for (int i = b; i < e; i++) {
        char c = text.charAt(i);
        char v = c;
        if (ArabicWords.isWordChar(c)) {
          if (!word) {
            v = NO_WORD;
          }
        } else if (word && !QuoteMark.isMark(c)) {
          v = SUKUN;
        }
        if (v != c) {
          if (view == null) {
            view = text.toCharArray();
          }
          view[i] = v;
        }
      }
    }
    return view == null ? text : new String(view);
  }

  /** Returns true for a token with a letter (tatweel is none) or a digit. */
  private static boolean isWordToken(String text, int b, int e) {
    for (int i = b; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) ? c != TATWEEL : isLetterOrDigitPair(text, i, e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLetterOrDigitPair(String text, int i, int e) {
    return Character.isHighSurrogate(text.charAt(i))
        && i + 1 < e
        && Character.isLetterOrDigit(text.codePointAt(i));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.tawsim.core.text.ArabicCharacters.SUKUN;
import static org.tawsim.core.text.ArabicCharacters.TATWEEL;

import java.util.Arrays;
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
 *       and stands between two that are reads as {@link
 *       org.tawsim.core.text.ArabicCharacters#SUKUN SUKUN}, a word character that the fold drops
 *       and no letter: the points of 10.500.000 stay inside a number that is still no letters,
 *       the {@code _} of a hashtag, the {@code ://} of an address inside their word. What comes
 *       before the first word character or after the last stays as it is: the {@code #} of a
 *       hashtag, a mark of direction after قال (U+200F), a zero width space that parts two words
 *       are no part of the word, so a cue or a speaker never starts or ends with one;
 *   <li>inside any other token (punctuation, an emoji, a tatweel written as a dash, a mark alone),
 *       a word character reads as {@link #NO_WORD}: the dash of ـ الوزير is no word of its own;
 *   <li>quotation marks and characters no token covers (white space) are left as they are, so the
 *       marks pair as in the text.
 * </ul>
 *
 * <p>The view copies the text only when a token makes it differ, and is never a change of the
 * document. It reads only the tokens that may differ: those where characters that are no space
 * stand between word characters, and those that hold a tatweel, a mark after no word character or
 * half of a surrogate pair; so a text costs one pass over its characters. Its one limit: two word tokens written without anything between (الـ84, an Arabic and
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
    char[] chars = text.toCharArray();
    char[] view = view(text, tokens, chars);
    return view == chars ? text : new String(view);
  }

  /**
   * Returns the characters of {@link #of(String, TokenList)}, from 0: {@code chars} itself, which
   * holds the text's characters from 0 (and may be longer), when every token agrees, else a copy
   * changed as the class comment says; {@code chars} is never changed. The pass over every
   * character reads the array: {@link String#charAt} checks the index and the coder at each call,
   * which the launcher's C1 compiler keeps in the loop.
   */
  static char[] view(String text, TokenList tokens, char[] chars) {
    int n = text.length();
    Reader reader = new Reader(text, tokens, chars);
    boolean previousWord = false;
    int run = -1; // where the non-word characters after a word character began, or -1
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (ArabicWords.isWordChar(c)) {
        if (run >= 0) {
          reader.read(run); // 3.5، http://، السعودية_تتحد: in one word token or between two
          run = -1;
        }
        if (c == TATWEEL || Character.isSurrogate(c) || !previousWord && isMark(c)) {
          reader.read(i); // a dash, half an emoji, a mark alone: maybe in no word token
        }
        previousWord = true;
      } else if (previousWord) {
        run = isBlank(c) ? -1 : i;
        previousWord = false;
      } else if (run >= 0 && isBlank(c)) {
        run = -1;
      }
    }
    return reader.view();
  }

  /**
   * Reads the tokens that hold the characters it is given, in text order, into a copy of the
   * text made when a token first reads otherwise.
   */
  private static final class Reader {
    private final String text;
    private final TokenList tokens;
    private final char[] chars;
    private char[] view;
    /** The first token that may hold a character not yet read. */
    private int t;
    /** The characters before this one are read. */
    private int done;

    Reader(String text, TokenList tokens, char[] chars) {
      this.text = text;
      this.tokens = tokens;
      this.chars = chars;
    }

    /** Reads the token that holds the character at {@code i}, if any and not read yet. */
    void read(int i) {
      if (i < done) {
        return;
      }
      int size = tokens.size();
      while (t < size && tokens.end(t) <= i) {
        t++;
      }
      if (t == size || tokens.begin(t) > i) {
        return; // no token covers it
      }
      int b = tokens.begin(t);
      int e = Math.min(tokens.end(t), text.length());
      done = e;
      if (isWordToken(text, b, e)) {
        // the characters between its first and last word character (see the class comment)
        int first = b;
        while (!ArabicWords.isWordChar(text.charAt(first))) {
          first++;
        }
        int last = e - 1;
        while (!ArabicWords.isWordChar(text.charAt(last))) {
          last--;
        }
        for (int k = first + 1; k < last; k++) {
          char c = text.charAt(k);
          if (!ArabicWords.isWordChar(c) && !QuoteMark.isMark(c)) {
            set(k, SUKUN);
          }
        }
      } else {
        for (int k = b; k < e; k++) {
          if (ArabicWords.isWordChar(text.charAt(k))) {
            set(k, NO_WORD);
          }
        }
      }
    }

    private void set(int k, char c) {
      if (view == null) {
        view = Arrays.copyOf(chars, text.length());
      }
      view[k] = c;
    }

    char[] view() {
      return view == null ? chars : view;
    }
  }

  /** Returns true for white space, which no token holds. */
  private static boolean isBlank(char c) {
    // no white space between U+00A0 and U+1680: punctuation is told without Character's tables
    return c <= ' ' || c == '\u00A0' || c >= '\u1680' && Character.isWhitespace(c);
  }

  /** Returns true for a combining mark; the Arabic letters and all below U+0300 are none. */
  private static boolean isMark(char c) {
    if (c < '\u0300' || (c >= '\u0621' && c <= '\u064A')) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
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

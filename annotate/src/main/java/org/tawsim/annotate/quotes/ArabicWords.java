/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.tawsim.core.text.ArabicCharacters.TATWEEL;

import java.util.EnumSet;
import org.tawsim.core.text.ArabicCharacters;
import org.tawsim.core.text.ArabicNormalizer;
import org.tawsim.core.text.ArabicNormalizer.Step;

/**
 * Character classes and the matching fold the quotation tagger uses on raw text, without copying
 * it: word characters, and a per-character fold under which cue words are compared.
 *
 * <p>The fold is core's {@link ArabicNormalizer} with the steps {@link #FOLD_STEPS}, copied into a
 * table once: it drops the diacritics and tatweel, maps the alef variants ({@code أ إ آ ٱ}) to bare
 * alef, the Persian letters to the Arabic ones and ASCII capitals to small letters. The steps for
 * teh marbuta and alef maksura are off: {@code دعوة} is a noun cue, {@code دعوه} "call him" is not;
 * {@code على} is a preposition, {@code علي} a name. It is a fold for looking words up, never a
 * change of the text.
 */
final class ArabicWords {

  static final char COLON = ':';

  /** The steps of the fold. */
  private static final EnumSet<Step> FOLD_STEPS =
      EnumSet.of(Step.DIACRITICS, Step.TATWEEL, Step.ALEF, Step.PERSIAN_LETTERS, Step.ASCII_CASE);

  /** Up to here the fold and the word classes are a table; above it the fold keeps every character. */
  private static final int TABLE = 0x0900;
  /** The fold of each character below {@link #TABLE}; 0 means "dropped". */
  private static final char[] FOLD = new char[TABLE];
  private static final boolean[] WORD = new boolean[TABLE];

  static {
    ArabicNormalizer normalizer = ArabicNormalizer.of(FOLD_STEPS);
    for (char c = 0; c < TABLE; c++) {
      WORD[c] = computeWordChar(c);
      char f = normalizer.map(c);
      FOLD[c] = f == ArabicNormalizer.REMOVED ? 0 : f;
    }
  }

  private ArabicWords() {}

  private static boolean computeWordChar(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * Returns the start of the word of {@code text} that ends at {@code end}, not before {@code
   * limit}; {@code end} when no word character precedes it.
   */
  static int wordBack(String text, int end, int limit) {
    int i = end;
    while (i > limit && isWordChar(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * Returns the end of the word of {@code text} that starts at {@code begin}, not after {@code
   * limit}; {@code begin} when no word character stands there.
   */
  static int wordEnd(String text, int begin, int limit) {
    int i = begin;
    while (i < limit && isWordChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Returns true for a character that belongs to a word: letters, digits, combining marks. */
  static boolean isWordChar(char c) {
    if (c < TABLE) {
      return WORD[c];
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || Character.isSurrogate(c);
  }

  /** Returns the folded character, or 0 when the fold drops it. */
  static char fold(char c) {
    return c < TABLE ? FOLD[c] : c;
  }

  /** Returns true for an Arabic letter (U+0620 to U+064A, U+066E to U+06D3). */
  static boolean isArabicLetter(char c) {
    return (c >= '\u0620' && c <= '\u064A' && c != TATWEEL) || (c >= '\u066E' && c <= '\u06D3');
  }

  /** Returns the folded form of a word as a string, for building tables. */
  static String fold(CharSequence word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char f = fold(word.charAt(i));
      if (f != 0) {
        sb.append(f);
      }
    }
    return sb.toString();
  }

  /** Returns the offset of the first character of [begin, end) the fold keeps, or end. */
  static int firstKept(String text, int begin, int end) {
    int i = begin;
    while (i < end && fold(text.charAt(i)) == 0) {
      i++;
    }
    return i;
  }

  /**
   * Returns the offset of the last character of [begin, end) the fold keeps, searching back no
   * further than begin: begin when no later character is kept (a word's final diacritics and
   * tatweel skipped: قالَ، طبقاً).
   */
  static int lastKept(String text, int begin, int end) {
    int i = end - 1;
    while (i > begin && fold(text.charAt(i)) == 0) {
      i--;
    }
    return i;
  }

  /**
   * Returns the first character of [begin, end) the fold keeps, folded, or 0 when it keeps none: a
   * word of tatweel or marks alone (a tatweel dash, a stray diacritic) starts with no letter.
   */
  static char firstKeptChar(String text, int begin, int end) {
    int i = firstKept(text, begin, end);
    return i < end ? fold(text.charAt(i)) : 0;
  }

  /** Returns the number of characters of [begin, end) the fold keeps. */
  static int foldedLength(String text, int begin, int end) {
    int len = 0;
    for (int i = begin; i < end; i++) {
      if (fold(text.charAt(i)) != 0) {
        len++;
      }
    }
    return len;
  }

  /** Returns true when the folded word [begin, end) starts with the folded {@code prefix}. */
  static boolean startsWith(String text, int begin, int end, String prefix) {
    int k = 0;
    for (int i = begin; i < end && k < prefix.length(); i++) {
      char f = fold(text.charAt(i));
      if (f == 0) {
        continue;
      }
      if (f != prefix.charAt(k)) {
        return false;
      }
      k++;
    }
    return k == prefix.length();
  }

  /**
   * Returns true when the word [begin, end) opens with the article ال: a bare alef (or alef wasla)
   * and lam. The fold maps أ إ آ to alef too, so a folded prefix test reads the stems آلية، ألمانيا،
   * إلى، ألف as definite; the article is never written with a hamza or a madda.
   */
  static boolean hasArticle(String text, int begin, int end) {
    int a = firstKept(text, begin, end);
    if (a >= end) {
      return false;
    }
    char c = text.charAt(a);
    if (c != ArabicCharacters.ALEF && c != ArabicCharacters.ALEF_WASLA) {
      return false;
    }
    int l = firstKept(text, a + 1, end);
    return l < end && fold(text.charAt(l)) == ArabicCharacters.LAM;
  }

  /** Returns true when the folded words [b1, e1) and [b2, e2) are equal. */
  static boolean sameWord(String text, int b1, int e1, int b2, int e2) {
    int i = b1;
    int j = b2;
    while (true) {
      while (i < e1 && fold(text.charAt(i)) == 0) {
        i++;
      }
      while (j < e2 && fold(text.charAt(j)) == 0) {
        j++;
      }
      if (i == e1 || j == e2) {
        return i == e1 && j == e2;
      }
      if (fold(text.charAt(i)) != fold(text.charAt(j))) {
        return false;
      }
      i++;
      j++;
    }
  }

  /** Returns true when the folded word [begin, end) equals the folded {@code word}. */
  static boolean sameWordAs(String text, int begin, int end, String word) {
    int k = 0;
    for (int i = begin; i < end; i++) {
      char f = fold(text.charAt(i));
      if (f == 0) {
        continue;
      }
      if (k == word.length() || f != word.charAt(k)) {
        return false;
      }
      k++;
    }
    return k == word.length();
  }
}

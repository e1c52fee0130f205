/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.tawsim.core.text.ArabicCharacters.ALEF;
import static org.tawsim.core.text.ArabicCharacters.ALEF_HAMZA_ABOVE;
import static org.tawsim.core.text.ArabicCharacters.ALEF_HAMZA_BELOW;
import static org.tawsim.core.text.ArabicCharacters.ALEF_MADDA;
import static org.tawsim.core.text.ArabicCharacters.BEH;
import static org.tawsim.core.text.ArabicCharacters.FATHATAN;
import static org.tawsim.core.text.ArabicCharacters.FEH;
import static org.tawsim.core.text.ArabicCharacters.HEH;
import static org.tawsim.core.text.ArabicCharacters.KAF;
import static org.tawsim.core.text.ArabicCharacters.LAM;
import static org.tawsim.core.text.ArabicCharacters.WAW;
import static org.tawsim.core.text.ArabicCharacters.YEH;

/**
 * What a token shows as written, before normalisation takes it away: a hamza on the alef of لأداء
 * or ألفيس, the tanwin of عاماً, the pronoun of حقه. {@link Words} asks these of every token of
 * {@code text[begin, end)}; each reads a few characters at the token's ends, from the text's
 * characters in an array ({@link WordArrays#text}).
 */
final class WrittenShapes {

  private WrittenShapes() {}

  /** Where a token as written starts after a conjunction و or ف, if it has one and more than 3 chars. */
  private static int afterConjunction(char[] text, int begin, int end) {
    return end - begin > 3 && (text[begin] == WAW || text[begin] == FEH)
        ? begin + 1
        : begin;
  }

  /**
   * True when the token starts (after و or ف) with a hamza on alef and lam (ألفيس، ألونسو، ألقى):
   * normalisation makes it look definite, but the article has no hamza.
   */
  static boolean startsWithHamzaLam(char[] text, int begin, int end) {
    int i = afterConjunction(text, begin, end);
    if (end - i < 3) {
      return false;
    }
    char c = text[i];
    return (c == ALEF_HAMZA_ABOVE || c == ALEF_HAMZA_BELOW || c == ALEF_MADDA)
        && text[i + 1] == LAM;
  }

  /** True when the token starts (after و or ف) with ب، ل or ك on a hamza (لأداء). */
  static boolean prepositionOnHamza(char[] text, int begin, int end) {
    int i = afterConjunction(text, begin, end);
    if (end - i < 4) {
      return false;
    }
    char p = text[i];
    char c = text[i + 1];
    return (p == BEH || p == LAM || p == KAF)
        && (c == ALEF_HAMZA_ABOVE || c == ALEF_HAMZA_BELOW || c == ALEF_MADDA);
  }

  /** Fathatan as the last mark, before or after the final alef: اً or ًا. */
  static boolean tanwinFath(char[] text, int begin, int end) {
    int n = end - begin;
    return n >= 2
        && (text[end - 1] == FATHATAN
            || text[end - 2] == FATHATAN && text[end - 1] == ALEF);
  }

  /** True when the token ends with an attached pronoun ه or ها (حقه، بدونها), not ـيه nor الله. */
  static boolean pronounEnding(char[] text, int begin, int end) {
    int n = end - begin;
    if (n < 4 || text[end - 1] == ALEF && n < 5) {
      return false;
    }
    int h = text[end - 1] == ALEF ? end - 2 : end - 1;
    if (text[h] != HEH) {
      return false;
    }
    char before = text[h - 1];
    return before != YEH && !(before == LAM && text[h - 2] == LAM); // جوزيه، الله
  }
}

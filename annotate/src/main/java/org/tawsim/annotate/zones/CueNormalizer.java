/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.zones;

import java.util.EnumSet;
import org.tawsim.core.text.ArabicNormalizer;
import org.tawsim.core.text.ArabicNormalizer.Step;

/**
 * Folds the spelling variants that page furniture comes in, so that one cue matches them all:
 * {@code إقرأ أيضاً}, {@code اقرأ ايضا} and {@code اقرا أيضًا} fold to the same string.
 *
 * <p>Rules: core's {@link ArabicNormalizer} with the steps {@link Step#DIACRITICS}, {@link
 * Step#TATWEEL}, {@link Step#ALEF}, {@link Step#ALEF_MAKSURA}, {@link Step#TEH_MARBUTA} and {@link
 * Step#ASCII_CASE}, one character at a time; then every run of whitespace becomes one space. The
 * result is used for matching only: offsets are always taken from the original text.
 */
final class CueNormalizer {

  private static final ArabicNormalizer FOLD =
      ArabicNormalizer.of(
          EnumSet.of(
              Step.DIACRITICS,
              Step.TATWEEL,
              Step.ALEF,
              Step.ALEF_MAKSURA,
              Step.TEH_MARBUTA,
              Step.ASCII_CASE));

  private CueNormalizer() {}

  /** Returns the folded form of {@code text[begin, end)}. */
  static String fold(String text, int begin, int end) {
    StringBuilder sb = new StringBuilder(end - begin);
    boolean space = false;
    for (int i = begin; i < end; i++) {
      char c = FOLD.map(text.charAt(i));
      if (c == ArabicNormalizer.REMOVED) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Returns the folded form of a whole string. */
  static String fold(String text) {
    return fold(text, 0, text.length());
  }
}

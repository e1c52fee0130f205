/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import static org.tawsim.core.text.ArabicCharacters.BEH;
import static org.tawsim.core.text.ArabicCharacters.DEFINITE_ARTICLE;
import static org.tawsim.core.text.ArabicCharacters.FEH;
import static org.tawsim.core.text.ArabicCharacters.KAF;
import static org.tawsim.core.text.ArabicCharacters.LAM;
import static org.tawsim.core.text.ArabicCharacters.WAW;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicNormalizer;

/**
 * The speaker rule of {@link QuotationScorer}: a predicted speaker is right when it overlaps the
 * gold speaker, or when the two share a content word (another mention of the same source).
 *
 * <p>A content word is a run of letters that still has at least three letters after:
 *
 * <ol>
 *   <li>removing diacritics and tatweel, folding أ إ آ ٱ to ا, ى to ي and ة to ه (core's {@link
 *       ArabicNormalizer} with exactly those steps);
 *   <li>in a word longer than four letters, stripping one leading و ف ب ل ك (but not the ل of a
 *       leading لل);
 *   <li>then, in a word still longer than four letters, stripping a leading ال or لل.
 * </ol>
 *
 * <p>So والرئيس, للرئيس and الرئيس all give رئيس, while وزير (four letters) stays وزير. Both sides go
 * through the same steps, so a word that merely starts with one of those letters (وزارة) still
 * matches itself.
 */
final class SpeakerMatch {

  /** The folding the measure names, and nothing more (no hamza carriers, no digits). */
  private static final ArabicNormalizer FOLDING =
      ArabicNormalizer.of(
          EnumSet.of(
              ArabicNormalizer.Step.DIACRITICS,
              ArabicNormalizer.Step.TATWEEL,
              ArabicNormalizer.Step.ALEF,
              ArabicNormalizer.Step.ALEF_MAKSURA,
              ArabicNormalizer.Step.TEH_MARBUTA));

  private static final int MIN_LETTERS = 3;
  private static final int STRIP_ABOVE = 4;

  private SpeakerMatch() {}

  /** Returns true when {@code predicted} is a right speaker for {@code gold} in {@code text}. */
  static boolean right(String text, Span gold, Span predicted) {
    if (predicted == null) {
      return false;
    }
    if (predicted.overlaps(gold)) {
      return true;
    }
    Set<String> goldWords = contentWords(text, gold);
    for (String w : contentWords(text, predicted)) {
      if (goldWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the content words of {@code text[span]}, folded and stripped. */
  static Set<String> contentWords(String text, Span span) {
    String folded = FOLDING.normalizeToString(text, span.begin(), span.end());
    Set<String> words = new HashSet<>();
    int i = 0;
    while (i < folded.length()) {
      if (!Character.isLetter(folded.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < folded.length() && Character.isLetter(folded.charAt(i))) {
        i++;
      }
      String w = strip(folded.substring(start, i));
      if (w.length() >= MIN_LETTERS) {
        words.add(w);
      }
    }
    return words;
  }

  /** Strips one leading و ف ب ل ك, then ال or لل, each only from a word longer than four letters. */
  static String strip(String word) {
    String w = word;
    if (w.length() > STRIP_ABOVE && isClitic(w.charAt(0)) && !w.startsWith(LAM_LAM)) {
      w = w.substring(1);
    }
    if (w.length() > STRIP_ABOVE && (w.startsWith(DEFINITE_ARTICLE) || w.startsWith(LAM_LAM))) {
      w = w.substring(2);
    }
    return w;
  }

  private static final String LAM_LAM = String.valueOf(new char[] {LAM, LAM});

  private static boolean isClitic(char c) {
    return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF;
  }
}

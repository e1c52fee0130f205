/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;

/**
 * OpenNLP's end-of-sentence scanner, giving the same positions without boxing every character:
 * the offsets of a line's end characters (those of the model: {@code . ! ? ؟} and the like), in
 * order.
 *
 * <p>Why: OpenNLP's {@code DefaultEndOfSentenceScanner} asks a {@code Set<Character>} about each
 * character of the line, and every character above U+007F (all of Arabic) is a new {@link
 * Character}: 387 MB of them in a profile of {@code tawsim annotate} on SaudiNewsNet five times,
 * a tenth of everything the run allocated, and 3% of its CPU samples. Here a table answers.
 *
 * <p>Immutable and thread-safe.
 */
final class EndCharacterScanner implements EndOfSentenceScanner {

  private final Set<Character> endCharacters;
  /** True at each end character; shorter than the highest char value, so checked first. */
  private final boolean[] isEnd;

  /** A scanner for the end characters that OpenNLP's own scanner has. */
  EndCharacterScanner(EndOfSentenceScanner openNlp) {
    this.endCharacters = openNlp.getEOSCharacters();
    int max = 0;
    for (char c : endCharacters) {
      max = Math.max(max, c);
    }
    this.isEnd = new boolean[max + 1];
    for (char c : endCharacters) {
      isEnd[c] = true;
    }
  }

  /** {@return true when {@code c} is one of the model's end characters} */
  boolean isEnd(char c) {
    return c < isEnd.length && isEnd[c];
  }

  @Override
  public Set<Character> getEOSCharacters() {
    return endCharacters;
  }

  @Override
  public List<Integer> getPositions(CharSequence s) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      if (isEnd(s.charAt(i))) {
        positions.add(i);
      }
    }
    return positions;
  }

  @Override
  public List<Integer> getPositions(StringBuffer s) {
    return getPositions((CharSequence) s);
  }

  @Override
  public List<Integer> getPositions(char[] s) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      if (isEnd(s[i])) {
        positions.add(i);
      }
    }
    return positions;
  }
}

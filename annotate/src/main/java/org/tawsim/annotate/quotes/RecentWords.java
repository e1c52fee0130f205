/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

/**
 * The last few words read, oldest first, for the phrase lookups of {@link CueLexicon} (على حد
 * تعبيره، في إشارة إلى). Mutable; one per pass.
 */
final class RecentWords {

  static final int SIZE = 6;

  final int[] begins = new int[SIZE];
  final int[] ends = new int[SIZE];
  int count;

  void push(int begin, int end) {
    if (count == SIZE) {
      System.arraycopy(begins, 1, begins, 0, SIZE - 1);
      System.arraycopy(ends, 1, ends, 0, SIZE - 1);
      count--;
    }
    begins[count] = begin;
    ends[count] = end;
    count++;
  }

  /** Returns the start of the word {@code back} words before the last one (0: the last). */
  int beginBack(int back) {
    return begins[count - 1 - back];
  }

  /** Returns the end of the word {@code back} words before the last one (0: the last). */
  int endBack(int back) {
    return ends[count - 1 - back];
  }

  int phraseCueLength(String text, CueLexicon lexicon) {
    return lexicon.phraseCueLength(text, begins, ends, count);
  }

  int scopeBreakLength(String text, CueLexicon lexicon) {
    return lexicon.scopeBreakLength(text, begins, ends, count);
  }

  void clear() {
    count = 0;
  }
}

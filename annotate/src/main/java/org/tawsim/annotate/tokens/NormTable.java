/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.tokens;

import org.tawsim.core.TokenList;

/**
 * The forms of one text's tokens, one {@linkplain TokenList#form form} and one norm string per
 * distinct token text: a word seen again gets the form made the first time, with no new
 * allocation, and later steps can work once per form. The first 65,536 distinct texts are kept
 * ({@link #MAX_CAPACITY}); a text first seen after them gets a new form each time.
 *
 * <p>Why: a token's normal form depends only on its characters, and a long text repeats its words.
 * Without sharing, a 10 MB document kept about 1.7 million norm strings alive (25 bytes allocated
 * per character, half of them these strings); a token layer that outgrows the young generation is
 * copied and promoted by the garbage collector, so the time per character grew with the document.
 * With sharing, the strings grow with the vocabulary instead (12 bytes per character at 10 MB).
 *
 * <p>An open-addressing table keyed by the token's characters in the text (hash of the range,
 * compared with {@link String#regionMatches}), so looking up allocates nothing. One table serves
 * one text and one token list builder; not thread-safe.
 */
final class NormTable {

  /** Makes the normal form of a range of the text, the first time its characters are seen. */
  interface Maker {
    String norm(int begin, int end);
  }

  /**
   * Most slots a table grows to: 65,536 distinct words, enough for the frequent words of any text,
   * in arrays that stay in the processor's cache and below the collector's large-object size.
   */
  static final int MAX_CAPACITY = 1 << 17;

  private final String text;
  private final Maker maker;
  private final TokenList.Builder tokens;
  /** Begin and end in {@link #text} of the first token with each text. */
  private int[] begins;
  private int[] ends;
  /** The form of the first token with each text, plus one; 0 marks a free slot. */
  private int[] forms;
  private int size;

  /** Returns a table for the tokens of {@code text}, whose forms it adds to {@code tokens}. */
  NormTable(String text, Maker maker, TokenList.Builder tokens) {
    this.text = text;
    this.maker = maker;
    this.tokens = tokens;
    // about one distinct word per 40 characters in news text up to a few hundred KB, fewer beyond
    int capacity = Integer.highestOneBit(Math.max(64, Math.min(text.length() / 16, 1 << 16)) - 1) << 1;
    this.begins = new int[capacity];
    this.ends = new int[capacity];
    this.forms = new int[capacity];
  }

  /**
   * Returns the form of {@code text[begin, end)}: the one added for an earlier token with the same
   * characters, or a new one with the norm the {@link Maker} gives.
   */
  int form(int begin, int end) {
    int length = end - begin;
    int h = 0;
    for (int i = begin; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    int mask = forms.length - 1;
    int slot = mix(h) & mask;
    while (forms[slot] != 0) {
      int b = begins[slot];
      if (ends[slot] - b == length && text.regionMatches(b, text, begin, length)) {
        return forms[slot] - 1;
      }
      slot = (slot + 1) & mask;
    }
    int form = tokens.addForm(maker.norm(begin, end));
    if (forms.length == MAX_CAPACITY && (size + 1) * 2 > MAX_CAPACITY) {
      return form; // full: a word first seen this late is rare, and gets a form of its own
    }
    begins[slot] = begin;
    ends[slot] = end;
    forms[slot] = form + 1;
    if (++size * 2 > forms.length) {
      grow();
    }
    return form;
  }

  private void grow() {
    int[] oldBegins = begins;
    int[] oldEnds = ends;
    int[] oldForms = forms;
    int capacity = oldForms.length * 2;
    begins = new int[capacity];
    ends = new int[capacity];
    forms = new int[capacity];
    int mask = capacity - 1;
    for (int s = 0; s < oldForms.length; s++) {
      if (oldForms[s] == 0) {
        continue;
      }
      int h = 0;
      for (int i = oldBegins[s]; i < oldEnds[s]; i++) {
        h = 31 * h + text.charAt(i);
      }
      int slot = mix(h) & mask;
      while (forms[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      begins[slot] = oldBegins[s];
      ends[slot] = oldEnds[s];
      forms[slot] = oldForms[s];
    }
  }

  /** Spreads the bits of a string hash (as HashMap does) so that the low bits differ. */
  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}

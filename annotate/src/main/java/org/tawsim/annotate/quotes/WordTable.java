/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.Arrays;

/**
 * A set of folded words, each with bit flags, looked up straight from a range of the text without
 * copying it (see {@link ArabicWords} for the fold).
 *
 * <p>Open addressing over an array a little more than twice the number of words. Each slot keeps
 * its word's hash beside the word, so that a probe of another word (most words of a text are in no
 * list) is told apart by an int, without reading the word's characters. Filled once, then read
 * only: safe to share between threads once built.
 */
final class WordTable {

  private String[] keys;
  /** The {@link #mix mixed} hash of each slot's key. */
  private int[] hashes;
  private int[] flags;
  private int size;
  private int mask;
  private int maxLength;

  WordTable() {
    keys = new String[64];
    hashes = new int[64];
    flags = new int[64];
    mask = 63;
  }

  /** Adds a word with flags, or adds the flags to a word already present. */
  void add(String word, int flag) {
    String key = ArabicWords.fold(word);
    if (key.isEmpty()) {
      return;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int h = hash(key, 0, key.length());
    int slot = h & mask;
    while (keys[slot] != null) {
      if (keys[slot].equals(key)) {
        flags[slot] |= flag;
        return;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    hashes[slot] = h;
    flags[slot] = flag;
    size++;
    maxLength = Math.max(maxLength, key.length());
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldFlags = flags;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    flags = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = oldHashes[i] & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        hashes[slot] = oldHashes[i];
        flags[slot] = oldFlags[i];
        size++;
      }
    }
  }

  private static int hash(String s, int begin, int end) {
    int h = 0;
    for (int i = begin; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    return mix(h);
  }

  /** Spreads the bits of a polynomial hash over the low bits the table uses (murmur3 finaliser). */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** Returns the flags of the word text[begin, end) under the fold, or 0 when it is absent. */
  int flags(String text, int begin, int end) {
    int h = 0;
    int len = 0;
    for (int i = begin; i < end; i++) {
      char f = ArabicWords.fold(text.charAt(i));
      if (f != 0) {
        h = 31 * h + f;
        len++;
      }
    }
    return lookup(h, len, text, begin, end, false);
  }

  /**
   * Returns the flags of a word whose folded hash and length the caller computed; with {@code
   * skipFirst}, of the word without its first kept character (a conjunction).
   */
  int lookup(int h, int len, String text, int begin, int end, boolean skipFirst) {
    if (len == 0 || len > maxLength) {
      return 0;
    }
    int mixed = mix(h);
    int slot = mixed & mask;
    for (String k = keys[slot]; k != null; k = keys[slot]) {
      if (hashes[slot] == mixed && k.length() == len && matches(k, text, begin, end, skipFirst)) {
        return flags[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  private static boolean matches(
      String key, String text, int begin, int end, boolean skipFirst) {
    int k = 0;
    boolean skip = skipFirst;
    for (int i = begin; i < end; i++) {
      char f = ArabicWords.fold(text.charAt(i));
      if (f == 0) {
        continue;
      }
      if (skip) {
        skip = false;
        continue;
      }
      if (key.charAt(k++) != f) {
        return false;
      }
    }
    return true;
  }

  /** Returns the number of words. */
  int size() {
    return size;
  }

  @Override
  public String toString() {
    return "WordTable" + Arrays.toString(Arrays.stream(keys).filter(k -> k != null).sorted().toArray());
  }
}

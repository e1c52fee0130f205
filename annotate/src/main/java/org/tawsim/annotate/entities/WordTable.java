/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.Map;

/**
 * An immutable map from words to values, laid out for the tagger's lookups: a few per token,
 * nearly half of them for a word that is not there (a clitic reading of a word that has none).
 *
 * <p>A {@link java.util.HashMap} reaches a word through its bucket, an entry object, the key string
 * and the key's characters, four objects wherever the heap put them. Here a Bloom filter of 8 bytes
 * per 8 slots answers most words that are not there; the slots are one array of longs (the key's
 * hash and where its characters start), open-addressed with linear probing, and the keys'
 * characters are one char array: a word that is there costs the filter, a slot and its characters,
 * then its value. The whole is a fraction of the map's size, so more of it stays in the processor's
 * caches.
 *
 * <p>Built once, then only read: safe to share between threads once published.
 */
final class WordTable<V> {

  private static final long EMPTY = 0;

  /**
   * A blocked Bloom filter of the keys: two bits in one long per key, chosen by the hash. A word
   * that is not there, whose slot would be a cache miss more often than not (the table is larger
   * than a core's second-level cache once the lists grow), is told apart here in a few kilobytes
   * that stay cached: nearly half the lookups.
   */
  private final long[] filter;
  /** Per slot: the key's hash in the high half, 1 + the offset of its length in {@link #chars}. */
  private final long[] slots;
  /** Per slot: the key's value. */
  private final Object[] values;
  /** Each key as its length, then its characters. */
  private final char[] chars;
  private final int shift;
  private final int filterShift;

  private WordTable(long[] slots, Object[] values, char[] chars) {
    this.slots = slots;
    this.values = values;
    this.chars = chars;
    this.shift = Integer.numberOfLeadingZeros(slots.length - 1);
    // a long per eight slots: 8 bits per slot, 13 or more per key at most 60% full; about 2% of
    // the words not there pass
    this.filter = new long[Math.max(1, slots.length / 8)];
    // unused for one block, where it would be 32, which Java reads as no shift
    this.filterShift = Integer.numberOfLeadingZeros(filter.length - 1);
  }

  private int block(int hash) {
    return filter.length == 1 ? 0 : (hash * 0x7FEB352D) >>> filterShift;
  }

  /** The two bits of a hash in its block: from bits the block index and the slot do not use. */
  private static long bits(int hash) {
    return 1L << (hash & 63) | 1L << ((hash >>> 6) & 63);
  }

  /**
   * Returns a table of the entries of a map.
   *
   * @throws IllegalArgumentException when a key is longer than 65,535 characters
   */
  static <V> WordTable<V> of(Map<String, V> map) {
    int size = 4;
    while (size * 3L < map.size() * 5L) { // at most 60% full: a missing word probes 3 slots or so
      size <<= 1;
    }
    long[] slots = new long[size];
    Object[] values = new Object[size];
    int total = 0;
    for (String k : map.keySet()) {
      total += k.length() + 1;
    }
    char[] chars = new char[total];
    WordTable<V> table = new WordTable<>(slots, values, chars);
    int at = 0;
    for (Map.Entry<String, V> e : map.entrySet()) {
      String k = e.getKey();
      if (k.length() > Character.MAX_VALUE) {
        throw new IllegalArgumentException("word of " + k.length() + " characters");
      }
      int h = k.hashCode();
      int slot = table.home(h);
      while (slots[slot] != EMPTY) {
        slot = (slot + 1) & (size - 1);
      }
      slots[slot] = (long) h << 32 | (at + 1);
      table.filter[table.block(h)] |= bits(h);
      values[slot] = e.getValue();
      chars[at] = (char) k.length();
      k.getChars(0, k.length(), chars, at + 1);
      at += k.length() + 1;
    }
    return table;
  }

  private int home(int hash) {
    return (hash * 0x9E3779B9) >>> shift; // Fibonacci hashing: high bits of the product
  }

  /** Returns the value of a word, or null when the table does not hold it. */
  @SuppressWarnings("unchecked") // values[slot] was put there as a V
  V get(String word) {
    int h = word.hashCode();
    long b = bits(h);
    if ((filter[block(h)] & b) != b) {
      return null;
    }
    int mask = slots.length - 1;
    for (int slot = home(h); ; slot = (slot + 1) & mask) {
      long s = slots[slot];
      if (s == EMPTY) {
        return null;
      }
      if ((int) (s >>> 32) == h && same(word, (int) s - 1)) {
        return (V) values[slot];
      }
    }
  }

  private boolean same(String word, int at) {
    int n = word.length();
    if (chars[at] != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (chars[at + 1 + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}

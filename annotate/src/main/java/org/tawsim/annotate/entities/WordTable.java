/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * An immutable map from words to values, laid out for the tagger's lookups: a few per token,
 * nearly half of them for a word that is not there (a clitic reading of a word that has none).
 *
 * <p>A {@link java.util.HashMap} reaches a word through its bucket, an entry object, the key string
 * and the key's characters, four objects wherever the heap put them. Here a Bloom filter of 8 bytes
 * per 8 slots answers most words that are not there; the slots are one array of longs, three per
 * slot (the key's hash, length and where its characters start; then its first eight characters),
 * open-addressed with linear probing, and the keys' characters are one char array: a word that is
 * there costs the filter and a slot, where its first eight characters are checked (98% of the
 * words found in news text have no more), then its value. The whole is a fraction of the map's
 * size, so more of it stays in the processor's caches.
 *
 * <p>Why the characters in the slot: with them only in the char array, confirming a word the hash
 * had found read a second place of memory, away from the slot, for every word found; the tagger
 * spent a tenth of its time there (its time fell by 9% when that check was left out, on
 * SaudiNewsNet with the launcher's C1 compiler).
 *
 * <p>Built once, then only read: safe to share between threads once published.
 */
final class WordTable<V> {

  private static final long EMPTY = 0;
  private static final int STRIDE = 3;
  /** The length field's largest value: a key this long or longer is compared in {@link #chars}. */
  private static final int LONG_KEY = 0xFF;
  private static final int OFFSET_BITS = 24;

  /**
   * A blocked Bloom filter of the keys: two bits in one long per key, chosen by the hash. A word
   * that is not there, whose slot would be a cache miss more often than not (the table is larger
   * than a core's second-level cache once the lists grow), is told apart here in a few kilobytes
   * that stay cached: nearly half the lookups.
   */
  private final long[] filter;
  /**
   * Three longs per slot: the key's hash in the high half, its length (at most {@link #LONG_KEY})
   * in the next 8 bits and 1 + the offset of its length in {@link #chars} in the low 24 (0: a free
   * slot); then its first four characters and its next four ({@link #pack}, 0 past its end).
   */
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
    int slotCount = slots.length / STRIDE;
    this.shift = Integer.numberOfLeadingZeros(slotCount - 1);
    // a long per eight slots: 8 bits per slot, 13 or more per key at most 60% full; about 2% of
    // the words not there pass
    this.filter = new long[Math.max(1, slotCount / 8)];
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
   * @throws IllegalArgumentException when a key is longer than 65,535 characters, or the keys
   *     have more than 16 million characters in all
   */
  static <V> WordTable<V> of(Map<String, V> map) {
    int size = 4;
    while (size * 3L < map.size() * 5L) { // at most 60% full: a missing word probes 3 slots or so
      size <<= 1;
    }
    long[] slots = new long[size * STRIDE];
    Object[] values = new Object[size];
    int total = 0;
    for (String k : map.keySet()) {
      total += k.length() + 1;
    }
    if (total >= 1 << OFFSET_BITS) {
      throw new IllegalArgumentException("keys of " + total + " characters in all");
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
      while (slots[slot * STRIDE] != EMPTY) {
        slot = (slot + 1) & (size - 1);
      }
      slots[slot * STRIDE] = header(h, k.length(), at + 1);
      slots[slot * STRIDE + 1] = pack(k, 0);
      slots[slot * STRIDE + 2] = pack(k, 4);
      table.filter[table.block(h)] |= bits(h);
      values[slot] = e.getValue();
      chars[at] = (char) k.length();
      k.getChars(0, k.length(), chars, at + 1);
      at += k.length() + 1;
    }
    return table;
  }

  /** A slot's first long: hash, length (capped at {@link #LONG_KEY}) and 1 + offset. */
  private static long header(int hash, int length, int offsetPlusOne) {
    return (long) hash << 32 | (long) Math.min(length, LONG_KEY) << OFFSET_BITS | offsetPlusOne;
  }

  /** Characters {@code from} to {@code from + 3} of a word in one long, 0 for those past its end. */
  private static long pack(String word, int from) {
    long packed = 0;
    int to = Math.min(word.length(), from + 4);
    for (int i = to - 1; i >= from; i--) {
      packed = packed << 16 | word.charAt(i);
    }
    return packed;
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
    int mask = values.length - 1;
    for (int slot = home(h); ; slot = (slot + 1) & mask) {
      long s = slots[slot * STRIDE];
      if (s == EMPTY) {
        return null;
      }
      if ((int) (s >>> 32) == h && same(word, slot, s)) {
        return (V) values[slot];
      }
    }
  }

  /** True when the key of the slot whose first long is {@code s} is {@code word}. */
  private boolean same(String word, int slot, long s) {
    int n = word.length();
    int length = (int) (s >>> OFFSET_BITS) & LONG_KEY;
    if (length != Math.min(n, LONG_KEY)
        || slots[slot * STRIDE + 1] != pack(word, 0)
        || slots[slot * STRIDE + 2] != pack(word, 4)) {
      return false;
    }
    if (n <= 8) {
      return true;
    }
    int at = (int) s & ((1 << OFFSET_BITS) - 1);
    if (chars[at - 1] != n) {
      return false;
    }
    for (int i = 8; i < n; i++) {
      if (chars[at + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes the table as it is laid out ({@link LexiconImage}): its size, its keys' characters, its
   * filter, then each used slot with its three longs and its value as {@code index} numbers it.
   * {@link #readFrom} gives the same table back without hashing a key.
   */
  void writeTo(DataOutputStream out, ToIntFunction<V> index) throws IOException {
    out.writeInt(values.length);
    out.writeInt(chars.length);
    for (char c : chars) {
      out.writeChar(c);
    }
    out.writeInt(filter.length);
    for (long f : filter) {
      out.writeLong(f);
    }
    int used = 0;
    for (int slot = 0; slot < values.length; slot++) {
      used += slots[slot * STRIDE] == EMPTY ? 0 : 1;
    }
    out.writeInt(used);
    for (int slot = 0; slot < values.length; slot++) {
      if (slots[slot * STRIDE] != EMPTY) {
        out.writeInt(slot);
      }
    }
    for (int slot = 0; slot < values.length; slot++) {
      if (slots[slot * STRIDE] != EMPTY) {
        for (int k = 0; k < STRIDE; k++) {
          out.writeLong(slots[slot * STRIDE + k]);
        }
      }
    }
    for (int slot = 0; slot < values.length; slot++) {
      if (slots[slot * STRIDE] != EMPTY) {
        @SuppressWarnings("unchecked") // values[slot] was put there as a V
        V v = (V) values[slot];
        out.writeInt(index.applyAsInt(v));
      }
    }
  }

  /**
   * Reads a table that {@link #writeTo} wrote, from the buffer's position on; {@code value} gives
   * back the value of each number.
   */
  static <V> WordTable<V> readFrom(ByteBuffer in, IntFunction<V> value) {
    int size = in.getInt();
    if (Integer.bitCount(size) != 1 || size > 1 << OFFSET_BITS) { // more slots than keys fit
      throw new IllegalStateException("a word table of " + size + " slots");
    }
    char[] chars = new char[LexiconImage.count(in, 2)];
    in.asCharBuffer().get(chars);
    in.position(in.position() + 2 * chars.length);
    WordTable<V> table = new WordTable<>(new long[size * STRIDE], new Object[size], chars);
    if (in.getInt() != table.filter.length) {
      throw new IllegalStateException("a word table of another layout");
    }
    in.asLongBuffer().get(table.filter);
    in.position(in.position() + 8 * table.filter.length);
    int[] used = new int[LexiconImage.count(in, 4 + 8 * STRIDE)];
    in.asIntBuffer().get(used);
    in.position(in.position() + 4 * used.length);
    long[] longs = new long[used.length * STRIDE];
    in.asLongBuffer().get(longs);
    in.position(in.position() + 8 * longs.length);
    for (int k = 0; k < used.length; k++) {
      System.arraycopy(longs, k * STRIDE, table.slots, used[k] * STRIDE, STRIDE);
    }
    for (int slot : used) {
      table.values[slot] = value.apply(in.getInt());
    }
    return table;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.util.Arrays;

/**
 * An open-addressing map from {@code long} to non-negative {@code int}, about 16 bytes per entry,
 * for the duplicate index of a corpus that may not fit in memory as boxed maps. Not thread-safe.
 */
final class LongIntTable {

  private static final long EMPTY = 0L;

  private long[] keys;
  private int[] values;
  private int size;
  private int zeroValue = -1; // key 0 marks an empty slot, so its value lives here

  LongIntTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
  }

  /** Returns the value of the key, or -1 when absent. */
  int get(long key) {
    if (key == EMPTY) {
      return zeroValue;
    }
    long k = key;
    int mask = keys.length - 1;
    for (int i = slot(k, mask); ; i = (i + 1) & mask) {
      if (keys[i] == k) {
        return values[i];
      }
      if (keys[i] == EMPTY) {
        return -1;
      }
    }
  }

  /** Stores the value unless the key has one; returns the value now stored. */
  int putIfAbsent(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value " + value);
    }
    if (key == EMPTY) {
      if (zeroValue < 0) {
        zeroValue = value;
        size++;
      }
      return zeroValue;
    }
    long k = key;
    int mask = keys.length - 1;
    int i = slot(k, mask);
    for (; keys[i] != EMPTY; i = (i + 1) & mask) {
      if (keys[i] == k) {
        return values[i];
      }
    }
    keys[i] = k;
    values[i] = value;
    if (++size * 4 > keys.length * 3) {
      grow();
    }
    return value;
  }

  int size() {
    return size;
  }

  private static int slot(long k, int mask) {
    return (int) HashSplitter.fmix64(k) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = slot(oldKeys[j], mask);
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
    Arrays.fill(oldKeys, EMPTY);
  }
}

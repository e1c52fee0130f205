/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.util.Arrays;
import org.apache.commons.lang3.Validate;

/**
 * Finds, in input order, the documents that copy an earlier one exactly or nearly, and keeps the
 * split of each group of copies.
 *
 * <p>Near copies are found by locality-sensitive hashing: the {@value Fingerprint#HASHES} minima
 * of a signature form {@value #BANDS} bands of {@value #ROWS}; two documents that agree on a whole
 * band are candidates (a pair with Jaccard similarity 0.8 is one with probability 0.9998), and a
 * candidate is a near copy when its estimated similarity reaches the threshold. Only
 * representatives are indexed for near copies, and a near copy joins the group of the first
 * representative that qualifies, so the answer depends on input order only.
 *
 * <p>Memory: about 600 bytes per representative (its signature, id and band keys) and 16 bytes per
 * other document written. Not thread-safe: the builder calls it from one thread, in input order.
 */
public final class DuplicateIndex {

  static final int ROWS = 4;
  static final int BANDS = Fingerprint.HASHES / ROWS;

  /** What a document is, relative to the documents seen before it. */
  public enum Kind {
    /** No earlier copy: it starts a group. */
    NEW,
    /** Same words as an earlier document. */
    EXACT,
    /** Similar enough to an earlier representative. */
    NEAR
  }

  /** The answer for one document: its kind and the index of its group. */
  public record Verdict(Kind kind, int group) {}

  private final double threshold;
  private final LongIntTable exact = new LongIntTable(1 << 12);
  private final LongIntTable bands = new LongIntTable(1 << 14);
  private short[] signatures = new short[Fingerprint.HASHES * 256];
  private byte[] splits = new byte[256];
  private String[] ids = new String[256];
  private int groups;

  /**
   * Creates an empty index.
   *
   * @param threshold the estimated Jaccard similarity from which a document is a near copy, in
   *     {@code (0, 1]}
   */
  public DuplicateIndex(double threshold) {
    Validate.isTrue(
        threshold > 0 && threshold <= 1, "near-duplicate threshold must be in (0, 1]: %s", threshold);
    this.threshold = threshold;
  }

  /**
   * Classifies the next document and records it: a new group gets {@code split}, a copy gets the
   * group it belongs to.
   *
   * @param f the document's fingerprint
   * @param split the split a new group gets
   * @param id the document's id
   * @return whether the document is new, an exact copy or a near copy, and its group
   */
  public Verdict add(Fingerprint f, Split split, String id) {
    int group = exact.get(f.exact());
    if (group >= 0) {
      return new Verdict(Kind.EXACT, group);
    }
    long[] keys = bandKeys(f);
    if (f.words() > 0) {
      for (long key : keys) {
        int candidate = bands.get(key);
        if (candidate >= 0
            && f.similarity(signatures, candidate * Fingerprint.HASHES) >= threshold) {
          exact.putIfAbsent(f.exact(), candidate);
          return new Verdict(Kind.NEAR, candidate);
        }
      }
    }
    group = groups++;
    if (group == splits.length) {
      splits = Arrays.copyOf(splits, group * 2);
      ids = Arrays.copyOf(ids, group * 2);
      signatures = Arrays.copyOf(signatures, group * 2 * Fingerprint.HASHES);
    }
    splits[group] = (byte) split.ordinal();
    ids[group] = id;
    f.copySignature(signatures, group * Fingerprint.HASHES);
    exact.putIfAbsent(f.exact(), group);
    if (f.words() > 0) {
      for (long key : keys) {
        bands.putIfAbsent(key, group);
      }
    }
    return new Verdict(Kind.NEW, group);
  }

  /**
   * {@return the split of a group}
   *
   * @param group the group's index
   */
  public Split split(int group) {
    return Split.values()[splits[group]];
  }

  /**
   * {@return the id of the representative of a group}
   *
   * @param group the group's index
   */
  public String id(int group) {
    return ids[group];
  }

  /** Returns the number of groups so far. */
  int groups() {
    return groups;
  }

  private static long[] bandKeys(Fingerprint f) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long k = 0;
      for (int r = 0; r < ROWS; r++) {
        k = (k << 16) | (f.minimum(b * ROWS + r) & 0xFFFFL);
      }
      keys[b] = HashSplitter.fmix64(k ^ (b * 0x9e3779b97f4a7c15L));
    }
    return keys;
  }
}

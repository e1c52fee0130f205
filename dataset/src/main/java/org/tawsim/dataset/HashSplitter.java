/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.io.Serializable;

/**
 * Assigns a document to train, dev or test from a seeded hash of its id, so the same id always
 * lands in the same split, whatever else is in the corpus and in whatever order or process it is
 * seen (a Spark job gives the same answer as {@code tawsim build}).
 *
 * <p>The hash is 64-bit FNV-1a over the id's UTF-16 units, started from the seed and finished with
 * the MurmurHash3 {@code fmix64} mixer; its top 53 bits give a number {@code u} in {@code [0, 1)}.
 * With {@code sum = train + dev + test}, the document goes to train when {@code u * sum < train},
 * to dev when {@code u * sum < train + dev}, else to test. The ratios are kept as given (80/10/10
 * or 0.8/0.1/0.1), not normalised, so that a copy made by deserialisation computes exactly the same. Changing the seed reshuffles the assignment;
 * changing the ratios moves only the documents near the boundaries. These rules are the contract:
 * changing them changes every published split.
 *
 * <pre>{@code
 * HashSplitter s = HashSplitter.of(80, 10, 10, 42);
 * Split split = s.assign("snn-00017");
 * }</pre>
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * @param train the weight of train
 * @param dev the weight of dev
 * @param test the weight of test
 * @param seed the hash seed
 * @serial exclude
 */
// Excluded from the serialised-form page: a record's serial form is its components, documented
// above, and javadoc 17 would otherwise ask for a comment on each component's implicit field.
public record HashSplitter(double train, double dev, double test, long seed)
    implements Serializable {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** The default: 80/10/10 with seed 0. */
  public static final HashSplitter DEFAULT = of(80, 10, 10, 0);

  /**
   * Rejects negative, non-finite or all-zero ratios.
   *
   * @param train the weight of train
   * @param dev the weight of dev
   * @param test the weight of test
   * @param seed the hash seed
   */
  public HashSplitter {
    double sum = train + dev + test;
    if (!(train >= 0 && dev >= 0 && test >= 0) || !Double.isFinite(sum) || sum <= 0) {
      throw new IllegalArgumentException(
          "split ratios must be finite, non-negative and not all zero: "
              + train + "/" + dev + "/" + test);
    }
  }

  /**
   * {@return a splitter with these ratios (any scale: 80/10/10 or 0.8/0.1/0.1) and seed}
   *
   * @param train the weight of train
   * @param dev the weight of dev
   * @param test the weight of test
   * @param seed the hash seed
   */
  public static HashSplitter of(double train, double dev, double test, long seed) {
    return new HashSplitter(train, dev, test, seed);
  }

  /**
   * Parses ratios written {@code TRAIN,DEV,TEST} or {@code TRAIN/DEV/TEST}, such as {@code
   * 80,10,10}.
   *
   * @param ratios the ratios, such as {@code 80,10,10}
   * @param seed the hash seed
   * @return the splitter
   * @throws IllegalArgumentException naming the text when it is not three numbers
   */
  public static HashSplitter parse(String ratios, long seed) {
    String[] parts = ratios.trim().split("\\s*[,/:]\\s*");
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "split ratios '" + ratios + "' must be three numbers TRAIN,DEV,TEST such as 80,10,10");
    }
    try {
      return of(
          Double.parseDouble(parts[0]),
          Double.parseDouble(parts[1]),
          Double.parseDouble(parts[2]),
          seed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "split ratios '" + ratios + "' must be three numbers TRAIN,DEV,TEST such as 80,10,10", e);
    }
  }

  /**
   * {@return the split of the document with this id}
   *
   * @param id the document's id
   */
  public Split assign(String id) {
    double u = unit(id) * (train + dev + test);
    if (u < train) {
      return Split.TRAIN;
    }
    return u < train + dev ? Split.DEV : Split.TEST;
  }

  /**
   * {@return the share of a split, in {@code [0, 1]}}
   *
   * @param split the split
   */
  public double share(Split split) {
    double w =
        switch (split) {
          case TRAIN -> train;
          case DEV -> dev;
          case TEST -> test;
        };
    return w / (train + dev + test);
  }

  /**
   * {@return the id's hash as a number in {@code [0, 1)}, the value {@link #assign} compares}
   *
   * @param id the document's id
   */
  public double unit(String id) {
    return (hash(id) >>> 11) * 0x1.0p-53;
  }

  /**
   * {@return the seeded 64-bit hash of the id}
   *
   * @param id the document's id
   */
  public long hash(String id) {
    long h = FNV_OFFSET ^ fmix64(seed);
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= FNV_PRIME;
    }
    return fmix64(h);
  }

  /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
  static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}

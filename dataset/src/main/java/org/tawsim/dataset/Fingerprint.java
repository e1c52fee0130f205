/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

/**
 * What the duplicate index needs to know of a document's text: a hash of its normalised words for
 * exact copies and a MinHash signature of its word 3-shingles for near copies.
 *
 * <p>Normalisation, so that copies that differ only in spelling variants or layout match: core's
 * normaliser with its diacritics, tatweel, alef, alef maksura, teh marbuta and ASCII case steps,
 * and every run of characters that are not letters or digits separates words.
 *
 * <p>The signature has {@value #HASHES} minima of the 64-bit shingle hashes (MinHash, Broder 1997),
 * made by one-permutation hashing with densification (see {@code Builder}) and kept as 16 bits each
 * (b-bit MinHash, Li and König 2010); the share of equal minima estimates the Jaccard similarity of
 * the two shingle sets. Nothing is random, so fingerprints are the same in every run and process.
 * Computing one is thread-safe.
 */
public final class Fingerprint implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  static final int HASHES = 64;
  static final int SHINGLE = 3;

  /** The fold of core's normaliser that copies are compared under. */
  private static final org.tawsim.core.text.ArabicNormalizer FOLD =
      org.tawsim.core.text.ArabicNormalizer.builder()
          .disable(org.tawsim.core.text.ArabicNormalizer.Step.HAMZA_CARRIERS)
          .disable(org.tawsim.core.text.ArabicNormalizer.Step.PERSIAN_LETTERS)
          .disable(org.tawsim.core.text.ArabicNormalizer.Step.DIGITS)
          .disable(org.tawsim.core.text.ArabicNormalizer.Step.PRESENTATION_FORMS)
          .disable(org.tawsim.core.text.ArabicNormalizer.Step.FORMAT_CHARACTERS)
          .enable(org.tawsim.core.text.ArabicNormalizer.Step.ASCII_CASE)
          .build();

  /** The characters below this one are folded and classed by the two tables below. */
  private static final int TABLE_END = 0x0700;

  /** {@code normalise(c)} of each character below {@link #TABLE_END}. */
  private static final char[] FOLDED = new char[TABLE_END];

  /** Whether each character below {@link #TABLE_END} folds into a word character. */
  private static final boolean[] WORD = new boolean[TABLE_END];

  static {
    for (char c = 0; c < TABLE_END; c++) {
      FOLDED[c] = normalise(c);
      WORD[c] = FOLDED[c] != 0 && isWordChar(FOLDED[c]);
    }
  }

  /** Characters copied out of the text at a time, so that the loop reads an array. */
  private static final int CHUNK = 2048;

  /** The hash of the normalised words, for exact copies. */
  private final long exact;

  /** The MinHash signature of the word 3-shingles, 16 bits per minimum, for near copies. */
  private final short[] signature;

  /** The number of normalised words. */
  private final int words;

  private Fingerprint(long exact, short[] signature, int words) {
    this.exact = exact;
    this.signature = signature;
    this.words = words;
  }

  /**
   * Computes the fingerprint of a text.
   *
   * @param text the text
   * @return its exact hash and MinHash signature, under the folding copies are compared with
   */
  public static Fingerprint of(CharSequence text) {
    // the text is read a chunk at a time from an array, and Arabic and Latin characters are
    // folded and classed by a table: under the launcher's C1 a String's charAt checks its index
    // and coder at each call, and the normaliser's map and isWordChar were a call per character
    String s = text.toString();
    int n = s.length();
    char[] chunk = new char[Math.min(n, CHUNK)];
    Builder b = new Builder();
    long h = 0;
    boolean inWord = false;
    for (int from = 0; from < n; from += chunk.length) {
      int length = Math.min(chunk.length, n - from);
      s.getChars(from, from + length, chunk, 0);
      for (int k = 0; k < length; k++) {
        char c = chunk[k];
        char f;
        boolean word;
        if (c < TABLE_END) {
          f = FOLDED[c];
          word = WORD[c];
        } else {
          f = normalise(c);
          word = f != 0 && isWordChar(f);
        }
        if (f == 0) {
          continue; // dropped mark: a word goes on across it
        }
        if (word) {
          if (!inWord) {
            h = 0xcbf29ce484222325L;
            inWord = true;
          }
          h = (h ^ f) * 0x100000001b3L;
        } else if (inWord) {
          b.word(HashSplitter.fmix64(h));
          inWord = false;
        }
      }
    }
    if (inWord) {
      b.word(HashSplitter.fmix64(h));
    }
    return b.finish();
  }

  private static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
    if (c >= '\u0621' && c <= '\u064A') {
      return true; // Arabic letters, the common case
    }
    return Character.isLetterOrDigit(c);
  }

  /**
   * Hashes words into shingles and shingles into the signature as they come, by one-permutation
   * hashing (Li, Owen and Zhang 2012): the top bits of a shingle's hash pick one of the {@value
   * #HASHES} bins, which keeps the smallest of the other bits. An empty bin (a short text) takes
   * the value of the next full bin to its right, mixed with the distance (densification by
   * rotation, Shrivastava and Li 2014), so that every position compares like with like.
   */
  private static final class Builder {
    private static final int BIN_SHIFT = 64 - Integer.numberOfTrailingZeros(HASHES);
    private static final long VALUE_MASK = (1L << BIN_SHIFT) - 1;

    private final long[] minima = new long[HASHES];
    private long exact = 0x9e3779b97f4a7c15L;
    private long w1;
    private long w2;
    private int words;

    Builder() {
      java.util.Arrays.fill(minima, Long.MAX_VALUE);
    }

    void word(long w) {
      exact = HashSplitter.fmix64(exact * 31 + w);
      words++;
      if (words >= SHINGLE) {
        shingle(HashSplitter.fmix64(HashSplitter.fmix64(HashSplitter.fmix64(w1) + w2) + w));
      }
      w1 = w2;
      w2 = w;
    }

    private void shingle(long sh) {
      int bin = (int) (sh >>> BIN_SHIFT);
      long value = sh & VALUE_MASK;
      if (value < minima[bin]) {
        minima[bin] = value;
      }
    }

    Fingerprint finish() {
      if (words > 0 && words < SHINGLE) {
        // too short for one full shingle: the words it has make one
        shingle(HashSplitter.fmix64(words == 1 ? HashSplitter.fmix64(w2) : HashSplitter.fmix64(HashSplitter.fmix64(w1) + w2)));
      }
      short[] signature = new short[HASHES];
      if (words > 0) {
        for (int i = 0; i < HASHES; i++) {
          int j = i;
          int distance = 0;
          while (minima[j] == Long.MAX_VALUE) {
            j = (j + 1) % HASHES;
            distance++;
          }
          signature[i] = (short) HashSplitter.fmix64(minima[j] + distance * 0x9e3779b97f4a7c15L);
        }
      }
      return new Fingerprint(exact, signature, words);
    }
  }

  /** Returns the character as compared, or 0 for a character that is dropped. */
  static char normalise(char c) {
    char m = FOLD.map(c);
    return m == org.tawsim.core.text.ArabicNormalizer.REMOVED ? 0 : m;
  }

  /** Returns the hash of the normalised words, equal for exact copies. */
  long exact() {
    return exact;
  }

  /** Returns the number of words. */
  int words() {
    return words;
  }

  /** Returns minimum {@code i}, as 16 bits. */
  short minimum(int i) {
    return signature[i];
  }

  /** Returns the estimated Jaccard similarity of the two shingle sets. */
  double similarity(short[] other, int offset) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (signature[i] == other[offset + i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /** Copies the signature into {@code into} at {@code offset}. */
  void copySignature(short[] into, int offset) {
    System.arraycopy(signature, 0, into, offset, HASHES);
  }
}

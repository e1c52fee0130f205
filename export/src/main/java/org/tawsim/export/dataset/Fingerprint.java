package org.tawsim.export.dataset;

import java.util.SplittableRandom;

/**
 * What the duplicate index needs to know of a document's text: a hash of its normalised words for
 * exact copies and a MinHash signature of its word 3-shingles for near copies.
 *
 * <p>Normalisation, so that copies that differ only in spelling variants or layout match: Arabic
 * diacritics (U+064B to U+065F, U+0670) and tatweel are dropped, alef with hamza or madda and alef
 * wasla become bare alef, alef maqsura becomes yeh, teh marbuta becomes heh, letters are lower-cased
 * (no locale), and every run of characters that are not letters or digits separates words.
 *
 * <p>The signature has {@value #HASHES} 16-bit minima (b-bit MinHash, Li and König 2010), one per
 * seeded multiply-shift hash of the 64-bit shingle hashes (Broder 1997); the share of equal minima
 * estimates the Jaccard similarity of the two shingle sets. The seeds are fixed, so fingerprints
 * are the same in every run and process. Computing one is thread-safe.
 */
final class Fingerprint {

  static final int HASHES = 64;
  static final int SHINGLE = 3;

  private static final char TATWEEL = '\u0640';
  private static final char ALEF = '\u0627';
  private static final char ALEF_MADDA = '\u0622';
  private static final char ALEF_HAMZA_ABOVE = '\u0623';
  private static final char ALEF_HAMZA_BELOW = '\u0625';
  private static final char ALEF_WASLA = '\u0671';
  private static final char ALEF_MAQSURA = '\u0649';
  private static final char YEH = '\u064A';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char HEH = '\u0647';
  private static final char FATHATAN = '\u064B';
  private static final char LAST_HARAKA = '\u065F';
  private static final char SUPERSCRIPT_ALEF = '\u0670';

  private static final long[] MULTIPLIERS = new long[HASHES];
  private static final long[] ADDENDS = new long[HASHES];

  static {
    SplittableRandom random = new SplittableRandom(0x7a77_5133_5eedL);
    for (int i = 0; i < HASHES; i++) {
      MULTIPLIERS[i] = random.nextLong() | 1L;
      ADDENDS[i] = random.nextLong();
    }
  }

  private final long exact;
  private final short[] signature;
  private final int words;

  private Fingerprint(long exact, short[] signature, int words) {
    this.exact = exact;
    this.signature = signature;
    this.words = words;
  }

  /** Computes the fingerprint of a text. */
  static Fingerprint of(CharSequence text) {
    long[] wordHashes = new long[16];
    int n = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = normalise(text.charAt(i));
      if (c == 0) {
        continue; // dropped mark: a word goes on across it
      }
      if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          h = 0xcbf29ce484222325L;
          inWord = true;
        }
        h = (h ^ c) * 0x100000001b3L;
      } else if (inWord) {
        if (n == wordHashes.length) {
          wordHashes = java.util.Arrays.copyOf(wordHashes, n * 2);
        }
        wordHashes[n++] = HashSplitter.fmix64(h);
        inWord = false;
      }
    }
    if (inWord) {
      if (n == wordHashes.length) {
        wordHashes = java.util.Arrays.copyOf(wordHashes, n + 1);
      }
      wordHashes[n++] = HashSplitter.fmix64(h);
    }
    long exact = 0x9e3779b97f4a7c15L;
    for (int i = 0; i < n; i++) {
      exact = HashSplitter.fmix64(exact * 31 + wordHashes[i]);
    }
    long[] minima = new long[HASHES];
    java.util.Arrays.fill(minima, Long.MAX_VALUE);
    int shingles = Math.max(1, n - SHINGLE + 1);
    for (int s = 0; s < shingles && n > 0; s++) {
      long sh = 0;
      for (int j = s; j < Math.min(n, s + SHINGLE); j++) {
        sh = HashSplitter.fmix64(sh + wordHashes[j]);
      }
      for (int i = 0; i < HASHES; i++) {
        long v = (MULTIPLIERS[i] * sh + ADDENDS[i]) >>> 32;
        if (v < minima[i]) {
          minima[i] = v;
        }
      }
    }
    short[] signature = new short[HASHES];
    for (int i = 0; i < HASHES; i++) {
      signature[i] = (short) minima[i];
    }
    return new Fingerprint(exact, signature, n);
  }

  /** Returns the character as compared, or 0 for a character that is dropped. */
  static char normalise(char c) {
    if ((c >= FATHATAN && c <= LAST_HARAKA) || c == SUPERSCRIPT_ALEF || c == TATWEEL) {
      return 0;
    }
    switch (c) {
      case ALEF_MADDA:
      case ALEF_HAMZA_ABOVE:
      case ALEF_HAMZA_BELOW:
      case ALEF_WASLA:
        return ALEF;
      case ALEF_MAQSURA:
        return YEH;
      case TEH_MARBUTA:
        return HEH;
      default:
        return c < 0x80 ? (char) Character.toLowerCase((int) c) : c;
    }
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

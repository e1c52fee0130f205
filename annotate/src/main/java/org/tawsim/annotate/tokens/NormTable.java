package org.tawsim.annotate.tokens;

/**
 * The normalised forms of one text's tokens, one string per distinct token text: a word seen
 * again gets the string made the first time, with no new allocation. The first 65,536 distinct
 * texts are kept ({@link #MAX_CAPACITY}); a text first seen after them gets a new string each time.
 *
 * <p>Why: a token's normal form depends only on its characters, and a long text repeats its words.
 * Without sharing, a 10 MB document kept about 1.7 million norm strings alive (25 bytes allocated
 * per character, half of them these strings); a token layer that outgrows the young generation is
 * copied and promoted by the garbage collector, so the time per character grew with the document.
 * With sharing, the strings grow with the vocabulary instead (12 bytes per character at 10 MB).
 *
 * <p>An open-addressing table keyed by the token's characters in the text (hash of the range,
 * compared with {@link String#regionMatches}), so looking up allocates nothing. One table serves
 * one text; not thread-safe.
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
  /** Begin and end in {@link #text} of the first token with each text; 0/0 marks a free slot. */
  private int[] begins;
  private int[] ends;
  private String[] norms;
  private int size;

  /** Returns a table for the tokens of {@code text}, sized for its length. */
  NormTable(String text, Maker maker) {
    this.text = text;
    this.maker = maker;
    // about one distinct word per 40 characters in news text up to a few hundred KB, fewer beyond
    int capacity = Integer.highestOneBit(Math.max(64, Math.min(text.length() / 16, 1 << 16)) - 1) << 1;
    this.begins = new int[capacity];
    this.ends = new int[capacity];
    this.norms = new String[capacity];
  }

  /**
   * Returns the normal form of {@code text[begin, end)}: the one stored for an earlier token with
   * the same characters, or the one the {@link Maker} gives, stored.
   */
  String norm(int begin, int end) {
    int length = end - begin;
    int h = 0;
    for (int i = begin; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    int mask = norms.length - 1;
    int slot = mix(h) & mask;
    while (norms[slot] != null) {
      int b = begins[slot];
      if (ends[slot] - b == length && text.regionMatches(b, text, begin, length)) {
        return norms[slot];
      }
      slot = (slot + 1) & mask;
    }
    String norm = maker.norm(begin, end);
    if (norms.length == MAX_CAPACITY && (size + 1) * 2 > MAX_CAPACITY) {
      return norm; // full: a word first seen this late is rare, and gets a string of its own
    }
    begins[slot] = begin;
    ends[slot] = end;
    norms[slot] = norm;
    if (++size * 2 > norms.length) {
      grow();
    }
    return norm;
  }

  private void grow() {
    int[] oldBegins = begins;
    int[] oldEnds = ends;
    String[] oldNorms = norms;
    int capacity = oldNorms.length * 2;
    begins = new int[capacity];
    ends = new int[capacity];
    norms = new String[capacity];
    int mask = capacity - 1;
    for (int s = 0; s < oldNorms.length; s++) {
      if (oldNorms[s] == null) {
        continue;
      }
      int h = 0;
      for (int i = oldBegins[s]; i < oldEnds[s]; i++) {
        h = 31 * h + text.charAt(i);
      }
      int slot = mix(h) & mask;
      while (norms[slot] != null) {
        slot = (slot + 1) & mask;
      }
      begins[slot] = oldBegins[s];
      ends[slot] = oldEnds[s];
      norms[slot] = oldNorms[s];
    }
  }

  /** Spreads the bits of a string hash (as HashMap does) so that the low bits differ. */
  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.Arrays;
import org.tawsim.core.EntityType;

/**
 * The per-token arrays of {@link Words}, lent by the thread that tags to one document at a time
 * and taken back when the tagger is done with it ({@link #take}, {@link #giveBack}).
 *
 * <p>Why: a document's words are about sixty bytes of arrays per token, a score of arrays that
 * every document allocated and zeroed anew, in memory the processor had not seen since the last
 * collection. Lent again, they are the same few kilobytes for every document of a thread, still in
 * its caches. A document of more than {@link #MAX_TOKENS} tokens gets arrays of its own, so that a
 * thread keeps at most about two megabytes (and the characters of its longest text of that many
 * tokens, {@link #text}).
 *
 * <p>An array comes back with what the last document wrote in it: {@link Words} writes every
 * element it reads below its size, and {@link #take} clears those it only sets here and there.
 * Not shared between threads: each thread has its own.
 */
final class WordArrays {

  /** Documents of more tokens than this get arrays of their own. */
  static final int MAX_TOKENS = 1 << 15;

  private static final int MIN_TOKENS = 1 << 9;

  /** The arrays each thread has to lend: none while they are lent. */
  private static final ThreadLocal<WordArrays[]> SPARE =
      ThreadLocal.withInitial(() -> new WordArrays[1]);

  final int capacity;
  final boolean[] breakBefore;
  final boolean[] hamzaLam;
  final boolean[] prepositionOnHamza;
  final boolean[] tehMarbuta;
  final boolean[] pronounEnding;
  final boolean[] tanwinFath;
  final String[] key;
  final int[] readingFrom;
  final byte[] readingCount;
  final int[] flags;
  final int[] trieRoots;
  final boolean[] article;
  final int[] ownFlags;
  final int[] bestReading;
  final EntityType[] listType;
  final boolean[] letters;
  final boolean[] number;
  final boolean[] dotted;
  final byte[] nameShape;
  final boolean[] placePrefix;
  final int[] keySets;
  final int[] sets;
  /** The readings' arrays, which {@link Words} may grow: it gives back the grown ones. */
  String[] readingText;
  int[] readingCut;
  Lexicon.WordInfo[] readingInfo;
  /** The characters of the document's text, from 0 ({@link #text}); grown as the texts need. */
  private char[] chars = new char[0];
  /** True for arrays lent by the thread, to be given back. */
  private final boolean lent;

  private WordArrays(int capacity, int readings, boolean lent) {
    this.capacity = capacity;
    this.lent = lent;
    breakBefore = new boolean[capacity];
    hamzaLam = new boolean[capacity];
    prepositionOnHamza = new boolean[capacity];
    tehMarbuta = new boolean[capacity];
    pronounEnding = new boolean[capacity];
    tanwinFath = new boolean[capacity];
    key = new String[capacity];
    readingFrom = new int[capacity];
    readingCount = new byte[capacity];
    flags = new int[capacity];
    trieRoots = new int[capacity];
    article = new boolean[capacity];
    ownFlags = new int[capacity];
    bestReading = new int[capacity];
    listType = new EntityType[capacity];
    letters = new boolean[capacity];
    number = new boolean[capacity];
    dotted = new boolean[capacity];
    nameShape = new byte[capacity];
    placePrefix = new boolean[capacity];
    keySets = new int[capacity];
    sets = new int[capacity];
    readingText = new String[readings];
    readingCut = new int[readings];
    readingInfo = new Lexicon.WordInfo[readings];
  }

  /** Returns new arrays for {@code size} tokens and {@code readings} readings, not lent. */
  static WordArrays fresh(int size, int readings) {
    return new WordArrays(size, readings, false);
  }

  /**
   * Returns arrays for {@code size} tokens and at least {@code readings} readings: the thread's,
   * when it has them to lend and the document is not too long, with the elements below {@code
   * size} that {@link Words} does not always write cleared; else new ones.
   */
  static WordArrays take(int size, int readings) {
    if (size > MAX_TOKENS) {
      return fresh(size, readings);
    }
    WordArrays[] spare = SPARE.get();
    WordArrays a = spare[0];
    if (a == null || a.capacity < size) {
      int capacity = Math.max(MIN_TOKENS, Integer.highestOneBit(Math.max(1, size - 1)) << 1);
      return new WordArrays(capacity, Math.max(readings, capacity * 5 / 4), true);
    }
    spare[0] = null;
    Arrays.fill(a.breakBefore, 0, size, false);
    Arrays.fill(a.readingCount, 0, size, (byte) 0);
    Arrays.fill(a.bestReading, 0, size, 0);
    Arrays.fill(a.listType, 0, size, null);
    Arrays.fill(a.nameShape, 0, size, (byte) 0);
    if (a.readingText.length < readings) {
      a.readingText = new String[readings];
      a.readingCut = new int[readings];
      a.readingInfo = new Lexicon.WordInfo[readings];
    }
    return a;
  }

  /**
   * Returns the characters of {@code text} in an array from index 0, which may be longer. Why: the
   * tagger reads a few characters of every token as written ({@link WrittenShapes}, line breaks);
   * an array element costs less to read than {@link String#charAt}, which checks the index and the
   * string's coder at each call (the launcher's C1 compiler does not take those checks out of a
   * loop).
   */
  char[] text(String text) {
    if (chars.length < text.length()) {
      chars = new char[lent ? Math.max(text.length(), chars.length * 2) : text.length()];
    }
    text.getChars(0, text.length(), chars, 0);
    return chars;
  }

  /**
   * Gives lent arrays back to the thread, the keys of the first {@code size} tokens and the first
   * {@code readings} readings dropped (see {@link Words#release}): nothing of a document outlives
   * it. Arrays not lent are left to the collector.
   */
  void giveBack(int size, int readings) {
    Arrays.fill(key, 0, size, null);
    Arrays.fill(readingText, 0, readings, null);
    Arrays.fill(readingInfo, 0, readings, null);
    if (lent) {
      SPARE.get()[0] = this;
    }
  }
}

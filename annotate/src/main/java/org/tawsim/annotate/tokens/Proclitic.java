/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.tokens;

/** A proclitic that Arabic writes attached to the word after it. */
public enum Proclitic {
  /** و U+0648, "and". */
  WA,
  /** ف U+0641, "so, then". */
  FA,
  /** ب U+0628, "with, by, in". */
  BI,
  /** ل U+0644, "for, to". */
  LI,
  /** ك U+0643, "like, as". */
  KA,
  /** س U+0633, the future marker, before an imperfect verb (سيكون). */
  SA,
  /** The article ال; after the preposition ل it is written as a single ل (للصين = ل + ل + صين). */
  AL
}

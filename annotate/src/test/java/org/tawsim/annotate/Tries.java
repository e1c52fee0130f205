/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property on seeded random texts and, when one fails, shrinks it to a small text that
 * still fails the same way, so that a failure on a 3,000-character page reads as a five-character
 * table row.
 *
 * <p>Try {@code t} of a property draws from {@code new Random(seed + t)}: any try can be run again
 * alone. The number of tries is the system property {@code tawsim.tries} (1,000 in {@code mvn
 * verify}; {@code -Dtawsim.tries=100000} for a long run), the seed {@code tawsim.seed}.
 * Shrinking removes runs of code points (halves, then quarters, down to one), never half of a
 * surrogate pair, while the property still throws an exception of the same class.
 */
final class Tries {

  /** How many texts each property sees. */
  static final int TRIES = Integer.getInteger("tawsim.tries", 1000);

  /** The seed of try 0. */
  static final long SEED = Long.getLong("tawsim.seed", 20_261_206L);

  private static final int MAX_SHRINK_STEPS = 20_000;

  private Tries() {}

  /**
   * Checks {@code property} on {@link #TRIES} texts made by {@code generator}.
   *
   * @throws AssertionError naming the try, the original text's length and the shrunk text, with
   *     the original failure as its cause
   */
  static void forAll(Function<Random, String> generator, Consumer<String> property) {
    for (int t = 0; t < TRIES; t++) {
      String text = generator.apply(new Random(SEED + t));
      Throwable failure = failure(property, text);
      if (failure != null) {
        String small = shrink(text, property, failure.getClass());
        Throwable smallFailure = failure(property, small);
        AssertionError e = new AssertionError("try " + t + " (seed " + (SEED + t) + ") failed on "
            + text.length() + " chars; shrunk to " + small.length() + ": \"" + escaped(small)
            + "\" (" + small + ")\n  " + smallFailure, smallFailure);
        e.addSuppressed(failure);
        throw e;
      }
    }
  }

  private static Throwable failure(Consumer<String> property, String text) {
    try {
      property.accept(text);
      return null;
    } catch (Exception | AssertionError | StackOverflowError e) {
      return e;
    }
  }

  /** Removes runs of code points while the property still fails with the same class. */
  static String shrink(String text, Consumer<String> property, Class<?> kind) {
    int[] cps = text.codePoints().toArray();
    int steps = 0;
    for (int run = Math.max(1, cps.length / 2); run >= 1 && steps < MAX_SHRINK_STEPS; ) {
      boolean removed = false;
      for (int at = 0; at + run <= cps.length && steps < MAX_SHRINK_STEPS; ) {
        int[] shorter = new int[cps.length - run];
        System.arraycopy(cps, 0, shorter, 0, at);
        System.arraycopy(cps, at + run, shorter, at, cps.length - at - run);
        steps++;
        Throwable f = failure(property, new String(shorter, 0, shorter.length));
        if (f != null && f.getClass() == kind) {
          cps = shorter;
          removed = true;
        } else {
          at += run;
        }
      }
      if (!removed) {
        run /= 2;
      } else {
        run = Math.min(run, Math.max(1, cps.length / 2));
      }
    }
    return new String(cps, 0, cps.length);
  }

  /** The text as a Java string literal's content: ASCII as is, everything else as \\uXXXX. */
  static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        b.append(c);
      } else {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return b.toString();
  }
}

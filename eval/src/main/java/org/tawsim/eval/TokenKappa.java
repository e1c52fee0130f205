/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cohen's kappa between two label sequences over the same tokens: {@code (po - pe) / (1 - pe)},
 * where {@code po} is the share of tokens with the same label and {@code pe} the agreement
 * expected by chance, {@code sum over labels of (nA(label) / N) * (nB(label) / N)}.
 *
 * <p>When chance agreement is already total ({@code pe == 1}: both sides give every token one and
 * the same label, all {@code O} say), kappa is 1, as the two agree on everything. With no token
 * it is 0. Not thread-safe.
 */
final class TokenKappa {

  private final Map<String, long[]> counts = new HashMap<>();
  private long tokens;
  private long same;

  /** Adds the labels two annotators gave the same tokens. */
  void add(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      throw new IllegalArgumentException(
          "label sequences of different lengths: " + a.size() + " and " + b.size());
    }
    for (int i = 0; i < a.size(); i++) {
      counts.computeIfAbsent(a.get(i), k -> new long[2])[0]++;
      counts.computeIfAbsent(b.get(i), k -> new long[2])[1]++;
      if (a.get(i).equals(b.get(i))) {
        same++;
      }
    }
    tokens += a.size();
  }

  /** Returns the number of tokens added. */
  long tokens() {
    return tokens;
  }

  /** Returns kappa; see the class comment for the edge cases. */
  double kappa() {
    if (tokens == 0) {
      return 0;
    }
    double n = tokens;
    double po = same / n;
    double pe = 0;
    for (long[] c : counts.values()) {
      pe += (c[0] / n) * (c[1] / n);
    }
    return pe >= 1 ? 1 : (po - pe) / (1 - pe);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenKappaTest {

  // kappa = (po - pe) / (1 - pe), pe = sum over labels of pA * pB, computed by hand per row
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // po 8/10; pe (1*1 [B-PER] + 1*1 [B-LOC] + 7*7 [O]) / 100 = .51; (.8 - .51) / .49
    "B-PER I-PER O O B-LOC O O O O O | B-PER O O O B-LOC O O O B-ORG O | 0.5918367346938775",
    // po 1; pe (1/4)^2 + (3/4)^2 = .625: perfect agreement is 1
    "B-PER O O O                     | B-PER O O O                     | 1.0",
    // every token O on both sides: pe = 1, and they agree on everything
    "O O O                           | O O O                           | 1.0",
    // po 0; pe .5 * .5 + .5 * .5 = .5
    "B-PER O                         | O B-PER                         | -1.0",
    // po 3/4; pe (2/4)(1/4) + (2/4)(3/4) = .5
    "B-PER B-PER O O                 | B-PER O O O                     | 0.5",
  })
  void computesCohensKappa(String a, String b, double expected) {
    TokenKappa k = new TokenKappa();
    k.add(List.of(a.split(" ")), List.of(b.split(" ")));
    assertEquals(expected, k.kappa(), 1e-12);
  }

  @Test
  void poolsTheTokensOfEveryAdd() {
    TokenKappa k = new TokenKappa();
    k.add(List.of("B-PER", "B-PER"), List.of("B-PER", "O"));
    k.add(List.of("O", "O"), List.of("O", "O"));
    assertEquals(4, k.tokens());
    assertEquals(0.5, k.kappa(), 1e-12);
  }

  @Test
  void isZeroWithoutTokensAndRejectsSequencesOfDifferentLengths() {
    assertEquals(0, new TokenKappa().kappa());
    assertThrows(IllegalArgumentException.class,
        () -> new TokenKappa().add(List.of("O"), List.of("O", "O")));
  }
}

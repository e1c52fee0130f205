/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteRegionsTest {

  /** Returns, for each position of the marker '|' in the pattern, whether the quotations block it. */
  private static String blocked(String pattern) {
    String text = pattern.replace("|", "");
    QuoteRegions q = QuoteRegions.of(text, 0, text.length());
    StringBuilder out = new StringBuilder();
    int removed = 0;
    for (int i = 0; i < pattern.length(); i++) {
      if (pattern.charAt(i) == '|') {
        out.append(q.blocks(i - removed) ? 'B' : '-');
        removed++;
      }
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a \"b.| c\"| d.|; B--",
        "a «b.| c»| d.|; B--",
        "a “b.| c”| d.|; B--",
        "a \"b.| c d.|; --",
        "a \"b\" c.| \"d.| e\" f.|; -B-",
        "a «b “c.| d” e.| f» g.|; BB-",
        "a \"b.| c.\"| d.|; B--",
        "x\" a.| \"b.| c\" d.|; -B-",
        "»a.| «b.|; --",
      })
  void blocksPositionsInsideClosedQuotationsOnly(String pattern, String expected) {
    assertEquals(expected, blocked(pattern));
  }
}

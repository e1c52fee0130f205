/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanTest {

  @ParameterizedTest
  @CsvSource({"-1, 0", "5, 4", "-3, -1"})
  void rejectsInvalidBounds(int begin, int end) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Span(begin, end));
    assertTrue(e.getMessage().contains("[" + begin + ", " + end + ")"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 5, 1, 3, true, true",
    "0, 5, 5, 7, false, false",
    "2, 4, 0, 3, false, true",
    "2, 4, 2, 4, true, true",
    "2, 2, 2, 2, true, false"
  })
  void containsAndOverlaps(int b1, int e1, int b2, int e2, boolean contains, boolean overlaps) {
    Span a = new Span(b1, e1);
    Span b = new Span(b2, e2);
    assertEquals(contains, a.contains(b));
    assertEquals(overlaps, a.overlaps(b));
  }

  @Test
  void ordersByBeginThenLongerFirst() {
    assertTrue(new Span(0, 9).compareTo(new Span(0, 3)) < 0);
    assertTrue(new Span(1, 2).compareTo(new Span(0, 9)) > 0);
  }

  @Test
  void coveredTextRejectsSpanPastEnd() {
    assertEquals("قال", new Span(0, 3).coveredText("قال الرئيس"));
    assertThrows(IndexOutOfBoundsException.class, () -> new Span(0, 20).coveredText("قال"));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The property runner itself: shrinking keeps the failure and its kind, never splits a pair. */
class TriesTest {

  /** Fails with IllegalStateException when the text holds every character of {@code needed}. */
  private static Consumer<String> failsWhenItHolds(String needed) {
    return text -> {
      if (needed.codePoints().allMatch(c -> text.indexOf(Character.toString(c)) >= 0)) {
        throw new IllegalStateException("holds " + needed);
      }
    };
  }

  @ParameterizedTest
  @CsvSource({
    "قال الوزير إن, ز, ز",
    "قال الوزير إن, زإ, زإ",
    "«نعم» قال, »«, «»",
    "abc😀def, 😀, 😀",
    "😀👍🏽x, 🏽, 🏽",
  })
  void shrinksToTheCharactersTheFailureNeeds(String text, String needed, String expected) {
    assertEquals(
        expected, Tries.shrink(text, failsWhenItHolds(needed), IllegalStateException.class));
  }

  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("ab c", "ab c"),
        Arguments.of("\"x\\", "\\u0022x\\u005C"),
        Arguments.of("ـ\n", "\\u0640\\u000A"),
        Arguments.of("😀", "\\uD83D\\uDE00"));
  }

  @ParameterizedTest
  @MethodSource("escapes")
  void escapesAllButPrintableAscii(String text, String expected) {
    assertEquals(expected, Tries.escaped(text));
  }

  @ParameterizedTest
  @CsvSource({"5", "0"})
  void namesTheTryThatFailed(int failingTry) {
    int[] seen = {0};
    AssertionError e = assertThrows(AssertionError.class, () -> Tries.forAll(
        random -> "try" + seen[0]++,
        text -> {
          if (text.equals("try" + failingTry)) {
            throw new IllegalStateException(text);
          }
        }));
    assertEquals(
        "try " + failingTry + " (seed " + (Tries.SEED + failingTry) + ")",
        e.getMessage().substring(0, e.getMessage().indexOf(')') + 1));
  }
}

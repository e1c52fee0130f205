/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodePointOffsetsTest {

  @Test
  void arabicWithDiacriticsIsIdentity() {
    String text = "قَالَ الرَّئِيسُ ـــ مُحَمَّدٌ";
    CodePointOffsets cp = CodePointOffsets.of(text);
    assertTrue(cp.isIdentity());
    for (int i = 0; i <= text.length(); i++) {
      assertEquals(i, cp.toCodePoint(i));
      assertEquals(i, cp.toUtf16(i));
    }
  }

  @Test
  void combiningMarksCountAsCodePoints() {
    String text = "e\u0301 ا\u0651\u064E"; // e + combining acute; alef + shadda + fatha
    CodePointOffsets cp = CodePointOffsets.of(text);
    assertEquals(text.codePointCount(0, text.length()), cp.codePointLength());
    assertEquals(6, cp.codePointLength());
  }

  /** Offsets in "أ😀ب👍🏽ج": the emoji and the skin tone each take two UTF-16 units. */
  @ParameterizedTest
  @CsvSource({"0, 0", "1, 1", "3, 2", "4, 3", "6, 4", "8, 5", "9, 6"})
  void emojiTakeTwoUnitsAndOneCodePoint(int utf16, int codePoint) {
    CodePointOffsets cp = CodePointOffsets.of("أ😀ب👍🏽ج");
    assertEquals(codePoint, cp.toCodePoint(utf16));
    assertEquals(utf16, cp.toUtf16(codePoint));
  }

  @Test
  void rejectsOffsetInsideSurrogatePair() {
    CodePointOffsets cp = CodePointOffsets.of("أ😀ب");
    assertThrows(IllegalArgumentException.class, () -> cp.toCodePoint(2));
    assertThrows(IndexOutOfBoundsException.class, () -> cp.toCodePoint(5));
    assertThrows(IndexOutOfBoundsException.class, () -> cp.toUtf16(4));
  }

  @Test
  void loneSurrogatesCountAsOneCodePointEach() {
    String text = "a\uD83Db\uDE00c";
    CodePointOffsets cp = CodePointOffsets.of(text);
    assertEquals(text.codePointCount(0, text.length()), cp.codePointLength());
    assertTrue(cp.isIdentity());
  }

  @Test
  void agreesWithTheJdkOnRandomText() {
    Random random = new Random(20261129);
    int[] pool = {'ا', 'ب', '\u064E', '\u0651', ' ', 'a', 0x1F600, 0x1F44D, 0x1F3FD, 0xD83D, 0xDE00};
    for (int round = 0; round < 2_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        sb.appendCodePoint(pool[random.nextInt(pool.length)]);
      }
      String text = sb.toString();
      CodePointOffsets cp = CodePointOffsets.of(text);
      assertEquals(text.codePointCount(0, text.length()), cp.codePointLength(), text);
      for (int c = 0; c <= cp.codePointLength(); c++) {
        int u = cp.toUtf16(c);
        assertEquals(text.offsetByCodePoints(0, c), u, text);
        assertEquals(c, cp.toCodePoint(u), text);
      }
    }
  }
  /**
   * Long texts, each text, a copy of it, another text and the first again, converted one after the
   * other, each as the JDK counts it.
   */
  @Test
  void longTextsOneAfterTheOtherEachAsTheJdkCounts() {
    String withPairs = "أ😀ب ".repeat(100);
    String plain = "قال الرئيس ".repeat(40);
    String[] texts = {withPairs, new String(withPairs), plain, withPairs, plain + "😀", plain};
    for (String text : texts) {
      CodePointOffsets cp = CodePointOffsets.of(text);
      assertEquals(text.codePointCount(0, text.length()), cp.codePointLength());
      for (int u = 0; u <= text.length(); u++) {
        if (u > 0 && u < text.length() && Character.isLowSurrogate(text.charAt(u))) {
          continue; // inside a pair
        }
        assertEquals(text.codePointCount(0, u), cp.toCodePoint(u), "offset " + u);
      }
    }
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlEscaperTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "<script>alert(1)</script> | &lt;script&gt;alert(1)&lt;/script&gt;",
        "a & b                     | a &amp; b",
        "`say \"hi\" it's`         | say &quot;hi&quot; it&#39;s",
        "قال الرئيس                | قال الرئيس",
        "😀 ok                     | 😀 ok",
        "&amp;                     | &amp;amp;",
      })
  void escapesMarkupAndKeepsTheRest(String in, String expected) {
    assertEquals(expected, HtmlEscaper.escape(in));
  }

  @ParameterizedTest(name = "[{index}] U+{0}")
  @CsvSource({"0000", "0001", "001F", "007F", "0085", "009F", "D83D", "DE00", "FFFE", "FFFF"})
  void replacesCharactersHtmlForbidsAndLoneSurrogates(String hex) {
    String lone = "a" + (char) Integer.parseInt(hex, 16) + "b";
    assertEquals("a\uFFFDb", HtmlEscaper.escape(lone));
  }

  @ParameterizedTest(name = "[{index}] U+{0}")
  @CsvSource({"0009", "000A", "000D", "00A0", "200F", "0640"})
  void keepsWhitespaceAndFormatCharacters(String hex) {
    String s = "a" + (char) Integer.parseInt(hex, 16) + "b";
    assertEquals(s, HtmlEscaper.escape(s));
  }

  @org.junit.jupiter.api.Test
  void replacesTheHalvesOfAPairSplitByARange() {
    String s = "x😀y";
    StringBuilder out = new StringBuilder();
    HtmlEscaper.escape(out, s, 0, 2);
    HtmlEscaper.escape(out, s, 2, 4);
    assertEquals("x\uFFFD\uFFFDy", out.toString());
  }
}

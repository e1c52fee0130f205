/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Token;
import org.tawsim.core.text.ArabicNormalizer;
import org.tawsim.core.text.NormalizedText;

/**
 * Hostile input: long lines without spaces, runs of combining marks, lone surrogates, NUL and
 * controls. No exception, valid spans, and (since a quadratic rule would not finish) linear time.
 * The sizes keep the suite fast (a 20 MB line was run by hand, see the README); the traps for the
 * scan-ahead rules are 512 KB, where a quadratic rule would already take hours.
 */
class BadInputTest {

  private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

  /** Piece repeated to about {@code kilobytes} KB of UTF-16, then the expected token count. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ب | 4096 | 1", // a 4 MB Arabic line without spaces (20 MB: see the README): one token
        "\u064E | 1024 | 1", // a megabyte of combining marks with nothing before them
        "ب\u0651\u064E\u064E\u064E\u064E\u064E | 1024 | 1", // stacked marks on letters
        "a. | 512 | -1", // every rule that scans ahead (e-mail, domain) fails here, again and again
        "a- | 512 | -1",
        "1.1. | 512 | -1",
        "x@ | 512 | -1",
        "@# | 512 | -1",
        "www. | 512 | -1",
        "ـ | 512 | 1",
        "\uD800 | 1024 | -1", // lone high surrogates
        "\uDC00a | 1024 | -1",
        "\u0000\u0001\u001B\u007F | 1024 | -1",
        "😀\u200D | 1024 | -1",
      })
  // a hang guard: 4 s at most on two busy cores
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void survivesHostileInput(String piece, int kilobytes, int expectedTokens) {
    String text = piece.repeat(Math.max(1, kilobytes * 1024 / 2 / piece.length()));
    List<Token> tokens = TOKENIZER.tokenize(text);
    ArabicTokenizerTest.assertInvariants(text, tokens);
    if (expectedTokens >= 0) {
      assertEquals(expectedTokens, tokens.size());
    }
    NormalizedText view = ArabicNormalizer.standard().normalize(text);
    assertEquals(view.normalized().length(), view.toNormalizedOffset(text.length()));
    view.toOriginalSpan(0, view.normalized().length());
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tawsim.core.Span;

/**
 * Properties every split must have (spans in bounds, sorted, trimmed, covering each non-whitespace
 * character once) on seeded random text and on the bad inputs of the issue: no punctuation, only
 * dots, only quote marks, only whitespace. The timeouts only guard against a quadratic algorithm
 * hanging the build (a linear one takes well under a second); they are not speed targets.
 */
class SentenceInvariantsTest {

  private static final OpenNlpSentenceAnnotator ANNOTATOR = OpenNlpSentenceAnnotator.arabic();
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  private static final String[] PIECES = {
    "قال", "الوزير", "و", "د", "ز", "ق.م", "2025", "3.5", " ", " ", " ", "  ", "\n", "\r\n", "\n\n",
    ".", ".", "..", "...", "؟", "!", "؟!", "…", "۔", "\"", "\"", "«", "»", "“", "”", "(", ")",
    "😀", "\u00A0", "\t", "www.a.com", "A.", "•", "_", "\u2029"
  };

  static void assertValid(String text, List<Span> spans) {
    int covered = 0;
    int previousEnd = 0;
    for (Span s : spans) {
      assertTrue(s.begin() >= previousEnd, () -> "overlap or disorder at " + s);
      assertTrue(s.end() <= text.length(), () -> "past the end: " + s);
      assertTrue(s.length() > 0, () -> "empty sentence " + s);
      assertTrue(!Marks.isWhitespace(text.charAt(s.begin())), () -> "untrimmed start " + s);
      assertTrue(!Marks.isWhitespace(text.charAt(s.end() - 1)), () -> "untrimmed end " + s);
      for (int i = previousEnd; i < s.begin(); i++) {
        int at = i;
        assertTrue(Marks.isWhitespace(text.charAt(i)), () -> "character " + at + " outside every sentence");
      }
      for (int i = s.begin(); i < s.end(); i++) {
        if (!Marks.isWhitespace(text.charAt(i))) {
          covered++;
        }
      }
      previousEnd = s.end();
    }
    for (int i = previousEnd; i < text.length(); i++) {
      int at = i;
      assertTrue(Marks.isWhitespace(text.charAt(i)), () -> "character " + at + " after the last sentence");
    }
    long nonSpace = text.chars().filter(c -> !Marks.isWhitespace((char) c)).count();
    assertEquals(nonSpace, covered);
  }

  @Test
  void randomTextGivesValidSpans() {
    Random random = new Random(20260401L);
    for (int doc = 0; doc < 500; doc++) {
      StringBuilder sb = new StringBuilder();
      int pieces = random.nextInt(120);
      for (int i = 0; i < pieces; i++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      assertValid(text, ANNOTATOR.sentences(text));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "\"", "«", "»", " ", "\n", "؟!", ". ", "\" ", "x.", "..\n", "a", "😀.", "(", "1. "})
  void repeatedPieceGivesValidSpansInLinearTime(String piece) {
    String text = piece.repeat(200_000 / piece.length());
    List<Span> spans = assertTimeoutPreemptively(HANG_GUARD, () -> ANNOTATOR.sentences(text));
    assertValid(text, spans);
  }

  @Test
  void twentyMegabytesWithoutPunctuationOrNewlineIsOneSentence() {
    String text = "كلمة عربية طويلة بلا ترقيم ".repeat(20_000_000 / 27).strip();
    List<Span> spans = assertTimeoutPreemptively(HANG_GUARD, () -> ANNOTATOR.sentences(text));
    assertEquals(List.of(new Span(0, text.length())), spans);
  }

  @Test
  void manyOpenersBeforeListNumbersStayLinear() {
    String text = "(".repeat(100_000) + "1. 2. 3. ".repeat(30_000);
    List<Span> spans = assertTimeoutPreemptively(HANG_GUARD, () -> ANNOTATOR.sentences(text));
    assertValid(text, spans);
  }

  @Test
  void onlyWhitespaceGivesNoSentence() {
    assertEquals(List.of(), ANNOTATOR.sentences(" \n\t\u00A0\r\n \u2029 "));
    assertEquals(List.of(), ANNOTATOR.sentences(""));
  }

  @Test
  void onlyDotsIsOneSentence() {
    String text = ".".repeat(100_000);
    assertEquals(List.of(new Span(0, text.length())), ANNOTATOR.sentences(text));
  }

  @Test
  void longTokensReachTheDetectorWithTheirInnerEndMarksMasked() {
    String longToken = "a.".repeat(40) + "b.";
    String text = "قال " + longToken + " ثم x.y.";
    String masked = SentenceSplitter.masked(text, 0, text.length());
    assertEquals(text.length(), masked.length());
    assertEquals("قال " + "a_".repeat(40) + "b." + " ثم x.y.", masked);
  }
}

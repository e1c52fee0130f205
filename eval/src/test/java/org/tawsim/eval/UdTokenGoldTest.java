/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Span;

class UdTokenGoldTest {

  /** Clitic words glued back, punctuation apart, a multiword token counted once. */
  private static final String CONLLU =
      """
      # sent_id = s1
      # text = قال لأوباما: "نعم".
      1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_
      2\tل\tل\tADP\t_\t_\t3\tcase\t_\tSpaceAfter=No
      3\tأوباما\tأوباما\tPROPN\t_\t_\t1\tobl\t_\tSpaceAfter=No
      4\t:\t:\tPUNCT\t_\t_\t1\tpunct\t_\t_
      5\t"\t"\tPUNCT\t_\t_\t6\tpunct\t_\tSpaceAfter=No
      6\tنعم\tنعم\tINTJ\t_\t_\t1\tobj\t_\tSpaceAfter=No
      7\t"\t"\tPUNCT\t_\t_\t6\tpunct\t_\tSpaceAfter=No
      8\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

      # sent_id = s2
      # text = والصين 3%
      1-2\tوالصين\t_\t_\t_\t_\t_\t_\t_\t_
      1\tو\tو\tCCONJ\t_\t_\t2\tcc\t_\t_
      2\tالصين\tصين\tPROPN\t_\t_\t0\troot\t_\t_
      3\t3\t3\tNUM\t_\t_\t2\tnmod\t_\tSpaceAfter=No
      4\t%\t%\tSYM\t_\t_\t3\tdep\t_\t_

      # sent_id = s3
      # text = لا يطابق
      1\tشيء\tشيء\tNOUN\t_\t_\t0\troot\t_\t_

      """;

  @Test
  void readsGoldTokensAsWhitespaceWordsWithPunctuationApart(@TempDir Path dir) throws IOException {
    UdTokenGold.Gold gold = UdTokenGold.read(write(dir, CONLLU));
    assertEquals(List.of("s3"), gold.notAligned());
    assertEquals(2, gold.sentences().size());
    UdTokenGold.Sentence s1 = gold.sentences().get(0);
    assertEquals(
        List.of("قال", "لأوباما", ":", "\"", "نعم", "\"", "."),
        s1.tokens().stream().map(t -> t.coveredText(s1.text())).toList());
    UdTokenGold.Sentence s2 = gold.sentences().get(1);
    assertEquals(List.of(new Span(0, 6), new Span(7, 8), new Span(8, 9)), s2.tokens());
  }

  /** A tokenizer that splits on spaces only: the gold's split punctuation shows as disagreements. */
  private static List<Span> spaces(String text) {
    List<Span> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      out.add(new Span(m.start(), m.end()));
    }
    return out;
  }

  @Test
  void scoresTokensAndBoundariesAndListsDisagreements(@TempDir Path dir) throws IOException {
    TokenScorer.Result r = TokenScorer.score(UdTokenGold.read(write(dir, CONLLU)), UdTokenGoldTest::spaces);
    assertEquals(
        """
        gold: g
        sentences: 2 (not aligned, left out: 1)
        tokens: gold 10, predicted 5, matched 2
        token precision 0.4000 recall 0.2000 F1 0.2667
        boundary precision 1.0000 recall 0.6667 F1 0.8000
        disagreements: 3
          s1: gold [لأوباما | :] tokens [لأوباما:]
          s1: gold [" | نعم | " | .] tokens ["نعم".]
          s2: gold [3 | %] tokens [3%]
          not aligned: s3
        """,
        r.report("g", 5));
    assertEquals(new Score(10, 5, 2), r.tokens());
    assertEquals(new Score(15, 10, 10), r.boundaries());
  }

  @Test
  void rejectsAShortWordLineNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path bad = write(dir, "# text = قال\n1\tقال\tVERB\n\n");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> UdTokenGold.read(bad));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
  }

  private static Path write(Path dir, String content) throws IOException {
    Path file = dir.resolve("gold.conllu");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}

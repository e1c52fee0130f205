/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.eval.TokenScorer;
import org.tawsim.eval.UdTokenGold;
import picocli.CommandLine;

/** {@code tawsim eval tokens}: the command's report; reading and scoring are tested in eval. */
class TokensEvalCommandTest {

  @Test
  void printsTheReportOfTheTokenizer(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("gold.conllu");
    Files.writeString(gold, """
        # sent_id = t1
        # text = الساعة 6:30
        1\tالساعة\tساعة\tNOUN\t_\t_\t0\troot\t_\t_
        2\t6:30\t6:30\tNUM\t_\t_\t1\tnmod\t_\t_

        """, StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    CommandLine cl = Tawsim.commandLine();
    cl.setOut(new PrintWriter(out));
    assertEquals(0, cl.execute("eval", "tokens", "--gold", gold.toString()));
    // the tokenizer splits the time: boundaries 0 6 7 11 in the gold, and 8 9 besides predicted
    assertEquals("gold: " + gold + "\n"
        + """
        sentences: 1 (not aligned, left out: 0)
        tokens: gold 2, predicted 4, matched 1
        token precision 0.2500 recall 0.5000 F1 0.3333
        boundary precision 0.6667 recall 1.0000 F1 0.8000
        disagreements: 1
          t1: gold [6:30] tokens [6 | : | 30]
        """, out.toString());
  }

  /** Point 4 of issue 3: token F1 against UD Arabic-PUD, when the shared data is beside the clone. */
  @Test
  void tokenF1OnPudIsAtLeast0995() throws IOException {
    Path pud =
        Path.of(System.getProperty("tawsim.shared.dir", "../shared"), "data", "ud-pud-ar",
            "ar_pud-ud-test.conllu");
    Assumptions.assumeTrue(Files.isRegularFile(pud), "no shared data at " + pud);
    TokenScorer.Result r = TokenScorer.score(UdTokenGold.read(pud), new ArabicTokenizer()::spans);
    assertEquals(1000, r.sentences());
    assertTrue(r.tokens().f1() >= 0.995, r.report(pud.toString(), 50));
  }
}

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

class TokensEvalCommandTest {

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
  void scoresAndListsDisagreements(@TempDir Path dir) throws IOException {
    String twoTimes = """
        # sent_id = t1
        # text = الساعة 6:30
        1\tالساعة\tساعة\tNOUN\t_\t_\t0\troot\t_\t_
        2\t6:30\t6:30\tNUM\t_\t_\t1\tnmod\t_\t_

        """;
    StringWriter out = new StringWriter();
    CommandLine cl = Tawsim.commandLine();
    cl.setOut(new PrintWriter(out));
    int code = cl.execute("eval", "tokens", "--gold", write(dir, CONLLU + twoTimes).toString());
    assertEquals(0, code);
    String report = out.toString();
    assertTrue(report.contains("tokens: gold 12, predicted 14, matched 11"), report);
    assertTrue(report.contains("t1: gold [6:30] tokens [6 | : | 30]"), report);
    assertTrue(report.contains("not aligned: s3"), report);
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

  private static Path write(Path dir, String content) throws IOException {
    Path file = dir.resolve("gold.conllu");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class SentencesEvalCommandTest {

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Tawsim.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static double f1(String out) {
    Matcher m = Pattern.compile("F1 (\\d\\.\\d{4})").matcher(out);
    assertTrue(m.find(), out);
    return Double.parseDouble(m.group(1));
  }

  private static Path shared(String file) {
    Path p = Path.of(System.getProperty("tawsim.shared.dir", "../../shared"), file);
    assumeTrue(Files.isRegularFile(p), "no shared data at " + p);
    return p;
  }

  @Test
  void scoresOneSentenceALineGold() throws IOException {
    Path gold = dir.resolve("gold.txt");
    Files.writeString(
        gold,
        "عنوان بلا نقطة\nوصل الوفد إلى موسكو.\nوبدأت المحادثات؟\n\nقال \"نعم. لا\" ثم غادر.\nانتهى.\n",
        StandardCharsets.UTF_8);
    Run r = run("eval", "sentences", "--gold", gold.toString(), "--errors", "5");
    assertEquals(0, r.exit(), r.err());
    // the headline runs into the next sentence once lines are joined by a space: one boundary
    // (after its 14 characters) missed of 3, none spurious
    assertEquals(
        """
        gold: %1$s, all part (2 documents, 5 sentences), lines joined by a space
        model: shipped Arabic model, quotations: keep_whole
        boundaries: gold 3, predicted 2, correct 2; precision 1.0000, recall 0.6667, F1 0.8000
        missed (1):
          %1$s#1@14: عنوان بلا نقطة ||  وصل الوفد إلى موسكو. وبدأت المحادثات؟
        spurious (0):
        """
            .formatted(gold),
        r.out());
  }

  @Test
  void keepsTheLineBreaksOfATextGoldWhenAsked() throws IOException {
    Path gold = dir.resolve("gold.txt");
    Files.writeString(
        gold, "عنوان بلا نقطة\nوصل الوفد إلى موسكو.\n\nانتهى.\n", StandardCharsets.UTF_8);
    Run r = run("eval", "sentences", "--gold", gold.toString(), "--join", "line_break");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        """
        gold: %s, all part (2 documents, 3 sentences), lines joined by a line break
        model: shipped Arabic model, quotations: keep_whole
        boundaries: gold 1, predicted 1, correct 1; precision 1.0000, recall 1.0000, F1 1.0000
        """
            .formatted(gold),
        r.out());
  }

  @Test
  void scoresTheLookAndCheckPartsByDocumentOrder() throws IOException {
    Path gold = dir.resolve("gold.txt");
    Files.writeString(gold, "وصل الوفد.\nبدأت المحادثات.\n\n".repeat(4) + "عنوان\nجملة.\n", StandardCharsets.UTF_8);
    // 5 documents: the look part is the first 4 (8 sentences, a boundary each, all found), the
    // check part the last, whose headline without an end mark runs into its sentence
    Run look = run("eval", "sentences", "--gold", gold.toString(), "--part", "look");
    assertEquals(0, look.exit(), look.err());
    assertEquals(
        """
        gold: %s, look part (4 documents, 8 sentences), lines joined by a space
        model: shipped Arabic model, quotations: keep_whole
        boundaries: gold 4, predicted 4, correct 4; precision 1.0000, recall 1.0000, F1 1.0000
        """
            .formatted(gold),
        look.out());
    Run check = run("eval", "sentences", "--gold", gold.toString(), "--part", "check");
    assertEquals(0, check.exit(), check.err());
    assertEquals(
        """
        gold: %s, check part (1 documents, 2 sentences), lines joined by a space
        model: shipped Arabic model, quotations: keep_whole
        boundaries: gold 1, predicted 0, correct 0; precision 0.0000, recall 0.0000, F1 0.0000
        """
            .formatted(gold),
        check.out());
  }

  @ParameterizedTest(name = "{0}: exit {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--part check --errors 3 | 2 | --errors with --part check: the check part's errors are not studied, only its score",
        "--errors -1             | 2 | --errors must be at least 0, not -1",
      })
  void refusesBadOptionCombinationsAsUsageErrors(String options, int exit, String message)
      throws IOException {
    Path gold = dir.resolve("gold.txt");
    Files.writeString(gold, "أ.\n", StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("eval", "sentences", "--gold", gold.toString()));
    args.addAll(List.of(options.split(" ")));
    Run r = run(args.toArray(String[]::new));
    assertEquals(exit, r.exit(), r.err());
    assertEquals("", r.out());
    // a usage error: the message, then the command's usage, as picocli prints for every command
    assertEquals(message, r.err().lines().findFirst().orElseThrow(), r.err());
    assertEquals("Usage: tawsim eval sentences [-hV] [--errors=N] --gold=FILE [--join=JOIN]",
        r.err().lines().skip(1).findFirst().orElseThrow(), r.err());
  }

  @Test
  void reachesTheTargetOnTheSamplePageGold() {
    Path gold = shared("data/samples/news-page-iran-russia.sentences.jsonl");
    Run r = run("eval", "sentences", "--gold", gold.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(f1(r.out()) >= 0.99, r.out());
  }

  @Test
  void scoresTheNtrexDevelopmentPartWithItsQuotationConvention() {
    Path gold = Path.of("../annotate/training/sentences/ntrex-ar.dev.txt");
    Run r = run("eval", "sentences", "--gold", gold.toString(), "--quotations", "split");
    assertEquals(0, r.exit(), r.err());
    // a floor against regressions; the rest are lines without end marks (see the README)
    assertTrue(f1(r.out()) >= 0.93, r.out());
  }

  @Test
  void rejectsAMissingGoldFileAsUsageError() {
    Run r = run("eval", "sentences", "--gold", dir.resolve("none.txt").toString());
    assertEquals(Tawsim.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("none.txt: no such gold file"), r.err());
  }

  @Test
  void reportsBadJsonlGoldWithFileAndLine() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"id\": \"a\", \"text\": \"x\"}\n", StandardCharsets.UTF_8);
    Run r = run("eval", "sentences", "--gold", gold.toString());
    assertEquals(Tawsim.EXIT_FAILURE, r.exit());
    assertTrue(r.err().contains(gold + ": line 1: no \"sentences\""), r.err());
  }

  @Test
  void trainsAModelThatEvalUses() throws IOException {
    Path train = dir.resolve("train.txt");
    Files.writeString(
        train,
        "وصل الوفد إلى موسكو.\nوبدأت المحادثات.\nوالتقى د. أحمد بالوفد.\n\n".repeat(10),
        StandardCharsets.UTF_8);
    Path abbreviations = dir.resolve("abbr.txt");
    Files.writeString(abbreviations, "# mine\nد.\n", StandardCharsets.UTF_8);
    Path model = dir.resolve("out/model.bin");
    Run t =
        run("train-sentences", "-o", model.toString(), "--cutoff", "0", "--iterations", "30",
            "--abbreviations", abbreviations.toString(), train.toString());
    assertEquals(0, t.exit(), t.err());
    assertTrue(Files.size(model) > 0);
    assertTrue(t.err().contains("(1 abbreviations)"), t.err());
    Run e = run("eval", "sentences", "--gold", train.toString(), "--model", model.toString());
    assertEquals(0, e.exit(), e.err());
    assertTrue(e.out().contains("model: " + model), e.out());
    assertEquals(1.0, f1(e.out()));
  }

  @Test
  void rejectsAMissingTrainingFile() {
    Run r = run("train-sentences", "-o", dir.resolve("m.bin").toString(), dir.resolve("no.txt").toString());
    assertEquals(Tawsim.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("no.txt: no such training file"), r.err());
  }
}

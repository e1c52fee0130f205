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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EntitiesEvalCommandTest {

  /** ANERcorp-style gold (PERS, IOB2), with one IOB1 sentence; written for this test. */
  private static final String GOLD =
      """
      وقال O
      الرئيس O
      الروسي O
      فلاديمير B-PERS
      بوتين I-PERS
      في O
      موسكو B-LOC
      إن O
      العلاقات O
      مع O
      والصين B-LOC
      جيدة O
      . O

      ذكرت O
      وكالة O
      رويترز I-ORG
      أن O
      الاتحاد I-ORG
      الأوروبي I-ORG
      وافق O
      . O

      """;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Tawsim.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Path gold(Path dir) throws IOException {
    Path f = dir.resolve("gold.txt");
    Files.writeString(f, GOLD, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void scoresTheTaggerAgainstMappedGold(@TempDir Path dir) throws IOException {
    Run r = run("eval", "entities", "--gold", gold(dir).toString(),
        "--label-map", "PER=PERS,LOC=LOC,ORG=ORG");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("found: 5 phrases; correct: 5; gold: 5."), r.out());
    assertTrue(r.out().contains("PERS: precision: 100.00%; recall: 100.00%"), r.out());
    assertTrue(r.out().contains("mapped types: precision: 100.00%"), r.out());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "look, 'found: 3 phrases; correct: 3; gold: 3.'",
    "check, 'found: 2 phrases; correct: 2; gold: 2.'",
    "all, 'found: 5 phrases; correct: 5; gold: 5.'",
  })
  void scoresThePartOfTheProtocol(String part, String first, @TempDir Path dir)
      throws IOException {
    Run r = run("eval", "entities", "--gold", gold(dir).toString(),
        "--label-map", "PER=PERS,LOC=LOC,ORG=ORG", "--part", part);
    assertEquals(0, r.code(), r.err());
    assertEquals(first, r.out().lines().findFirst().orElseThrow());
  }

  /**
   * The protocol in the tool: the check part's predictions are its errors, so they are not written;
   * the look part's and, as for {@code eval sentences --errors}, the whole file's are.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}: exit {1}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "--part check --write-predictions | 2 | --write-predictions with --part check: the check"
            + " part's errors are not studied, only its score",
        "--part look --write-predictions  | 0 | ''",
        "--write-predictions              | 0 | ''",
      })
  void refusesToWriteTheCheckPartsPredictions(String options, int exit, String message,
      @TempDir Path dir) throws IOException {
    Path predictions = dir.resolve("predictions.txt");
    List<String> args = new java.util.ArrayList<>(List.of("eval", "entities", "--gold",
        gold(dir).toString(), "--label-map", "PER=PERS,LOC=LOC,ORG=ORG"));
    args.addAll(List.of(options.split(" ")));
    args.add(predictions.toString());
    Run r = run(args.toArray(String[]::new));
    assertEquals(exit, r.code(), r.err());
    assertEquals(message, r.err().lines().findFirst().orElse(""), r.err());
    assertEquals(exit == 0, Files.exists(predictions));
    if (exit != 0) {
      assertEquals("", r.out());
      assertTrue(r.err().lines().skip(1).findFirst().orElseThrow()
          .startsWith("Usage: tawsim eval entities "), r.err());
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "1, 0", "2, 1", "4, 3", "5, 4", "10, 8", "4162, 3329",
  })
  void theCheckPartIsTheLastFifthInFileOrder(int units, int cut) {
    assertEquals(cut, EvalPart.lookShare(units));
  }

  @Test
  void writesPredictionsAsConllevalReadsThem(@TempDir Path dir) throws IOException {
    Path predictions = dir.resolve("out/pred.txt");
    Run r = run("eval", "entities", "--gold", gold(dir).toString(),
        "--label-map", "PER=PERS,LOC=LOC,ORG=ORG", "--write-predictions", predictions.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
    assertEquals("فلاديمير B-PERS B-PERS", lines.get(3));
    assertEquals("بوتين I-PERS I-PERS", lines.get(4));
    assertEquals("", lines.get(13));
    assertEquals("رويترز B-ORG B-ORG", lines.get(16));
    assertEquals(23, lines.size());
  }

  @Test
  void withoutAMapNationalitiesAndTypesStayAsTheyAre(@TempDir Path dir) throws IOException {
    Run r = run("eval", "entities", "--gold", gold(dir).toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("NORP: precision:   0.00%"), r.out());
    assertTrue(r.out().contains("PERS: precision:   0.00%"), r.out());
  }

  @Test
  void userGazetteersAddEntities(@TempDir Path dir) throws IOException {
    Path list = dir.resolve("agencies.txt");
    Files.writeString(list, "وكالة\n", StandardCharsets.UTF_8);
    Run r = run("eval", "entities", "--gold", gold(dir).toString(),
        "--gazetteer", "AGENCY=" + list, "--label-map", "AGENCY=ORG");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("found: 1 phrases; correct: 0; gold: 2."), r.out());
  }

  @Test
  void badArgumentsAreUsageErrors(@TempDir Path dir) throws IOException {
    assertEquals(2, run("eval", "entities", "--gold", gold(dir).toString(),
        "--label-map", "PER").code());
    assertEquals(2, run("eval", "entities", "--gold", gold(dir).toString(),
        "--gazetteer", "lower=x").code());
    Run missing = run("eval", "entities", "--gold", dir.resolve("none.txt").toString());
    assertEquals(3, missing.code());
    assertTrue(missing.err().contains("none.txt"), missing.err());
  }

  @Test
  void reportsABadGoldLineWithItsPlace(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "موسكو B-LOC\nكلمة\n", StandardCharsets.UTF_8);
    Run r = run("eval", "entities", "--gold", bad.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("line 2"), r.err());
  }

  @Test
  void annotateTakesGazetteersToo(@TempDir Path dir) throws IOException {
    Path list = dir.resolve("ships.txt");
    Files.writeString(list, "سفينة النور\n", StandardCharsets.UTF_8);
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "أبحرت سفينة النور من موسكو", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    Run r = run("annotate", in.toString(), "-o", out.toString(), "--gazetteer", "SHIP=" + list);
    assertEquals(0, r.code(), r.err());
    String json = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(json.contains("\"type\":\"SHIP\""), json);
    assertTrue(json.contains("\"type\":\"LOC\""), json);
  }
}

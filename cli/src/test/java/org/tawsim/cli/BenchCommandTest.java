/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.annotate.Annotators;
import org.tawsim.core.Annotator;
import picocli.CommandLine;

class BenchCommandTest {

  @Test
  void reportsEveryStageBaselineAndThreadCountAsJson(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "قال الرئيس إن الاتفاقية مهمة. وأضاف: «نعم».\n", StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    CommandLine cl = Tawsim.commandLine();
    cl.setOut(new PrintWriter(out, true));
    int code =
        cl.execute("bench", dir.toString(), "--warmup", "0", "--measure", "0.05", "--threads", "2", "--no-scaling", "--rounds", "3", "--json");
    assertEquals(0, code, out.toString());
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals(1, json.get("corpus").get("documents").intValue());
    JsonNode stages = json.get("stages");
    Set<String> rows = new HashSet<>();
    boolean baseline = false;
    for (JsonNode s : stages) {
      assertTrue(s.get("chars_per_second").doubleValue() > 0, s.toString());
      rows.add(s.get("stage").textValue() + "@" + s.get("threads").intValue());
      baseline |= s.get("stage").textValue().startsWith("baseline");
    }
    for (Annotator step : Annotators.defaultPipeline().steps()) {
      assertTrue(rows.contains(step.name() + "@1") && rows.contains(step.name() + "@2"),
          step.name() + " at 1 and 2 threads: " + rows);
    }
    assertTrue(rows.contains("pipeline@1") && rows.contains("pipeline@2"), rows.toString());
    assertEquals(2, json.get("speedup_threads").intValue());
    assertEquals(3, json.get("speedup_rounds").size(), "one speed-up per round");
    assertTrue(baseline);
    assertTrue(json.has("speedup"));
    assertTrue(!json.get("machine").get("collectors").textValue().isEmpty(), json.toString());
  }

  @Test
  void oneThreadGivesOnePipelineRowAndNoSpeedUpInAnyNumberOfRounds(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("a.txt"), "قال الرئيس إن الاتفاقية مهمة.\n", StandardCharsets.UTF_8);
    for (String rounds : new String[] {"1", "2"}) {
      StringWriter out = new StringWriter();
      CommandLine cl = Tawsim.commandLine();
      cl.setOut(new PrintWriter(out, true));
      int code = cl.execute("bench", dir.toString(), "--warmup", "0", "--measure", "0.01",
          "--threads", "1", "--no-scaling", "--rounds", rounds, "--json");
      assertEquals(0, code, out.toString());
      JsonNode json = new ObjectMapper().readTree(out.toString());
      int pipelines = 0;
      for (JsonNode s : json.get("stages")) {
        pipelines += s.get("stage").textValue().equals("pipeline") ? 1 : 0;
        assertEquals(1, s.get("threads").intValue(), s.toString());
      }
      assertEquals(1, pipelines, rounds + " rounds");
      assertTrue(!json.has("speedup"), json.toString());
    }
  }

  @Test
  void scalingRatioIsTheLargestTimePerCharOverTheSmallestOfEachColumn() {
    java.util.List<double[]> rows =
        java.util.List.of(
            new double[] {1024, 20, 100}, new double[] {10240, 10, 150}, new double[] {1 << 20, 30, 100});
    assertEquals(3.0, ScalingCheck.scalingRatio(rows, 1), 1e-9); // the middle row is the smallest
    assertEquals(1.5, ScalingCheck.scalingRatio(rows, 2), 1e-9);
    assertEquals(1.0, ScalingCheck.scalingRatio(java.util.List.of(rows.get(0)), 1), 1e-9);
  }

  @Test
  void readsScalingSizesWithUnits() {
    SizeConverter sizes = new SizeConverter();
    assertEquals(1000, sizes.convert("1000"));
    assertEquals(10 << 10, sizes.convert("10K"));
    assertEquals(40 << 20, sizes.convert("40m"));
    for (String bad : new String[] {"", "K", "ten", "0", "-5K", "1G", "300M"}) {
      CommandLine.TypeConversionException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              CommandLine.TypeConversionException.class, () -> sizes.convert(bad), bad);
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }

  @Test
  void timesEachStageOnDocumentsOfTheSizesAsked(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "قال الرئيس إن الاتفاقية مهمة. وأضاف: «نعم».\n", StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    CommandLine cl = Tawsim.commandLine();
    cl.setOut(new PrintWriter(out, true));
    int code =
        cl.execute("bench", dir.toString(), "--warmup", "0", "--measure", "0.01", "--threads", "1",
            "--sizes", "100,1K", "--rounds", "3", "--json");
    assertEquals(0, code, out.toString());
    JsonNode json = new ObjectMapper().readTree(out.toString());
    JsonNode rows = json.get("scaling");
    assertEquals(2, rows.size());
    assertEquals(100, rows.get(0).get("chars").intValue());
    assertEquals(1024, rows.get(1).get("chars").intValue());
    assertTrue(rows.get(1).get("ns_per_char_pipeline").doubleValue() > 0);
    assertTrue(json.get("scaling_max_over_min").get("pipeline").doubleValue() >= 1);
    assertTrue(json.get("scaling_max_over_min_within_rounds").get("pipeline").doubleValue() >= 1);
    JsonNode rounds = json.get("scaling_rounds");
    assertEquals(3, rounds.size());
    for (JsonNode round : rounds) {
      assertEquals(2, round.size());
      assertEquals(1024, round.get(1).get("chars").intValue(), "rows in size order in every round");
    }
  }

  @Test
  void eachScalingCellIsItsMedianOverTheRounds() {
    java.util.List<java.util.List<double[]>> rounds =
        java.util.List.of(
            java.util.List.of(new double[] {1024, 10, 100}, new double[] {10240, 40, 300}),
            java.util.List.of(new double[] {1024, 30, 110}, new double[] {10240, 20, 100}),
            java.util.List.of(new double[] {1024, 20, 900}, new double[] {10240, 30, 200}));
    java.util.List<double[]> median = ScalingCheck.medianOfRounds(rounds);
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1024, 20, 110}, median.get(0));
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {10240, 30, 200}, median.get(1));
    // each round's pipeline max/min: 3, 1.1 and 4.5; their median 3
    assertEquals(3.0, ScalingCheck.scalingRatioWithinRounds(rounds, 2), 1e-9);
    // an even number of rounds: the mean of the middle two
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new double[] {1024, 20, 105}, ScalingCheck.medianOfRounds(rounds.subList(0, 2)).get(0));
  }

  @Test
  void rejectsBadSettings() {
    CommandLine cl = Tawsim.commandLine();
    cl.setErr(new PrintWriter(new StringWriter(), true));
    assertEquals(2, cl.execute("bench", "samples", "--threads", "0"));
    assertEquals(2, cl.execute("bench", "samples", "--rounds", "0"));
  }

  @Test
  void cutsTheSameTextIntoDocumentsOfEachSizeAtWhitespace() {
    String text = "قال الرئيس إن الاتفاقية مهمة جدا. وأضاف أن التعاون مستمر.\n".repeat(40);
    for (int size : new int[] {16, 100, 1000, text.length()}) {
      java.util.List<org.tawsim.core.Document> pieces = ScalingCheck.cut(text, size);
      StringBuilder joined = new StringBuilder();
      for (org.tawsim.core.Document d : pieces) {
        assertTrue(d.text().length() >= Math.min(size, text.length() - joined.length()), d.text());
        joined.append(d.text());
        assertTrue(
            joined.length() == text.length() || Character.isWhitespace(text.charAt(joined.length())),
            "cut inside a word at " + joined.length());
      }
      assertEquals(text, joined.toString());
      assertTrue(pieces.size() <= (text.length() + size - 1) / size, "at least size chars each");
    }
  }
}

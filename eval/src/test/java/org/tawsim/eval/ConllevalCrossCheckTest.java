/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.export.Formats;
import org.tawsim.export.ReaderFormat;
import org.tawsim.export.conll.ConllReader;

/**
 * {@link EntityScorer} agrees with CoNLL's conlleval.pl on the same predictions, written by {@link
 * ConllevalWriter}. Runs the script from {@code ../shared/tools} (never copied into the project);
 * skips when it or perl is missing.
 */
class ConllevalCrossCheckTest {

  private static final Pattern LINE = Pattern.compile(
      "^\\s*(\\S+): precision:\\s+([\\d.]+)%; recall:\\s+([\\d.]+)%; FB1:\\s+([\\d.]+)");

  private static final String GOLD = """
      وقال O
      الرئيس O
      فلاديمير B-PER
      بوتين I-PER
      في O
      موسكو B-LOC
      إن O
      روسيا B-LOC
      والصين B-LOC
      . O

      ذكرت O
      وكالة O
      رويترز B-ORG
      أن O
      الأمم B-ORG
      المتحدة I-ORG
      في O
      نيويورك B-LOC
      . O
      """;

  @Test
  void agreesWithConllevalOnPerturbedPredictions(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path shared = Path.of(System.getProperty("tawsim.shared.dir", "../shared"));
    Path script = shared.resolve("tools/conlleval.pl");
    assumeTrue(Files.isRegularFile(script), "no conlleval.pl at " + script);
    List<Document> docs = new ArrayList<>();
    docs.addAll(Formats.readAll(ReaderFormat.CONLL, "gold", new java.io.ByteArrayInputStream(
        GOLD.getBytes(StandardCharsets.UTF_8))));
    Path anercorp = shared.resolve("data/anercorp-train/anercorp-train.txt");
    if (Files.isRegularFile(anercorp)) {
      try (InputStream in = Files.newInputStream(anercorp)) {
        docs.addAll(ConllReader.builder().documentPerSentence(true)
                .build("anercorp", in, RejectHandler.FAIL).readAll().subList(0, 600));
      }
    }
    Random random = new Random(7);
    EntityScorer scorer = new EntityScorer();
    StringWriter out = new StringWriter();
    ConllevalWriter writer = new ConllevalWriter(out);
    for (Document d : docs) {
      List<Entity> gold = d.layer(Entity.class);
      List<Entity> predicted = ConllevalWriter.aligned(d, perturb(d, gold, random));
      scorer.add(gold, predicted);
      writer.write(d, gold, predicted);
    }
    Path file = dir.resolve("predictions.txt");
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    String report = conlleval(script, file);
    assumeTrue(report != null, "perl did not run");
    assertSame(scorer.overall(), numbers(report, "overall"), "overall");
    scorer.byType().forEach((type, s) -> {
      if (s.predicted() > 0) { // conlleval lists only the types it found in predictions or gold
        assertSame(s, numbers(report, type.name()), type.name());
      }
    });
  }

  /** Compares to conlleval's two decimals (perl's printf rounds exact halves to even, Java up). */
  private static void assertSame(Score s, String conlleval, String what) {
    String[] p = conlleval.split(" ");
    double[] ours = {100 * s.precision(), 100 * s.recall(), 100 * s.f1()};
    for (int i = 0; i < 3; i++) {
      assertEquals(ours[i], Double.parseDouble(p[i]), 0.0051,
          () -> what + ": ours " + String.format(Locale.ROOT, "%.4f", ours[0]) + " vs " + conlleval);
    }
  }

  /** Drops, shifts and retypes some gold entities, and adds one-token ones, deterministically. */
  private static List<Entity> perturb(Document d, List<Entity> gold, Random random) {
    List<Token> tokens = d.layer(Token.class);
    List<Entity> out = new ArrayList<>();
    boolean[] used = new boolean[tokens.size()];
    for (Entity e : gold) {
      int r = random.nextInt(10);
      if (r == 0) {
        continue;
      }
      Entity p = r == 1 ? new Entity(e.span(), EntityType.MISC, "")
          : r == 2 ? new Entity(firstToken(tokens, e.span()), e.type(), "") : e;
      out.add(p);
      mark(tokens, p.span(), used);
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!used[i] && random.nextInt(15) == 0) {
        out.add(new Entity(tokens.get(i).span(), EntityType.LOC, ""));
        used[i] = true;
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  private static Span firstToken(List<Token> tokens, Span s) {
    for (Token t : tokens) {
      if (t.span().begin() == s.begin()) {
        return t.span();
      }
    }
    return s;
  }

  private static void mark(List<Token> tokens, Span s, boolean[] used) {
    for (int i = 0; i < tokens.size(); i++) {
      if (s.contains(tokens.get(i).span())) {
        used[i] = true;
      }
    }
  }

  private static String conlleval(Path script, Path file) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("perl", script.toString())
          .redirectInput(file.toFile()).redirectErrorStream(true).start();
      String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0 ? report : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String numbers(String report, String name) {
    for (String line : report.split("\n")) {
      String l = line.startsWith("accuracy") ? "overall: " + line.substring(line.indexOf("precision")) : line;
      Matcher m = LINE.matcher(l);
      if (m.find() && m.group(1).equals(name)) {
        return m.group(2) + " " + m.group(3) + " " + m.group(4);
      }
    }
    return "missing " + name + " in " + report;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ExportCommandTest {

  /** Two documents of native JSONL: one with tokens and a PER entity, one without tokens. */
  private static final String INPUT = """
      {"id":"a","text":"قال بوتين 🙂 اليوم","sentences":[{"start":0,"end":16}],"tokens":[{"start":0,"end":3,"norm":"قال"},{"start":4,"end":9,"norm":"بوتين"},{"start":10,"end":11,"norm":"🙂"},{"start":12,"end":17,"norm":"اليوم"}],"entities":[{"start":4,"end":9,"type":"PER","source":""}]}
      {"id":"b","text":"لا رموز هنا"}
      """;

  private record Run(int exit, String err) {}

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cl = Tawsim.commandLine();
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, err.toString());
  }

  @Test
  void exportsConllAndRejectsTheDocumentWithoutTokens(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, INPUT, UTF_8);
    Path out = dir.resolve("out.conll");
    Run r = run("export", in.toString(), "-o", out.toString(), "--format", "conll",
        "--conll-layout", "two-columns");
    assertEquals(1, r.exit(), r.err());
    assertEquals("قال O\nبوتين B-PER\n🙂 O\nاليوم O\n\n", Files.readString(out, UTF_8));
    assertTrue(r.err().contains("document 'b': has no token layer"), r.err());
    assertTrue(Files.readString(dir.resolve("out.conll.rejects.jsonl"), UTF_8).contains("\"input\":\"document 'b'\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jsonl", "conll", "conllu", "spacy", "hf", "doccano", "labelstudio"})
  void exportsEveryFormat(String format, @TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, INPUT.lines().findFirst().orElseThrow() + "\n", UTF_8);
    Path out = dir.resolve("out" + (format.equals("hf") ? ".hf.jsonl"
        : format.equals("labelstudio") ? ".json" : "." + format));
    Run r = run("export", in.toString(), "-o", out.toString(), "--format", format);
    assertEquals(0, r.exit(), r.err());
    String written = Files.readString(out, UTF_8);
    assertFalse(written.isEmpty());
    if (format.equals("hf")) {
      assertTrue(Files.exists(dir.resolve("out.hf.labels.json")));
    }
    if (format.equals("labelstudio")) {
      assertTrue(Files.readString(dir.resolve("out.config.xml"), UTF_8).contains("<Label value=\"PER\"/>"));
    }
  }

  @Test
  void warnsAboutAdjustedEntities(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, INPUT.lines().findFirst().orElseThrow()
        .replace("{\"start\":4,\"end\":9,\"type\":\"PER\"", "{\"start\":5,\"end\":9,\"type\":\"PER\"") + "\n", UTF_8);
    Path out = dir.resolve("out.conll");
    Run r = run("export", in.toString(), "-o", out.toString(), "--format", "conll",
        "--boundaries", "drop");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("warning: document 'a': entity PER [5, 9) 'وتين' is not on token"
        + " boundaries; dropped"), r.err());
    assertTrue(r.err().contains("1 entities dropped"), r.err());
  }

  @Test
  void rejectsUnknownFormatAsUsageError(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, INPUT, UTF_8);
    Run r = run("export", in.toString(), "-o", dir.resolve("x").toString(), "--format", "xml");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("unknown output format 'xml'"), r.err());
    assertFalse(Files.exists(dir.resolve("x")));
  }

  @Test
  void refusesHfToStdoutWithoutLabelsFile(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, INPUT, UTF_8);
    Run r = run("export", in.toString(), "-o", "-", "--format", "hf");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--labels"), r.err());
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RenderCommandTest {

  /** Code-point offsets: the entity comes after an emoji, one code point, two UTF-16 units. */
  private static final String CORPUS =
      "{\"id\":\"a\",\"text\":\"😀 زار الرئيس موسكو\",\"entities\":"
          + "[{\"start\":13,\"end\":18,\"type\":\"LOC\",\"source\":\"\"}]}\n"
          + "{\"id\":\"<b>\",\"text\":\"<script>x()</script>\"}\n";

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Tawsim.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void rendersJsonlIntoOneHtmlPage() throws IOException {
    Path in = dir.resolve("corpus.jsonl");
    Files.writeString(in, CORPUS, StandardCharsets.UTF_8);
    Path out = dir.resolve("view/corpus.html");
    assertEquals(0, run("render", in.toString(), "-o", out.toString(), "--page-size", "1"));
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(html.contains("<title>corpus.jsonl</title>"));
    assertTrue(html.contains("<span class=\"e t-LOC\" data-type=\"LOC\" title=\"LOC\">موسكو</span>"));
    assertTrue(html.contains("&lt;script&gt;x()&lt;/script&gt;"));
    assertTrue(html.contains("<span id=\"page-count\">2</span>"));
    assertEquals("", err.toString());
  }

  @Test
  void sameInputGivesTheSameBytes() throws IOException {
    Path in = dir.resolve("corpus.jsonl");
    Files.writeString(in, CORPUS, StandardCharsets.UTF_8);
    assertEquals(0, run("render", in.toString(), "-o", dir.resolve("a.html").toString()));
    assertEquals(0, run("render", in.toString(), "-o", dir.resolve("b.html").toString()));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a.html")), Files.readAllBytes(dir.resolve("b.html")));
  }

  @Test
  void reportsABadLineAndRendersTheRest() throws IOException {
    Path in = dir.resolve("corpus.jsonl");
    Files.writeString(in, CORPUS + "{\"id\":\"c\"}\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("corpus.html");
    assertEquals(1, run("render", in.toString(), "-o", out.toString()));
    assertTrue(err.toString().contains("line 3"), err.toString());
    assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("2 documents"));
    assertTrue(Files.exists(dir.resolve("corpus.html.rejects.jsonl")));
  }

  @Test
  void rejectsAPageSizeOfZero() throws IOException {
    Path in = dir.resolve("corpus.jsonl");
    Files.writeString(in, CORPUS, StandardCharsets.UTF_8);
    Path out = dir.resolve("corpus.html");
    assertEquals(2, run("render", in.toString(), "-o", out.toString(), "--page-size", "0"));
    assertTrue(err.toString().contains("page size"), err.toString());
    assertFalse(Files.exists(out));
  }
}

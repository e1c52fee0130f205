/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class BuildCommandTest {

  @TempDir Path dir;

  private record Run(int exit, String err) {}

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cl = Tawsim.commandLine();
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, err.toString());
  }

  private Path pages(int n) throws IOException {
    Path in = dir.resolve("pages");
    Files.createDirectories(in);
    for (int i = 0; i < n; i++) {
      Files.writeString(
          in.resolve("page-" + i + ".txt"),
          "عنوان الخبر رقم " + i + "\n\nالرياض - واس: نص الخبر رقم " + i
              + " يتحدث عن موضوع مختلف في كل صفحة من الصفحات.\n\nالمصدر: واس\n\nكلمات دلالية: أخبار",
          UTF_8);
    }
    return in;
  }

  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void buildsTheSplitsAndPrintsTheEquation() throws IOException {
    Path out = dir.resolve("out");
    Run r = run("build", pages(12).toString(), "-o", out.toString(), "--threads", "2");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("inputs 12 = written 12 + rejected 0 + dropped duplicates 0"), r.err());
    assertTrue(Files.exists(out.resolve("jsonl/train.jsonl")));
    assertTrue(Files.exists(out.resolve("stats.json")));
    String all =
        Files.readString(out.resolve("jsonl/train.jsonl"))
            + Files.readString(out.resolve("jsonl/dev.jsonl"))
            + Files.readString(out.resolve("jsonl/test.jsonl"));
    assertTrue(all.contains("\"type\":\"dateline\""), "zones are exported");
    assertTrue(!all.contains("كلمات دلالية"), "keywords are not article text");
  }

  @Test
  void gazetteerReachesTheBuildersTagger() throws IOException {
    Path list = dir.resolve("topics.txt");
    Files.writeString(list, "موضوع مختلف\n", UTF_8);
    Path out = dir.resolve("out");
    Run r =
        run("build", pages(3).toString(), "-o", out.toString(), "-q",
            "--gazetteer", "TOPIC=" + list);
    assertEquals(0, r.exit(), r.err());
    String all =
        Files.readString(out.resolve("jsonl/train.jsonl"))
            + Files.readString(out.resolve("jsonl/dev.jsonl"))
            + Files.readString(out.resolve("jsonl/test.jsonl"));
    assertEquals(3, all.split("\"type\":\"TOPIC\"", -1).length - 1, all);
  }

  @Test
  void keepZonesKeepsTheWholePage() throws IOException {
    Path out = dir.resolve("out");
    Run r = run("build", pages(3).toString(), "-o", out.toString(), "--keep-zones", "-q");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err(), "quiet");
    String all =
        Files.readString(out.resolve("jsonl/train.jsonl"))
            + Files.readString(out.resolve("jsonl/dev.jsonl"))
            + Files.readString(out.resolve("jsonl/test.jsonl"));
    assertTrue(all.contains("كلمات دلالية"));
  }

  @Test
  void theThreadsDoNotChangeAByte() throws IOException {
    Path in = pages(40);
    run("build", in.toString(), "-o", dir.resolve("a").toString(), "--threads", "1", "-q");
    run("build", in.toString(), "-o", dir.resolve("b").toString(), "--threads", "4", "-q");
    Map<String, byte[]> a = files(dir.resolve("a"));
    Map<String, byte[]> b = files(dir.resolve("b"));
    assertEquals(a.keySet(), b.keySet());
    for (String name : a.keySet()) {
      assertArrayEquals(a.get(name), b.get(name), name);
    }
  }

  @Test
  void rejectedInputsGiveExitOne() throws IOException {
    Path in = pages(2);
    Files.writeString(in.resolve("empty.txt"), "");
    Run r = run("build", in.toString(), "-o", dir.resolve("o").toString());
    assertEquals(Tawsim.EXIT_REJECTS, r.exit(), r.err());
    assertEquals("inputs 3 = written 2 + rejected 1 + dropped duplicates 0",
        r.err().lines().findFirst().orElse(""), r.err());
    assertEquals("{\"input\":\"empty.txt\",\"location\":\"\",\"reason\":\"empty document: no text\"}\n",
        Files.readString(dir.resolve("o/rejects.jsonl")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "keep zones and split related|--keep-zones --split-related|one or the other",
        "unknown format|--formats jsonl,xml|unknown output format 'xml'",
        "bad dedup mode|--dedup sometimes|not one of keep-one, drop, off",
        "bad ratios|--split 80,20|must be three numbers",
        "no threads|--threads 0|at least 1"
      })
  void badUsageGivesExitTwo(String name, String options, String message) throws IOException {
    String[] opts = options.split(" ");
    String[] args = new String[opts.length + 4];
    args[0] = "build";
    args[1] = pages(1).toString();
    args[2] = "-o";
    args[3] = dir.resolve("o").toString();
    System.arraycopy(opts, 0, args, 4, opts.length);
    Run r = run(args);
    assertEquals(Tawsim.EXIT_USAGE, r.exit(), r.err());
    assertTrue(r.err().contains(message), r.err());
  }

  @Test
  void dedupOptionReadsItsThreeModes() {
    BuildOptions.DedupConverter c = new BuildOptions.DedupConverter();
    assertEquals(org.tawsim.dataset.DedupMode.KEEP_ONE, c.convert("keep-one"));
    assertEquals(org.tawsim.dataset.DedupMode.DROP, c.convert("DROP"));
    assertEquals(org.tawsim.dataset.DedupMode.OFF, c.convert("off"));
  }

  @Test
  void progressLineShowsRatesShareAndTimeLeft() {
    StringWriter sw = new StringWriter();
    ProgressLine p = new ProgressLine(new PrintWriter(sw), 10_000_000, () -> 0L);
    assertEquals(
        "1,000 docs  500 docs/s  2.5 MB/s   50%  ETA 0:02", p.render(1000, 5_000_000, 2.0));
    assertEquals("1 docs  2 docs/s  0.0 MB/s    0%", p.render(1, 1000, 0.5), "no ETA yet");
    assertEquals(
        "4 docs  0 docs/s  0.0 MB/s   25%  ETA 62:05", p.render(4, 2_500_000, 1241.67),
        "minutes past the hour");
    ProgressLine unknown = new ProgressLine(new PrintWriter(sw), -1, () -> 0L);
    assertEquals("10 docs  10 docs/s  0.0 MB/s", unknown.render(10, 1000, 1.0));
  }

  @Test
  void progressIsThrottledAndCleared() {
    StringWriter sw = new StringWriter();
    long[] now = {0};
    ProgressLine p = new ProgressLine(new PrintWriter(sw), -1, () -> now[0]);
    p.progress(1, 10, 10);
    assertEquals("", sw.toString(), "not before a quarter second");
    now[0] = 300_000_000L;
    p.progress(2, 20, 20);
    assertTrue(sw.toString().startsWith("\r2 docs"), sw.toString());
    p.finish();
    assertTrue(sw.toString().endsWith("\r"));
  }
}

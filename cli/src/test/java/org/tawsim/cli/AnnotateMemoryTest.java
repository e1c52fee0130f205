/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tawsim annotate} streams: a corpus of 52 M characters (104 MB as Java strings, 95 MB of
 * JSONL in, about 600 MB out) goes through a JVM with a 48 MB heap on two threads. Slow (a minute on two
 * cores), so it runs only with {@code -Dtawsim.slow=true}.
 */
@EnabledIfSystemProperty(named = "tawsim.slow", matches = "true")
class AnnotateMemoryTest {

  @TempDir Path dir;

  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  void annotatesACorpusLargerThanTheHeap() throws IOException, InterruptedException {
    Path in = dir.resolve("corpus.jsonl");
    int documents = 20_000;
    try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      for (int i = 0; i < documents; i++) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 20; s++) {
          text.append("قال وزير الخارجية الأمير سعود الفيصل في الرياض يوم ")
              .append(i)
              .append(" إن «الحوار مستمر» مع الدول المجاورة، وأضاف أن الاجتماع سيعقد في جدة. ");
        }
        w.write("{\"id\":\"d" + i + "\",\"text\":\"" + text + "\"}\n");
      }
    }
    Path out = dir.resolve("out.jsonl");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m",
                "-cp",
                System.getProperty("java.class.path"),
                Tawsim.class.getName(),
                "annotate",
                in.toString(),
                "-o",
                out.toString(),
                "--threads",
                "2")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    int exit = p.waitFor();
    assertEquals(0, exit, Files.readString(dir.resolve("log.txt")));
    int lines = 0;
    String last = "";
    try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines++;
        last = line.substring(0, 14);
      }
    }
    assertEquals(documents, lines);
    assertEquals("{\"id\":\"d19999\"", last);
  }
}

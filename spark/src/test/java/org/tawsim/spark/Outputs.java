/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.tawsim.export.OutputFormat;

/** Reading the output folders of the cluster tests: joined parts, reports, ids, executors' logs. */
final class Outputs {

  static final List<String> SPLITS = List.of("train", "dev", "test");

  private Outputs() {}

  /**
   * Asserts that each split's parts, joined in name order (every file of the split's folder, as
   * {@code cat FORMAT/SPLIT/*} joins them), are byte for byte the one-machine file, in every
   * format; the hf label lists and the reports too. Compared as digests: the files run to hundreds
   * of MB.
   */
  static void assertSameCorpus(Path oneMachine, Path cluster, List<String> formats)
      throws IOException {
    for (String f : formats) {
      OutputFormat format = OutputFormat.fromLabel(f);
      for (String split : SPLITS) {
        List<Path> parts;
        try (Stream<Path> s = Files.list(cluster.resolve(f).resolve(split))) {
          parts = s.sorted(Comparator.comparing(Path::getFileName)).toList();
        }
        String file = f + "/" + split + format.extension();
        assertArrayEquals(digest(List.of(oneMachine.resolve(file))), digest(parts), file + " " + parts);
      }
      if (format == OutputFormat.HF) {
        for (String split : SPLITS) {
          String labels = f + "/" + split + ".hf.labels.json";
          assertEquals(
              Files.readString(oneMachine.resolve(labels), UTF_8),
              Files.readString(cluster.resolve(labels), UTF_8),
              labels);
        }
      }
    }
    assertSameReports(oneMachine, cluster);
    assertFalse(Files.exists(cluster.resolve(JobOutput.STAGING)), "staging folder left behind");
  }

  /** Asserts that {@code stats.json}, {@code rejects.jsonl} and {@code summary.txt} are the builder's. */
  static void assertSameReports(Path oneMachine, Path cluster) throws IOException {
    for (String f : List.of("stats.json", "rejects.jsonl", "summary.txt")) {
      assertEquals(
          Files.readString(oneMachine.resolve(f), UTF_8), Files.readString(cluster.resolve(f), UTF_8), f);
    }
  }

  /** SHA-256 of the files' bytes one after the other. */
  private static byte[] digest(List<Path> files) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buffer = new byte[1 << 16];
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          sha.update(buffer, 0, n);
        }
      }
    }
    return sha.digest();
  }

  /**
   * The ids of the documents in the native JSONL of every split, train then dev then test: from
   * the split's file of one machine, or from its parts in name order.
   */
  static List<String> jsonlIds(Path out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> ids = new ArrayList<>();
    for (String split : SPLITS) {
      Path single = out.resolve("jsonl/" + split + ".jsonl");
      List<Path> files;
      if (Files.exists(single)) {
        files = List.of(single);
      } else {
        try (Stream<Path> s = Files.list(out.resolve("jsonl/" + split))) {
          files = s.sorted().toList();
        }
      }
      for (Path f : files) {
        try (BufferedReader r = Files.newBufferedReader(f, UTF_8)) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            ids.add(json.readTree(line).get("id").asText());
          }
        }
      }
    }
    return ids;
  }

  /** The number of tasks of pass one that have completed: their staged native JSONL is in place. */
  static long stagedParts(Path out) throws IOException {
    Path staging = out.resolve(JobOutput.STAGING);
    if (!Files.isDirectory(staging)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(staging)) {
      return s.filter(p -> p.getFileName().toString().matches("part-\\d{5}\\.jsonl"))
          .filter(p -> p.getParent().getFileName().toString().equals(JobOutput.STAGED_SPLIT))
          .filter(p -> p.getParent().getParent().getFileName().toString().equals("_jsonl"))
          .count();
    } catch (java.io.UncheckedIOException e) {
      return 0; // a file renamed under the walk: not there yet
    }
  }

  /** The applications a worker has run executors for: the folders of its work folder. */
  static Set<String> applications(Path workDir) throws IOException {
    Set<String> apps = new HashSet<>();
    if (Files.isDirectory(workDir)) {
      try (Stream<Path> s = Files.list(workDir)) {
        s.forEach(p -> apps.add(p.getFileName().toString()));
      }
    }
    return apps;
  }

  /** The number of tasks the executors of one application folder of a worker logged as given. */
  static long tasksAssigned(Path application) throws IOException {
    long n = 0;
    try (Stream<Path> s = Files.list(application)) {
      for (Path executor : s.toList()) {
        Path log = executor.resolve("stderr");
        if (Files.exists(log)) {
          n += Files.readString(log, UTF_8).lines().filter(l -> l.contains("Got assigned task")).count();
        }
      }
    }
    return n;
  }

  /**
   * Returns the folder of executor {@code id} whose log says it ran as process {@code pid}, among
   * the applications of these workers.
   *
   * @throws AssertionError when no worker started such an executor
   */
  static Path executorDir(List<Path> workDirs, String id, long pid) throws IOException {
    String mark = "process name: " + pid + "@";
    Set<Path> seen = new HashSet<>();
    for (Path work : workDirs) {
      for (String app : applications(work)) {
        Path dir = work.resolve(app).resolve(id);
        Path log = dir.resolve("stderr");
        seen.add(log);
        if (Files.exists(log) && Files.readString(log, UTF_8).contains(mark)) {
          return dir;
        }
      }
    }
    throw new AssertionError("no worker started executor " + id + " as pid " + pid + ": " + seen);
  }

  /** Deletes a folder and everything in it, if it exists. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Committing a run's parts after tasks failed: what an attempt that died with its executor left
 * behind never reaches the output, so a retried task's part replaces the failed attempt's.
 */
class JobOutputTest {

  private static final CorpusFormat JSONL = CorpusFormat.named("jsonl", WriterSettings.DEFAULTS);
  private static final List<String> SPLITS = List.of("train", "dev", "test");

  @TempDir Path tmp;

  /**
   * The staging folder after a worker was lost: partition 0 of train was written by an attempt
   * that died after its first document (attempt 7) and then by its retry; partition 1 by an
   * attempt that died before writing anything (attempt 9) and its retry; dev only by a dead
   * attempt of partition 2, whose retry wrote no dev document.
   */
  private JobOutput stagedAfterLostWorker(Configuration conf) throws IOException {
    JobOutput output = new JobOutput(tmp.resolve("out").toString(), "run");
    output.begin(conf);
    write(conf, output.part(JSONL, "train", 0), "a1\na2\n");
    write(conf, JobOutput.attemptOf(output.part(JSONL, "train", 0), 7), "a1\n");
    write(conf, output.part(JSONL, "train", 1), "b1\n");
    write(conf, JobOutput.attemptOf(output.part(JSONL, "train", 1), 9), "");
    write(conf, JobOutput.attemptOf(output.part(JSONL, "dev", 2), 11), "c1\n");
    return output;
  }

  private static void write(Configuration conf, org.apache.hadoop.fs.Path path, String text)
      throws IOException {
    FileSystem fs = JobOutput.fileSystem(path, conf);
    try (OutputStream out = fs.create(path, true)) {
      out.write(text.getBytes(UTF_8));
    }
  }

  @Test
  void joinsOnlyTheCompletePartsOfEachSplit() throws IOException {
    Configuration conf = new Configuration(false);
    JobOutput output = stagedAfterLostWorker(conf);

    output.commitParts(conf, List.of(JSONL), SPLITS, true);

    Path jsonl = tmp.resolve("out/jsonl");
    assertEquals("a1\na2\nb1\n", Files.readString(jsonl.resolve("train.jsonl"), UTF_8));
    assertEquals("", Files.readString(jsonl.resolve("dev.jsonl"), UTF_8));
    assertEquals("", Files.readString(jsonl.resolve("test.jsonl"), UTF_8));
    output.cleanUp(conf);
    assertEquals(
        List.of("jsonl/dev.jsonl", "jsonl/test.jsonl", "jsonl/train.jsonl"), output.listing(conf));
  }

  @Test
  void movesOnlyTheCompletePartsOfEachSplit() throws IOException {
    Configuration conf = new Configuration(false);
    JobOutput output = stagedAfterLostWorker(conf);

    output.commitParts(conf, List.of(JSONL), SPLITS, false);
    output.cleanUp(conf);

    assertEquals(
        List.of("jsonl/train/part-00000.jsonl", "jsonl/train/part-00001.jsonl"),
        output.listing(conf));
    assertEquals(
        "a1\na2\n", Files.readString(tmp.resolve("out/jsonl/train/part-00000.jsonl"), UTF_8));
  }
}

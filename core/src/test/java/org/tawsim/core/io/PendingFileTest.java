/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingFileTest {

  @TempDir Path dir;

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void commitMovesTheFileIntoPlace() throws IOException {
    Path target = dir.resolve("sub/train.jsonl");
    try (PendingFile f = PendingFile.create(target)) {
      f.stream().write("نص\n".getBytes(StandardCharsets.UTF_8));
      assertFalse(Files.exists(target), "nothing under the final name before the commit");
      f.commit();
    }
    assertEquals("نص\n", Files.readString(target));
    try (Stream<Path> s = Files.list(target.getParent())) {
      assertEquals(List.of(target), s.toList(), "no temporary file left");
    }
  }

  @Test
  void closeWithoutCommitLeavesNothing() throws IOException {
    try (PendingFile f = PendingFile.create(dir.resolve("train.jsonl"))) {
      f.stream().write(1);
    }
    assertEquals(List.of(), files());
  }

  @Test
  void aFailedRunKeepsTheEarlierCompleteFile() throws IOException {
    Path target = dir.resolve("stats.json");
    Files.writeString(target, "old");
    try (PendingFile f = PendingFile.create(target)) {
      f.stream().write("new".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), files());
  }

  @Test
  void committedFileIsNotPrivate() throws IOException {
    Path target = dir.resolve("summary.txt");
    try (PendingFile f = PendingFile.create(target)) {
      f.commit();
    }
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
    // createTempFile would give rw-------; a normal umask lets others read
    assertTrue(
        perms.contains(PosixFilePermission.OTHERS_READ)
            || perms.contains(PosixFilePermission.GROUP_READ),
        "mode " + perms);
  }
}

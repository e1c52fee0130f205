/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelOutputTest {

  @TempDir Path dir;

  private ChannelOutput open(Path file, int capacity) throws IOException {
    return new ChannelOutput(
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), capacity);
  }

  /** Writes of these sizes, one after the other, into a buffer of 8 bytes: the file has them all. */
  @ParameterizedTest
  @CsvSource({
    "'', 0",
    "'3', 3",
    "'8', 8",
    "'7 1 8', 16",
    "'5 5 5', 15",
    "'20', 20",
    "'1 17 0 9', 27",
  })
  void writesEveryByteInOrderAcrossTheBuffer(String sizes, int total) throws IOException {
    Path file = dir.resolve("out");
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    int next = 0;
    try (ChannelOutput out = open(file, 8)) {
      for (String s : sizes.isEmpty() ? new String[0] : sizes.split(" ")) {
        byte[] chunk = new byte[Integer.parseInt(s) + 2];
        for (int i = 0; i < chunk.length; i++) {
          chunk[i] = (byte) ('a' + next++ % 26);
        }
        // an offset of 1 and one byte left out at the end: only [off, off + len) is written
        out.write(chunk, 1, chunk.length - 2);
        expected.write(chunk, 1, chunk.length - 2);
      }
    }
    assertEquals(total, Files.size(file));
    assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
  }

  @Test
  void singleBytesAndFlushReachTheFile() throws IOException {
    Path file = dir.resolve("out");
    try (ChannelOutput out = open(file, 2)) {
      out.write('a');
      out.write('b');
      out.write('c');
      out.flush();
      assertEquals("abc", Files.readString(file));
      out.write('d');
    }
    assertEquals("abcd", Files.readString(file));
  }

  @Test
  void flushAfterCloseFails() throws IOException {
    ChannelOutput out = open(dir.resolve("out"), 4);
    out.close();
    out.close(); // a second close does nothing
    assertThrows(IOException.class, out::flush);
  }

  @Test
  void rejectsARangeOutsideTheArray() throws IOException {
    try (ChannelOutput out = open(dir.resolve("out"), 4)) {
      assertThrows(IndexOutOfBoundsException.class, () -> out.write(new byte[3], 2, 2));
    }
  }
}

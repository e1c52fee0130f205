/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tawsim.core.InvalidInputException;

// a hang guard: every case takes under 0.5 s

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StrictUtf8Test {

  private static byte[] concat(byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p);
    }
    return out.toByteArray();
  }

  @Test
  void decodesArabic() throws IOException {
    assertEquals("قال", StrictUtf8.decode("a.txt", "قال".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void dropsLeadingByteOrderMark() throws IOException {
    assertEquals("نص", StrictUtf8.decode("a.txt", "\uFEFFنص".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void rejectsInvalidUtf8WithItsByteOffset() throws IOException {
    byte[] bytes = concat("قال ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28});
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> StrictUtf8.decode("news.txt", bytes));
    assertEquals("news.txt", e.input());
    assertEquals("byte 7", e.location());
    assertEquals("news.txt: byte 7: invalid UTF-8 (malformed sequence: C3)", e.getMessage());
  }

  @Test
  void lineReaderNamesLineAndByteAndGoesOn() throws IOException {
    byte[] bytes =
        concat(
            "one\r\n".getBytes(StandardCharsets.UTF_8),
            new byte[] {'x', (byte) 0xFF, '\n'},
            "ثلاثة".getBytes(StandardCharsets.UTF_8));
    StrictUtf8.LineReader r = new StrictUtf8.LineReader("in.jsonl", new ByteArrayInputStream(bytes));
    assertEquals("one\r", r.readLine());
    InvalidInputException e = assertThrows(InvalidInputException.class, r::readLine);
    assertEquals("line 2, byte 6", e.location());
    assertEquals("ثلاثة", r.readLine());
    assertEquals(3, r.lineNumber());
    assertNull(r.readLine());
  }

  @Test
  void lineReaderKeepsEmptyLinesAndEndsWithoutTrailingNewline() throws IOException {
    StrictUtf8.LineReader r =
        new StrictUtf8.LineReader("in", new ByteArrayInputStream("a\n\nb\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("a", r.readLine());
    assertEquals("", r.readLine());
    assertEquals("b", r.readLine());
    assertNull(r.readLine());
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({
    "overlong slash, C0 AF, byte 2",
    "encoded surrogate, ED A0 80, byte 2",
    "truncated sequence, D8, byte 2",
    "stray continuation, 80, byte 2",
    "five-byte form, F8 88 80 80 80, byte 2"
  })
  void rejectsEveryMalformedForm(String name, String hex, String location) {
    String[] parts = hex.split(" ");
    byte[] bad = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bad[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    byte[] bytes = new byte[2 + bad.length + 1];
    bytes[0] = 'a';
    bytes[1] = 'b';
    System.arraycopy(bad, 0, bytes, 2, bad.length);
    bytes[bytes.length - 1] = 'c';
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> StrictUtf8.decode("x.txt", bytes));
    assertEquals(location, e.location());
  }

  @Test
  void keepsARealReplacementCharacter() throws IOException {
    assertEquals("a\uFFFDb", StrictUtf8.decode("x.txt", "a\uFFFDb".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void decodesLinesLongerThanTheBuffer() throws IOException {
    String longLine = "ب".repeat(100_000);
    StrictUtf8.LineReader r =
        new StrictUtf8.LineReader(
            "x.jsonl",
            new ByteArrayInputStream((longLine + "\nقصير\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals(longLine, r.readLine());
    assertEquals("قصير", r.readLine());
    assertNull(r.readLine());
  }

  /**
   * Lines of every length around the reader's 64 KiB buffer, so that a line ends at, just before
   * and just after each refill: each is read whole, with its number and its first byte's offset.
   */
  @Test
  void readsLinesAcrossBufferRefillsWithTheirStarts() throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    List<String> expected = new java.util.ArrayList<>();
    List<Long> starts = new java.util.ArrayList<>();
    for (int length = 0; all.size() < 3 * (1 << 16); length = (length * 7 + 1_003) % 9_001) {
      String line = "x".repeat(length % 5) + "ب".repeat(length / 2);
      starts.add((long) all.size());
      expected.add(line);
      all.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    StrictUtf8.LineReader r =
        new StrictUtf8.LineReader("x.jsonl", new ByteArrayInputStream(all.toByteArray()));
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), r.readLine(), "line " + (i + 1));
      assertEquals(i + 1, r.lineNumber());
      assertEquals(starts.get(i), r.lineStart(), "line " + (i + 1));
    }
    assertNull(r.readLine());
  }

  static List<org.junit.jupiter.params.provider.Arguments> lines() {
    return List.of(
        org.junit.jupiter.params.provider.Arguments.of("", true),
        org.junit.jupiter.params.provider.Arguments.of(" \t\r", true),
        org.junit.jupiter.params.provider.Arguments.of("\u001C\u001F", true),
        org.junit.jupiter.params.provider.Arguments.of("\u3000 ", true),
        org.junit.jupiter.params.provider.Arguments.of(" \u2028", true),
        org.junit.jupiter.params.provider.Arguments.of(" \u00A0", false),
        org.junit.jupiter.params.provider.Arguments.of(" x", false),
        org.junit.jupiter.params.provider.Arguments.of(" {\"id\":1}", false),
        org.junit.jupiter.params.provider.Arguments.of("\u0628", false));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("lines")
  void aRawLineIsBlankAsItsStringIs(String line, boolean blank) throws IOException {
    StrictUtf8.LineReader r =
        new StrictUtf8.LineReader("in", new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals(blank, r.readRaw().isBlank());
    assertEquals(blank, line.isBlank());
  }

  @Test
  void aRawLineDecodesLaterAsReadLineWould() throws Exception {
    byte[] bytes =
        concat(
            "\uFEFFأول\n".getBytes(StandardCharsets.UTF_8),
            new byte[] {'x', (byte) 0xFF, '\n'},
            "ثالث".getBytes(StandardCharsets.UTF_8));
    StrictUtf8.LineReader r = new StrictUtf8.LineReader("in.jsonl", new ByteArrayInputStream(bytes));
    StrictUtf8.Line first = r.readRaw();
    StrictUtf8.Line second = r.readRaw();
    StrictUtf8.Line third = r.readRaw();
    assertNull(r.readRaw());
    // decoded after the reader has moved on, on another thread
    var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      assertEquals("أول", pool.submit(first::decode).get());
      assertEquals("ثالث", pool.submit(third::decode).get());
    } finally {
      pool.shutdown();
    }
    InvalidInputException e = assertThrows(InvalidInputException.class, second::decode);
    assertEquals("line 2, byte 11", e.location()); // after the mark and the first line
    assertEquals(List.of(1, 2, 3, 9), List.of(first.number(), second.number(), third.number(), first.length()));
  }
}

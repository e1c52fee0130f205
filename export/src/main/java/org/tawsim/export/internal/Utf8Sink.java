/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A buffered UTF-8 encoder onto a stream, for the line formats (CoNLL, CoNLL-U) that write many
 * short strings: it encodes straight into its buffer, with no {@code String} or {@code Writer} in
 * between. Not API: the writers of this module share it.
 *
 * <p>A lone surrogate is written as {@code ?}, as {@link String#getBytes} with UTF-8 does. Does not
 * close the stream; {@link #flush()} passes everything on. Not thread-safe.
 */
public final class Utf8Sink {

  private final OutputStream out;
  private final byte[] buffer;
  private int used;

  /** Creates a sink with a 64 KiB buffer. */
  public Utf8Sink(OutputStream out) {
    this.out = Objects.requireNonNull(out, "out");
    this.buffer = new byte[1 << 16];
  }

  /** Appends the characters {@code [from, to)} of {@code s}. */
  public Utf8Sink append(CharSequence s, int from, int to) throws IOException {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (used + 4 > buffer.length) {
        drain();
      }
      if (c < 0x80) {
        buffer[used++] = (byte) c;
      } else if (c < 0x800) {
        buffer[used++] = (byte) (0xC0 | (c >> 6));
        buffer[used++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buffer[used++] = (byte) (0xF0 | (cp >> 18));
        buffer[used++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buffer[used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buffer[used++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        buffer[used++] = '?';
      } else {
        buffer[used++] = (byte) (0xE0 | (c >> 12));
        buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buffer[used++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return this;
  }

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * Appends the characters {@code [from, to)} as a JSON string, quotes included, escaped as Jackson
   * escapes them: {@code \"}, {@code \\}, {@code \b \f \n \r \t}, other control characters and lone
   * surrogates as a backslash, {@code u} and four upper-case hex digits; the rest as UTF-8.
   */
  public Utf8Sink appendJsonString(CharSequence s, int from, int to) throws IOException {
    append('"');
    int start = from;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      append(s, start, i);
      start = i + 1;
      switch (c) {
        case '"' -> append('\\').append('"');
        case '\\' -> append('\\').append('\\');
        case '\b' -> append('\\').append('b');
        case '\f' -> append('\\').append('f');
        case '\n' -> append('\\').append('n');
        case '\r' -> append('\\').append('r');
        case '\t' -> append('\\').append('t');
        default -> {
          append('\\').append('u');
          append((char) HEX[(c >> 12) & 0xF]).append((char) HEX[(c >> 8) & 0xF]);
          append((char) HEX[(c >> 4) & 0xF]).append((char) HEX[c & 0xF]);
        }
      }
    }
    append(s, start, to);
    return append('"');
  }

  /** Appends a whole string. */
  public Utf8Sink append(CharSequence s) throws IOException {
    return append(s, 0, s.length());
  }

  /** Appends bytes as they are (already UTF-8), such as a constant part of a line encoded once. */
  public Utf8Sink append(byte[] bytes) throws IOException {
    if (used + bytes.length > buffer.length) {
      drain();
      if (bytes.length > buffer.length) {
        out.write(bytes);
        return this;
      }
    }
    System.arraycopy(bytes, 0, buffer, used, bytes.length);
    used += bytes.length;
    return this;
  }

  /** Appends one ASCII character. */
  public Utf8Sink append(char ascii) throws IOException {
    if (ascii >= 0x80) {
      return append(String.valueOf(ascii));
    }
    if (used == buffer.length) {
      drain();
    }
    buffer[used++] = (byte) ascii;
    return this;
  }

  /** Appends a number in decimal. */
  public Utf8Sink append(int n) throws IOException {
    if (n < 0 || n >= 1_000_000) {
      return append(Integer.toString(n));
    }
    if (used + 7 > buffer.length) {
      drain();
    }
    int digits = n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10_000 ? 4 : n < 100_000 ? 5 : 6;
    for (int i = used + digits - 1; i >= used; i--) {
      buffer[i] = (byte) ('0' + n % 10);
      n /= 10;
    }
    used += digits;
    return this;
  }

  private void drain() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
  }

  /** Writes the buffer to the stream and flushes it. */
  public void flush() throws IOException {
    drain();
    out.flush();
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.internal;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A buffered UTF-8 encoder onto a stream, for the line formats (CoNLL, CoNLL-U) that write many
 * short strings: it encodes straight into its buffer, with no {@code String} or {@code Writer} in
 * between. Not API: the writers of this module share it.
 *
 * <p>A lone surrogate is written as {@code ?}, as {@link String#getBytes} with UTF-8 does. Does not
 * close a stream it was not given to own; {@link #flush()} passes everything on. Not thread-safe.
 */
public final class Utf8Sink implements Closeable, Flushable {

  /** Characters copied out of a string at a time, so that the encoding loops read an array. */
  private static final int CHUNK = 2048;

  /** The most bytes one character takes: an escape, a backslash, u and four hex digits. */
  private static final int MAX_BYTES_PER_CHAR = 6;

  private static final byte[] HEX = ascii("0123456789ABCDEF");

  private final OutputStream out;
  private final boolean closeStream;
  private final byte[] buffer;
  private final char[] chars = new char[CHUNK];
  private int used;

  /** Creates a sink with a 64 KiB buffer onto a stream the caller closes. */
  public Utf8Sink(OutputStream out) {
    this(out, false);
  }

  /**
   * Creates a sink with a 64 KiB buffer.
   *
   * @param out the stream
   * @param closeStream whether {@link #close()} closes the stream too (the sink owns it)
   */
  public Utf8Sink(OutputStream out, boolean closeStream) {
    this.out = Objects.requireNonNull(out, "out");
    this.closeStream = closeStream;
    this.buffer = new byte[1 << 16];
  }

  /** Appends the characters {@code [from, to)} of {@code s}. */
  public Utf8Sink append(CharSequence s, int from, int to) throws IOException {
    return encode(s, from, to, false);
  }

  /**
   * Appends the characters {@code [from, to)} as a JSON string, quotes included, escaped as Jackson
   * escapes them: {@code \"}, {@code \\}, {@code \b \f \n \r \t}, other control characters and lone
   * surrogates as a backslash, {@code u} and four upper-case hex digits; the rest as UTF-8.
   */
  public Utf8Sink appendJsonString(CharSequence s, int from, int to) throws IOException {
    append('"');
    encode(s, from, to, true);
    return append('"');
  }

  /**
   * {@return a whole string as a JSON string, quotes included, in UTF-8: the bytes {@link
   * #appendJsonString} appends for it, in an array of their exact size} For a text that several
   * writers write (a build writes a document's text in three formats), encoded once and appended
   * as bytes by each ({@link #append(byte[])}).
   *
   * @param s the string
   */
  public static byte[] jsonString(String s) {
    char[] chars = s.toCharArray();
    int n = chars.length;
    byte[] b = new byte[jsonLength(chars, n) + 2];
    b[0] = '"';
    int end = chunk(chars, n, b, 1, true);
    b[end] = '"';
    return b;
  }

  /** {@return the number of bytes {@link #chunk} writes for {@code chars[0, n)} as JSON} */
  private static int jsonLength(char[] chars, int n) {
    int length = 0;
    for (int k = 0; k < n; k++) {
      char c = chars[k];
      if (c < 0x80) {
        length += c >= 0x20 && c != '"' && c != '\\' ? 1 : escapeLength(c);
      } else if (c < 0x800) {
        length += 2;
      } else if (!Character.isSurrogate(c)) {
        length += 3;
      } else if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(chars[k + 1])) {
        length += 4;
        k++;
      } else {
        length += 6; // a lone surrogate, escaped
      }
    }
    return length;
  }

  /** {@return the length of a character's escape, as {@link #escape} writes it} */
  private static int escapeLength(char c) {
    return c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t'
        ? 2
        : 6;
  }

  /**
   * Encodes {@code [from, to)} a chunk at a time: each chunk is copied into an array (one bulk copy
   * for a String or StringBuilder), so that the loop below reads array elements, not a {@code
   * charAt} call per character; and the buffer is made room for once per chunk. A surrogate pair
   * is never cut between two chunks.
   */
  private Utf8Sink encode(CharSequence s, int from, int to, boolean json) throws IOException {
    int i = from;
    while (i < to) {
      int n = Math.min(CHUNK, to - i);
      if (i + n < to && Character.isHighSurrogate(s.charAt(i + n - 1))) {
        n--; // its low surrogate comes first in the next chunk
      }
      if (s instanceof String str) {
        str.getChars(i, i + n, chars, 0);
      } else if (s instanceof StringBuilder sb) {
        sb.getChars(i, i + n, chars, 0);
      } else {
        for (int k = 0; k < n; k++) {
          chars[k] = s.charAt(i + k);
        }
      }
      if (used + MAX_BYTES_PER_CHAR * n > buffer.length) {
        drain();
      }
      used = chunk(chars, n, buffer, used, json);
      i += n;
    }
    return this;
  }

  /**
   * Encodes {@code chars[0, n)} into {@code b} from {@code at}, with JSON's escapes when {@code
   * json}; returns where it ended.
   */
  private static int chunk(char[] chars, int n, byte[] b, int at, boolean json) {
    for (int k = 0; k < n; k++) {
      char c = chars[k];
      if (c < 0x80) {
        if (!json || c >= 0x20 && c != '"' && c != '\\') {
          b[at++] = (byte) c;
        } else {
          at = escape(c, b, at);
        }
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | (c >> 6));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        at = threeBytes(c, b, at);
      } else if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(chars[k + 1])) {
        at = fourBytes(Character.toCodePoint(c, chars[++k]), b, at);
      } else if (json) {
        at = escape(c, b, at); // a lone surrogate
      } else {
        b[at++] = '?';
      }
    }
    return at;
  }

  private static int threeBytes(char c, byte[] b, int at) {
    b[at] = (byte) (0xE0 | (c >> 12));
    b[at + 1] = (byte) (0x80 | ((c >> 6) & 0x3F));
    b[at + 2] = (byte) (0x80 | (c & 0x3F));
    return at + 3;
  }

  private static int fourBytes(int cp, byte[] b, int at) {
    b[at] = (byte) (0xF0 | (cp >> 18));
    b[at + 1] = (byte) (0x80 | ((cp >> 12) & 0x3F));
    b[at + 2] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    b[at + 3] = (byte) (0x80 | (cp & 0x3F));
    return at + 4;
  }

  /** Writes a character's JSON escape: a short one where JSON has it, else u and four hex digits. */
  private static int escape(char c, byte[] b, int at) {
    b[at++] = '\\';
    char shortForm =
        switch (c) {
          case '"' -> '"';
          case '\\' -> '\\';
          case '\b' -> 'b';
          case '\f' -> 'f';
          case '\n' -> 'n';
          case '\r' -> 'r';
          case '\t' -> 't';
          default -> 0;
        };
    if (shortForm != 0) {
      b[at++] = (byte) shortForm;
      return at;
    }
    b[at++] = 'u';
    b[at++] = HEX[(c >> 12) & 0xF];
    b[at++] = HEX[(c >> 8) & 0xF];
    b[at++] = HEX[(c >> 4) & 0xF];
    b[at++] = HEX[c & 0xF];
    return at;
  }

  /**
   * {@return the bytes of an ASCII string}, for the constant parts of lines, encoded once
   *
   * @param s the string, ASCII only
   */
  public static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
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
      // n / 10 as a multiply and a shift, exact for every int >= 0: the launcher's C1 compiles a
      // division by a constant to a division instruction, and offsets are most of what JSON
      // formats write
      int q = (int) ((n * 0xCCCCCCCDL) >>> 35);
      buffer[i] = (byte) ('0' + n - q * 10);
      n = q;
    }
    used += digits;
    return this;
  }

  private void drain() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
  }

  /** Writes the buffer to the stream and flushes it. */
  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  /** Flushes, then closes the stream when the sink owns it. */
  @Override
  public void close() throws IOException {
    flush();
    if (closeStream) {
      out.close();
    }
  }
}

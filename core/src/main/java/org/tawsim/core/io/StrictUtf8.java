/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.tawsim.core.InvalidInputException;

/**
 * Decodes UTF-8 strictly: invalid bytes are an error that names the input and the byte offset,
 * never replaced with U+FFFD. A byte-order mark at the start of an input is not text and is dropped.
 */
public final class StrictUtf8 {

  private static final char BOM = '\uFEFF';
  private static final char REPLACEMENT = '\uFFFD';

  private StrictUtf8() {}

  /**
   * Decodes a whole input.
   *
   * @param input the input's name, for the message
   * @param bytes the bytes
   * @return the decoded text
   * @throws InvalidInputException naming the input and the byte offset of the first invalid byte
   */
  public static String decode(String input, byte[] bytes) throws InvalidInputException {
    String s = decode(input, bytes, 0, bytes.length, 0);
    return !s.isEmpty() && s.charAt(0) == BOM ? s.substring(1) : s;
  }

  private static String decode(String input, byte[] bytes, int from, int length, long byteBase)
      throws InvalidInputException {
    // Fast path: the JDK's decoder replaces every malformed sequence with U+FFFD, so a result
    // without U+FFFD proves the bytes valid. Only text that has one (bad bytes, or a real U+FFFD)
    // goes through the strict decoder below, which finds the offset.
    String fast = new String(bytes, from, length, StandardCharsets.UTF_8);
    if (fast.indexOf(REPLACEMENT) < 0) {
      return fast;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, length + 1L));
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      long at = byteBase + in.position() - from;
      throw new InvalidInputException(
          input, "byte " + at, "invalid UTF-8 (" + describe(bytes, in.position(), r) + ")");
    }
    out.flip();
    return out.toString();
  }

  private static String describe(byte[] bytes, int pos, CoderResult r) {
    StringBuilder sb = new StringBuilder(r.isMalformed() ? "malformed sequence" : "unmappable");
    sb.append(':');
    for (int i = pos; i < Math.min(bytes.length, pos + Math.max(1, r.length())); i++) {
      sb.append(String.format(java.util.Locale.ROOT, " %02X", bytes[i] & 0xFF));
    }
    return sb.toString();
  }

  /**
   * Reads an input line by line, each line decoded strictly. Lines end at {@code \n}; a {@code \r}
   * before it is kept, so a caller that cares about CRLF sees it. Not thread-safe; does not close
   * the stream.
   */
  public static final class LineReader {
    private final InputStream in;
    private final String input;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 12);
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long offset;
    private long lineStart;
    private int lineNumber;
    private boolean eof;

    /**
     * Creates a reader.
     *
     * @param input the input's name, for messages
     * @param in the bytes, buffered here
     */
    public LineReader(String input, InputStream in) {
      this.input = Objects.requireNonNull(input, "input");
      this.in = Objects.requireNonNull(in, "in");
    }

    /**
     * {@return the next line without its {@code \n}, or null at the end of the input}
     *
     * @throws InvalidInputException naming the input, the line and the byte offset of invalid
     *     UTF-8; the reader has then skipped that line and can go on
     */
    public String readLine() throws IOException {
      Line raw = readRaw();
      return raw == null ? null : raw.decode();
    }

    /**
     * {@return the next line's bytes without its {@code \n}, not decoded yet, or null at the end
     * of the input}: {@link Line#decode} checks them, on whatever thread, as {@link #readLine}
     * does.
     *
     * @throws IOException when the input cannot be read
     */
    public Line readRaw() throws IOException {
      if (eof && pos >= limit) {
        return null;
      }
      line.reset();
      lineStart = offset;
      boolean sawAny = false;
      while (true) {
        if (pos >= limit) {
          limit = in.read(buf);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            eof = true;
            if (!sawAny) {
              return null;
            }
            break;
          }
        }
        sawAny = true;
        int start = pos;
        while (pos < limit && buf[pos] != '\n') {
          pos++;
        }
        if (pos < limit && line.size() == 0) {
          // the whole line lies in the buffer, as most do: one copy, not two through the stream
          offset += pos - start;
          pos++;
          offset++;
          lineNumber++;
          return new Line(input, lineNumber, lineStart, Arrays.copyOfRange(buf, start, pos - 1));
        }
        line.write(buf, start, pos - start);
        offset += pos - start;
        if (pos < limit) {
          pos++;
          offset++;
          break;
        }
      }
      lineNumber++;
      return new Line(input, lineNumber, lineStart, line.toByteArray());
    }

    /** {@return the number of the line last returned, from 1} */
    public int lineNumber() {
      return lineNumber;
    }

    /** {@return the byte offset where the line last returned starts} */
    public long lineStart() {
      return lineStart;
    }
  }

  /**
   * One line of an input as read by {@link LineReader#readRaw}, its bytes not decoded yet, so that
   * another thread can decode it. Immutable.
   */
  public static final class Line {
    private final String input;
    private final int number;
    private final long start;
    private final byte[] bytes;

    private Line(String input, int number, long start, byte[] bytes) {
      this.input = input;
      this.number = number;
      this.start = start;
      this.bytes = bytes;
    }

    /** {@return the line's number, from 1} */
    public int number() {
      return number;
    }

    /** {@return the number of bytes, an upper bound on the characters it decodes to} */
    public int length() {
      return bytes.length;
    }

    /**
     * {@return true when the line is blank as {@link String#isBlank} says, told from its bytes
     * when they are ASCII; false when it has a character that is not white space}
     *
     * @throws InvalidInputException as {@link #decode}, only for a line whose first character
     *     that is not ASCII white space is not ASCII (it is decoded to be told)
     */
    public boolean isBlank() throws InvalidInputException {
      for (byte b : bytes) {
        if (b < 0) {
          return decode().isBlank();
        }
        if (!Character.isWhitespace(b)) {
          return false;
        }
      }
      return true;
    }

    /**
     * {@return the line decoded, without a byte-order mark when it is the first line}
     *
     * @throws InvalidInputException naming the input, the line and the byte offset of invalid UTF-8
     */
    public String decode() throws InvalidInputException {
      try {
        String s = StrictUtf8.decode(input, bytes, 0, bytes.length, start);
        return number == 1 && !s.isEmpty() && s.charAt(0) == BOM ? s.substring(1) : s;
      } catch (InvalidInputException e) {
        throw new InvalidInputException(input, "line " + number + ", " + e.location(), e.reason(), e);
      }
    }
  }
}

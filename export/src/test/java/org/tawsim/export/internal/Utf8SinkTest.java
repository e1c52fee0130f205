/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8SinkTest {

  private static final String[] PIECES = {"ا", "ب", "a", " ", "\"", "\\", "\n", "\t", "\u0001",
      "\u001f", "🙂", "🇷🇺", "\u2028", "é", "€", "/"};

  private static String sink(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8Sink sink = new Utf8Sink(out);
    sink.appendJsonString(s, 0, s.length());
    sink.flush();
    return out.toString(UTF_8);
  }

  private static String jackson(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonFactory f = JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    try (JsonGenerator g = f.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeString(s);
    }
    return out.toString(UTF_8);
  }

  @Test
  void escapesJsonStringsAsJacksonDoes() throws IOException {
    Random random = new Random(3);
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = sb.toString();
      assertEquals(jackson(s), sink(s), s);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD83D", "a\uDE00b", "\uDE00\uD83D"})
  void keepsLoneSurrogatesAsEscapes(String s) throws IOException {
    assertEquals(s, new ObjectMapper().readValue(sink(s), String.class));
  }

  @Test
  void writesNumbersInDecimal() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8Sink sink = new Utf8Sink(out);
    for (int n : new int[] {0, 7, 10, 99, 100, 12345, 999999, 1000000, -3}) {
      sink.append(n).append(' ');
    }
    sink.flush();
    assertEquals("0 7 10 99 100 12345 999999 1000000 -3 ", out.toString(UTF_8));
  }

  /**
   * Long strings go through the sink in chunks: a surrogate pair, an escape or a three-byte
   * character at every place around a chunk's end, in strings and in string builders, must come
   * out as from a whole string.
   */
  @Test
  void encodesLongTextsAcrossChunksAsAWhole() throws IOException {
    Random random = new Random(11);
    for (int round = 0; round < 40; round++) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < 5000 + round * 97) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      sb.append(random.nextBoolean() ? "\uD83D" : "x"); // a lone high surrogate at the very end
      String s = sb.toString();
      assertEquals(jackson(s), sink(s), "round " + round);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Utf8Sink sink = new Utf8Sink(out);
      sink.append(s, 1, s.length()).append(sb, 0, sb.length()).append((CharSequence) java.nio.CharBuffer.wrap(s), 0, s.length());
      sink.flush();
      byte[] plain = s.getBytes(UTF_8);
      byte[] tail = s.substring(1).getBytes(UTF_8);
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      expected.write(tail);
      expected.write(plain);
      expected.write(plain);
      assertEquals(expected.toString(UTF_8), out.toString(UTF_8), "round " + round);
    }
  }
  /**
   * A string encoded once into an array ({@code jsonString}) has the bytes the sink appends for
   * it: ASCII, Arabic, emoji, escapes, lone surrogates, the empty string and a long text.
   */
  @Test
  void encodesAStringIntoTheBytesTheSinkAppends() throws IOException {
    Random random = new Random(5);
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      sb.append(round % 7 == 0 ? "\uD83D" : round % 7 == 1 ? "\uDE00x" : "");
      assertBytes(sb.toString());
    }
    assertBytes("");
    assertBytes("قال \"الرئيس\"\n😀 ".repeat(3000));
  }

  private static void assertBytes(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8Sink sink = new Utf8Sink(out);
    sink.appendJsonString(s, 0, s.length());
    sink.flush();
    assertArrayEquals(out.toByteArray(), Utf8Sink.jsonString(s), s);
  }
}

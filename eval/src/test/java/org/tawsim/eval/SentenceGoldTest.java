/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;

class SentenceGoldTest {

  @TempDir Path dir;

  private static List<Span> spans(Document d) {
    return d.layer(Sentence.class).stream().map(Sentence::span).toList();
  }

  @Test
  void readsOneSentenceALineJoiningADocumentsLinesBySpace() throws IOException {
    Path f = dir.resolve("gold.txt");
    Files.writeString(f, "\nعنوان\n جملة أولى. \n\n\nثانية.\r\n", StandardCharsets.UTF_8);
    List<Document> docs = SentenceGold.read(f);
    assertEquals(2, docs.size());
    assertEquals("عنوان جملة أولى.", docs.get(0).text());
    assertEquals(List.of(new Span(0, 5), new Span(6, 16)), spans(docs.get(0)));
    assertEquals(f + "#2", docs.get(1).id());
    assertEquals(List.of(new Span(0, 6)), spans(docs.get(1)));
  }

  @Test
  void joinsADocumentsLinesByALineBreakWhenAsked() throws IOException {
    Path f = dir.resolve("gold.txt");
    Files.writeString(f, "عنوان\n جملة أولى. \n\nثانية.\n", StandardCharsets.UTF_8);
    List<Document> docs = SentenceGold.read(f, SentenceGold.LineJoin.LINE_BREAK);
    assertEquals(List.of("عنوان\nجملة أولى.", "ثانية."), docs.stream().map(Document::text).toList());
    assertEquals(List.of(new Span(0, 5), new Span(6, 16)), spans(docs.get(0)));
  }

  @Test
  void readsJsonlSpansAsPairsOrObjectsInCodePoints() throws IOException {
    Path f = dir.resolve("gold.jsonl");
    Files.writeString(
        f,
        "{\"id\": \"a\", \"text\": \"😀 أ. ب.\", \"sentences\": [[0, 4], [5, 7]]}\n\n"
            + "{\"id\": 7, \"text\": \"ج. د.\", \"sentences\": [{\"start\": 0, \"end\": 2}, {\"start\": 3, \"end\": 5}]}\n",
        StandardCharsets.UTF_8);
    List<Document> docs = SentenceGold.read(f);
    assertEquals(List.of(new Span(0, 5), new Span(6, 8)), spans(docs.get(0)));
    assertEquals("7", docs.get(1).id());
    assertEquals(List.of(new Span(0, 2), new Span(3, 5)), spans(docs.get(1)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "not json; line 2: not JSON",
        "{\"id\": \"a\", \"text\": \"abc\"}; no \"sentences\"",
        "{\"text\": \"abc\", \"sentences\": []}; no \"id\"",
        "{\"id\": \"a\", \"sentences\": []}; no \"text\"",
        "{\"id\": \"a\", \"text\": \"abc\", \"sentences\": [[0, 9]]}; out of range",
        "{\"id\": \"a\", \"text\": \"abc\", \"sentences\": [[0]]}; neither",
        "{\"id\": \"a\", \"text\": \"abc\", \"sentences\": [[2, 1]]}; out of range",
      })
  void rejectsBadJsonlNamingFileAndLine(String line, String reason) throws IOException {
    Path f = dir.resolve("bad.jsonl");
    Files.writeString(
        f, "{\"id\": \"ok\", \"text\": \"x\", \"sentences\": [[0, 1]]}\n" + line + "\n", StandardCharsets.UTF_8);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SentenceGold.read(f));
    assertTrue(e.getMessage().startsWith(f + ": line 2: "), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  /** A fractional offset is no offset: 1.5 is not read as 1. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "{\"id\": \"a\", \"text\": \"abc\", \"sentences\": [[0, 1.5]]}; a sentence is neither [start, end] nor {\"start\", \"end\"}: [0,1.5]",
        "{\"id\": \"a\", \"text\": \"abc\", \"sentences\": [{\"start\": 0.0, \"end\": 3}]}; a sentence is neither [start, end] nor {\"start\", \"end\"}: {\"start\":0.0,\"end\":3}",
      })
  void rejectsAFractionalOffset(String line, String reason) throws IOException {
    Path f = dir.resolve("bad.jsonl");
    Files.writeString(f, line + "\n", StandardCharsets.UTF_8);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SentenceGold.read(f));
    assertEquals(f + ": line 1: " + reason, e.getMessage());
  }

  @Test
  void rejectsInvalidUtf8() throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.write(f, new byte[] {'a', (byte) 0xFF});
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SentenceGold.read(f));
    assertTrue(e.getMessage().contains("byte 1"), e.getMessage());
  }
}

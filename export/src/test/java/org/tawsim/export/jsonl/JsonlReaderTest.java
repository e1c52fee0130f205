/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.RejectHandler;

class JsonlReaderTest {

  private static final String GOOD = "{\"id\":\"ok\",\"text\":\"نص\"}";

  /** Each bad line sits on line 2, between two good ones; the reason names what is wrong. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not json at all | not JSON",
        "[1, 2] | not a JSON object",
        "{\"id\":\"x\"} | has no \"text\" string",
        "{\"text\":\"نص\"} | no \"id\"",
        "{\"id\":\"\",\"text\":\"نص\"} | \"id\" must be",
        "{\"id\":\"x\",\"text\":\"نص\",\"entities\":[{\"start\":0,\"end\":9,\"type\":\"PER\"}]} | out of range",
        "{\"id\":\"x\",\"text\":\"نص\",\"entities\":[{\"start\":2,\"end\":1,\"type\":\"PER\"}]} | out of range",
        "{\"id\":\"x\",\"text\":\"نص\",\"entities\":[{\"start\":0,\"end\":1,\"type\":\"per son\"}]} | invalid entity type",
        "{\"id\":\"x\",\"text\":\"نص\",\"sentences\":{}} | is not an array",
        "{\"id\":\"x\",\"text\":\"نص\",\"quotes\":[{\"start\":0,\"end\":2,\"kind\":\"rumour\"}]} | unknown QuoteKind",
        "{\"id\":\"x\",\"text\":\"نص\",\"quotes\":[{\"start\":0,\"end\":2,\"speaker_implicit\":true}]} | speaker_implicit but no speaker"
      })
  void reportsABadLineWithItsNumberAndGoesOn(String bad, String reason) throws IOException {
    String input = GOOD + "\n" + bad + "\n" + GOOD.replace("ok", "ok2") + "\n";
    RejectHandler.Collecting rejects = RejectHandler.collecting();
    List<Document> docs = readWith(input, rejects);
    assertEquals(List.of("ok", "ok2"), docs.stream().map(Document::id).toList());
    assertEquals(1, rejects.rejections().size());
    InvalidInputException e = rejects.rejections().get(0);
    assertEquals("in.jsonl", e.input());
    assertEquals("line 2", e.location());
    assertTrue(e.reason().contains(reason), e.reason());
  }

  @Test
  void failHandlerStopsAtTheFirstBadLine() {
    String input = GOOD + "\n{oops\n" + GOOD + "\n";
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> readWith(input, RejectHandler.FAIL));
    assertTrue(e.getMessage().startsWith("in.jsonl: line 2: not JSON"), e.getMessage());
  }

  @Test
  void reportsInvalidUtf8WithLineAndByte() throws IOException {
    byte[] head = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = '{';
    bytes[head.length + 1] = (byte) 0xC0;
    bytes[head.length + 2] = '\n';
    RejectHandler.Collecting rejects = RejectHandler.collecting();
    try (JsonlReader r = new JsonlReader("in.jsonl", new ByteArrayInputStream(bytes), rejects)) {
      assertEquals("ok", r.read().orElseThrow().id());
      assertEquals(Optional.empty(), r.read());
    }
    assertEquals("line 2, byte " + (head.length + 1), rejects.rejections().get(0).location());
  }

  @Test
  void keepsOtherFieldsAsMetadataAndAcceptsNumericIds() throws IOException {
    String input =
        "{\"id\":17,\"text\":\"نص\",\"url\":\"u\",\"year\":2015,\"tags\":[\"a\"],\"gone\":null,"
            + "\"meta\":{\"lang\":\"ar\"}}\n\n   \n";
    List<Document> docs = readWith(input, RejectHandler.FAIL);
    assertEquals(1, docs.size());
    Document d = docs.get(0);
    assertEquals("17", d.id());
    assertEquals(Map.of("url", "u", "year", "2015", "tags", "[\"a\"]", "lang", "ar"), d.metadata());
  }

  @Test
  void acceptsTokensWithoutNormAndEntitiesWithoutSource() throws IOException {
    String input =
        "{\"id\":\"x\",\"text\":\"في موسكو\",\"tokens\":[{\"start\":3,\"end\":8}],"
            + "\"entities\":[{\"start\":3,\"end\":8,\"type\":\"LOC\"}]}\n";
    Document d = readWith(input, RejectHandler.FAIL).get(0);
    assertEquals("موسكو", d.layer(org.tawsim.core.Token.class).get(0).norm());
    assertEquals("", d.layer(Entity.class).get(0).source());
  }

  /** A fractional offset is no offset: 0.5 is not read as 0. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\":\"x\",\"text\":\"نص\",\"entities\":[{\"start\":0.5,\"end\":2,\"type\":\"PER\"}]} | in.jsonl: line 1: an item of \"entities\" lacks whole-number \"start\" and \"end\": {\"start\":0.5,\"end\":2,\"type\":\"PER\"}",
        "{\"id\":\"x\",\"text\":\"نص\",\"quotes\":[{\"start\":0,\"end\":2.0}]} | in.jsonl: line 1: an item of \"quotes\" lacks whole-number \"start\" and \"end\": {\"start\":0,\"end\":2.0}",
        "{\"id\":\"x\",\"text\":\"نص\",\"entities\":[{\"start\":0,\"end\":3000000000,\"type\":\"PER\"}]} | in.jsonl: line 1: \"entities\" span [0, 3000000000) is out of range for a text of 2 code points",
      })
  void rejectsAnOffsetThatIsNotAWholeNumberInRange(String line, String message) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> readWith(line + "\n", RejectHandler.FAIL));
    assertEquals(message, e.getMessage());
  }

  private static List<Document> readWith(String input, RejectHandler rejects) throws IOException {
    List<Document> docs = new ArrayList<>();
    try (JsonlReader r =
        new JsonlReader(
            "in.jsonl", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), rejects)) {
      for (Optional<Document> d = r.read(); d.isPresent(); d = r.read()) {
        docs.add(d.get());
      }
    }
    return docs;
  }
}

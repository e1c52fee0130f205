/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportForSpacyAndHuggingFaceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** Python's text[start:end]: offsets in code points. */
  private static String slice(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  @Test
  void spacySpansAreCodePointSlicesOnTokenBoundaries() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    // the emoji before the name counts one code point (two UTF-16 units)
    Files.writeString(in.resolve("emoji.txt"),
        "😀 وقال الرئيس الروسي فلاديمير بوتين في موسكو إن المحادثات ستستمر.\n",
        StandardCharsets.UTF_8);
    ExportForSpacyAndHuggingFace.Result r = ExportForSpacyAndHuggingFace.run(in, tmp.resolve("out"));
    assertEquals(1, r.documents());

    JsonNode doc = JSON.readTree(Files.readAllLines(r.spacy(), StandardCharsets.UTF_8).get(0));
    String text = doc.get("text").asText();
    List<String> spans = new ArrayList<>();
    for (JsonNode s : doc.get("spans")) {
      int start = s.get("start").asInt();
      int end = s.get("end").asInt();
      JsonNode tokens = doc.get("tokens");
      assertEquals(start, tokens.get(s.get("token_start").asInt()).get("start").asInt());
      assertEquals(end, tokens.get(s.get("token_end").asInt()).get("end").asInt());
      spans.add(s.get("label").asText() + " " + slice(text, start, end));
    }
    assertTrue(spans.contains("PER فلاديمير بوتين"), spans::toString);
    assertTrue(spans.contains("LOC موسكو"), spans::toString);
  }

  @Test
  void huggingFaceRowsIndexTheLabelList() throws IOException {
    ExportForSpacyAndHuggingFace.Result r =
        ExportForSpacyAndHuggingFace.run(RepoFiles.path("samples", "ntrex"), tmp.resolve("hf"));
    assertEquals(5, r.documents());
    assertEquals(5, Files.readAllLines(r.spacy(), StandardCharsets.UTF_8).size());

    JsonNode labels = JSON.readTree(r.hfLabels().toFile());
    JsonNode names = labels.get("names");
    assertEquals("O", names.get(0).asText());
    List<String> rows = Files.readAllLines(r.hf(), StandardCharsets.UTF_8);
    assertEquals(r.hfRows(), rows.size());
    assertTrue(rows.size() > 5, "one row per sentence");
    int tagged = 0;
    for (String line : rows) {
      JsonNode row = JSON.readTree(line);
      assertEquals(row.get("tokens").size(), row.get("ner_tags").size(), line);
      for (JsonNode tag : row.get("ner_tags")) {
        assertTrue(tag.asInt() >= 0 && tag.asInt() < names.size(), line);
        if (tag.asInt() != 0) {
          tagged++;
          assertTrue(names.get(tag.asInt()).asText().matches("[BI]-[A-Z]+"), line);
        }
      }
    }
    assertTrue(tagged > 20, "entity tokens: " + tagged);
  }
}

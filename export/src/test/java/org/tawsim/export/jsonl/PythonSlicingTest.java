/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Span;

/** Python's {@code text[start:end]} must give the same characters as Java's span, emoji included. */
class PythonSlicingTest {

  private static final String TEXT = "👍🏽 قال الرئيس 😀 فلاديمير بوتين في موسكو 🇸🇦.";

  private static Document document() {
    List<Entity> entities =
        List.of(
            new Entity(span("فلاديمير بوتين"), EntityType.PER, ""),
            new Entity(span("موسكو"), EntityType.LOC, ""),
            new Entity(span("😀"), EntityType.of("EMOJI"), ""));
    return Document.of("emoji", TEXT).withLayer(Entity.class, entities);
  }

  private static Span span(String s) {
    int b = TEXT.indexOf(s);
    return new Span(b, b + s.length());
  }

  @Test
  void pythonSlicesTheSameText(@TempDir Path dir) throws Exception {
    Process probe;
    try {
      probe = new ProcessBuilder("python3", "--version").start();
    } catch (IOException e) {
      probe = null;
    }
    assumeTrue(probe != null && probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0, "python3 not found");
    Path file = dir.resolve("doc.jsonl");
    Files.writeString(file, JsonlRoundTripTest.write(List.of(document())), StandardCharsets.UTF_8);
    String script =
        "import json,sys\n"
            + "d=json.loads(open(sys.argv[1],encoding='utf-8').readline())\n"
            + "sys.stdout.buffer.write('\\n'.join(d['text'][e['start']:e['end']] for e in d['entities']).encode('utf-8'))\n";
    Process p =
        new ProcessBuilder("python3", "-c", script, file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertEquals("😀\nفلاديمير بوتين\nموسكو", out);
  }

  @Test
  void javaCodePointSlicingAgrees() throws IOException {
    String line = JsonlRoundTripTest.write(List.of(document()));
    Document back = JsonlRoundTripTest.roundTrip(List.of(document())).get(0);
    assertEquals(document(), back);
    int[] cps = TEXT.codePoints().toArray();
    // the PER entity (second, after the emoji) sliced by code points as Python would
    com.fasterxml.jackson.databind.JsonNode e =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("entities").get(1);
    String sliced = new String(cps, e.get("start").intValue(), e.get("end").intValue() - e.get("start").intValue());
    assertEquals("فلاديمير بوتين", sliced);
  }
}

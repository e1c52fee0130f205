/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.core.Document;
import org.tawsim.core.Sentence;
import org.tawsim.core.Token;
import org.tawsim.export.Formats;
import org.tawsim.export.ReaderFormat;
import picocli.CommandLine;

/**
 * {@code tawsim annotate} on a folder of hostile files: a byte order mark, CRLF line ends, control
 * characters, direction marks and embeddings, emoji with modifiers and ZWJ sequences, combining
 * marks and tatweel with no letter, unbalanced quotation marks, an empty file and one file of
 * invalid UTF-8. Exit 1; only the invalid file is rejected, by name and byte; every other document
 * is written with its text as read, tokens and sentences, and every span inside the text on
 * code-point boundaries. The timeout
 * guards against a hang (the run takes 15 s with the model loads at load 20 on two cores), it is
 * not a speed figure.
 */
class NastyInputTest {

  /** The inputs, in the order the folder is read, and the text each document must have. */
  private static final Map<String, String> TEXTS = new LinkedHashMap<>();

  static {
    TEXTS.put("a-bom.txt", "الرياض - واس\nقال الوزير إن الاجتماع ناجح."); // the BOM is not text
    TEXTS.put("b-crlf.txt", "قال الرئيس:\r\n«نعم».\r\nوأضاف: \"لا\".\r\n");
    TEXTS.put("c-controls.txt", "قال\u0000 الوزير\u0007 إن\u001b الأمر\u0008 صعب\u000c.");
    TEXTS.put("d-direction.txt", "\u200Fقال\u200E الوزير \u061Cإن \u202Bالأمر\u202C \u202Eصعب\u202C.");
    TEXTS.put("e-emoji.txt", "قال 👍🏽 الوزير 👨‍👩‍👧 إن 🇸🇦 الأمر ❤️ صعب 👍🏽");
    TEXTS.put("f-marks.txt", "\u064E قال \u0651\u064B \u0640 صور\u0640 \u0670 مالي \u0640.");
    TEXTS.put("g-quotes.txt", "قال «نعم » وقال \"لا وقال » ثم « و“ ثم ” \".");
    TEXTS.put("h-empty.txt", "");
  }

  @TempDir Path dir;

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void rejectsOnlyTheInvalidFileAndWritesEveryOtherWithValidSpans() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (Map.Entry<String, String> e : TEXTS.entrySet()) {
      String bom = e.getKey().equals("a-bom.txt") ? "\uFEFF" : "";
      Files.writeString(in.resolve(e.getKey()), bom + e.getValue(), StandardCharsets.UTF_8);
    }
    byte[] arabic = "قال".getBytes(StandardCharsets.UTF_8);
    byte[] invalid = new byte[arabic.length + 2];
    System.arraycopy(arabic, 0, invalid, 0, arabic.length);
    invalid[arabic.length] = (byte) 0xC3; // a lead byte, then '(' where a continuation must be
    invalid[arabic.length + 1] = '(';
    Files.write(in.resolve("i-invalid.txt"), invalid);
    Path out = dir.resolve("out.jsonl");
    StringWriter err = new StringWriter();
    CommandLine cl = Tawsim.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));

    assertEquals(1, cl.execute("annotate", in.toString(), "-o", out.toString()));

    assertEquals(
        "{\"input\":\"" + in.resolve("i-invalid.txt") + "\",\"location\":\"byte 6\","
            + "\"reason\":\"invalid UTF-8 (malformed sequence: C3)\"}\n",
        Files.readString(dir.resolve("out.jsonl.rejects.jsonl"), StandardCharsets.UTF_8));
    assertTrue(err.toString().contains("8 documents written, 1 inputs rejected"), err.toString());
    // reading back fails on any span outside its text or inside a surrogate pair
    List<Document> docs = Formats.readAll(ReaderFormat.JSONL, out);
    assertEquals(List.copyOf(TEXTS.keySet()), docs.stream().map(Document::id).toList());
    for (Document d : docs) {
      assertEquals(TEXTS.get(d.id()), d.text(), d.id());
      assertEquals(!d.text().isEmpty(), d.hasLayer(Token.class) && !d.tokens().isEmpty(), d.id());
      assertEquals(d.text().isEmpty() ? 0 : 1, Math.min(1, d.layer(Sentence.class).size()), d.id());
    }
  }
}

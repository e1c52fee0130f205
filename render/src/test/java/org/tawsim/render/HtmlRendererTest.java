/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.DocumentWriter;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.Formats;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.ReaderFormat;
import org.tawsim.export.testing.TestDocuments;

class HtmlRendererTest {

  @TempDir Path temp;

  private String render(HtmlRenderer renderer, List<Document> docs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(docs, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private HtmlRenderer renderer(int pageSize) {
    return HtmlRenderer.builder().pageSize(pageSize).spoolDirectory(temp).build();
  }

  /**
   * Seven documents over four pages give the bytes of the golden file, whether the pages are
   * spooled to disk or kept in memory ({@code -Dtawsim.golden.update=true} rewrites the file after
   * a deliberate change of the page; review its diff).
   */
  @Test
  void sevenDocumentsGiveTheGoldenPage() throws IOException {
    ByteArrayOutputStream spooled = new ByteArrayOutputStream();
    ByteArrayOutputStream inMemory = new ByteArrayOutputStream();
    renderer(2).render(SampleDocuments.corpus(7), spooled);
    HtmlRenderer.builder().pageSize(2).build().render(SampleDocuments.corpus(7), inMemory);
    TestDocuments.assertGolden(
        HtmlRendererTest.class, "corpus7.expected.html", spooled.toString(StandardCharsets.UTF_8));
    TestDocuments.assertGolden(
        HtmlRendererTest.class, "corpus7.expected.html", inMemory.toString(StandardCharsets.UTF_8));
  }

  @Test
  void isOneRightToLeftPageWithItsOwnStyleAndScriptOnly() throws IOException {
    String html = render(renderer(2), List.of(SampleDocuments.news(), SampleDocuments.numbered(3)));
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n"));
    assertEquals(1, count(html, "<script"));
    assertEquals(1, count(html, "<style"));
    for (String fetches : new String[] {" src=", "<link", "@import", "url(http", "<iframe"}) {
      assertEquals(0, count(html, fetches), fetches);
    }
    assertTrue(html.contains("default-src 'none'"));
  }

  /** The CSP names the SHA-256 of the style and script as they are in the page, or nothing runs. */
  @Test
  void policyHashesMatchTheInlineStyleAndScript() throws IOException {
    String html = render(renderer(2), SampleDocuments.corpus(3));
    String css = between(html, "<style>", "</style>");
    String js = between(html, "<script>", "</script>");
    assertTrue(html.contains("style-src " + PageAssets.cspHash(css) + ";"));
    assertTrue(html.contains("script-src " + PageAssets.cspHash(js) + ";"));
  }

  @Test
  void escapesIdsMetadataAndText() throws IOException {
    String html = render(renderer(2), List.of(SampleDocuments.scripted()));
    assertFalse(html.contains("<script>window"));
    assertFalse(html.contains("<img"));
    assertTrue(html.contains("&lt;script&gt;window.__tawsimInjected = &#39;text&#39;;&lt;/script&gt;"));
    assertTrue(html.contains("data-id=\"&lt;script&gt;window.__tawsimInjected = &#39;id&#39;;"));
    assertTrue(html.contains("title=\"MISC · &lt;b&gt;src&lt;/b&gt;\""));
  }

  @Test
  void groupsDocumentsInPages() throws IOException {
    String html = render(renderer(2), SampleDocuments.corpus(7));
    assertEquals(4, count(html, "<div class=\"page\""));
    assertTrue(html.contains("<div class=\"page\" id=\"p1\" data-page=\"1\">"));
    assertTrue(html.contains("<div class=\"page\" id=\"p4\" data-page=\"4\" hidden>"));
    assertEquals(7, count(html, "<section class=\"doc\""));
    assertTrue(html.contains("<summary>Documents 7\u20137 (index)</summary>"));
    assertTrue(html.contains("<span id=\"page-count\">4</span>"));
  }

  @Test
  void drawsEachAnnotationLayer() throws IOException {
    String html = render(renderer(2), List.of(SampleDocuments.news()));
    assertEquals(6, count(html, "<span class=\"e t-"));
    assertTrue(html.contains("<span class=\"q q-speech\" data-kind=\"speech\" data-q=\"1\""));
    assertTrue(html.contains("id=\"d1-q1\""));
    assertTrue(html.contains("<span class=\"q q-indirect\" data-kind=\"indirect\" data-q=\"2\""));
    assertTrue(html.contains("<span class=\"sp\" data-q=\"1 2\""));
    assertEquals(2, count(html, "<span class=\"cue\""));
    assertEquals(2, count(html, "<span class=\"s s"));
    assertTrue(html.contains("<span class=\"z\" data-zone=\"dateline\">"));
    assertTrue(html.contains(".t-EVENT{background:" + TypeColours.derived("EVENT") + "}"));
  }

  @Test
  void chartsTheCorpus() throws IOException {
    String html = render(renderer(50), SampleDocuments.corpus(7));
    assertTrue(html.contains("data-label=\"LOC\" data-value=\"8\""), "1 + 2 in news, 5 numbered");
    assertTrue(html.contains("data-label=\"PER\" data-value=\"6\""));
    assertTrue(html.contains("data-label=\"speech\" data-value=\"1\""));
    assertTrue(html.contains("data-label=\"indirect\" data-value=\"1\""));
    assertTrue(html.contains("<tr><th>documents</th><td class=\"n\">7</td></tr>"));
    assertTrue(html.contains("<figure dir=\"ltr\" id=\"chart-sentences\">"));
  }

  @Test
  void rendersEmptyTextAndOddIds() throws IOException {
    String html = render(renderer(2), List.of(
        Document.of("empty", ""), Document.of("line\n\"quoted\"", "a\r\nb")));
    assertTrue(html.contains("<div class=\"text\" dir=\"rtl\"></div>"));
    assertTrue(html.contains("data-id=\"line\n&quot;quoted&quot;\""));
    assertTrue(html.contains("<div class=\"text\" dir=\"rtl\">a\r\nb</div>"));
  }

  @Test
  void rendersAnEmptyCorpus() throws IOException {
    String html = render(renderer(2), List.of());
    assertTrue(html.contains("No documents."));
    assertTrue(html.endsWith("</html>\n"));
    assertEquals(0, count(html, "<div class=\"page\""));
  }

  @Test
  void readsNativeJsonlWithCodePointOffsets() throws IOException {
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    try (DocumentWriter w = Formats.writer(OutputFormat.JSONL, jsonl, ExportOptions.defaults())) {
      for (Document d : SampleDocuments.corpus(4)) {
        w.write(d);
      }
    }
    ByteArrayOutputStream fromJsonl = new ByteArrayOutputStream();
    try (DocumentReader in = Formats.reader(ReaderFormat.JSONL, "corpus.jsonl",
        new ByteArrayInputStream(jsonl.toByteArray()))) {
      assertEquals(4, renderer(2).render(in, fromJsonl));
    }
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    renderer(2).render(SampleDocuments.corpus(4), direct);
    assertArrayEquals(direct.toByteArray(), fromJsonl.toByteArray());
    String html = fromJsonl.toString(StandardCharsets.UTF_8);
    assertTrue(html.contains("\uD83D\uDE00 إن <span class=\"q q-speech\""), "entity offsets after the emoji");
  }

  /** 10,000 documents made one at a time: the page holds them all and the spool file is gone. */
  @Test
  void streamsTenThousandDocuments() throws IOException {
    Iterable<Document> generated =
        () -> new Iterator<>() {
          int n = 0;

          @Override
          public boolean hasNext() {
            return n < 10_000;
          }

          @Override
          public Document next() {
            return SampleDocuments.numbered(++n);
          }
        };
    Path page = temp.resolve("big.html");
    try (OutputStream out = Files.newOutputStream(page)) {
      assertEquals(10_000, renderer(50).render(generated, out));
    }
    String html = Files.readString(page);
    assertEquals(200, count(html, "<div class=\"page\""));
    assertEquals(10_000, count(html, "<section class=\"doc\""));
    assertTrue(html.contains("id=\"d10000\""));
    try (Stream<Path> left = Files.list(temp)) {
      assertEquals(List.of(page), left.toList(), "no temporary file left");
    }
  }

  @Test
  void writesNothingWhenTheInputFails() throws IOException {
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    try (DocumentWriter w = Formats.writer(OutputFormat.JSONL, jsonl, ExportOptions.defaults())) {
      w.write(SampleDocuments.news());
    }
    jsonl.write("{\"id\":\"broken\"}\n".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DocumentReader in = Formats.reader(ReaderFormat.JSONL, "bad.jsonl",
        new ByteArrayInputStream(jsonl.toByteArray()))) {
      assertThrows(org.tawsim.core.InvalidInputException.class, () -> renderer(2).render(in, out));
    }
    assertEquals(0, out.size());
    try (Stream<Path> left = Files.list(temp)) {
      assertEquals(List.of(), left.toList(), "no temporary file left");
    }
  }

  @Test
  void writerRefusesDocumentsAfterClose() throws IOException {
    DocumentWriter w = renderer(2).writer(new ByteArrayOutputStream());
    w.close();
    w.close();
    assertThrows(IllegalStateException.class, () -> w.write(SampleDocuments.news()));
  }

  @Test
  void rejectsAPageSizeBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.builder().pageSize(0));
  }

  @Test
  void leavesTheStreamOpen() throws IOException {
    boolean[] closed = {false};
    OutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    renderer(2).render(List.of(SampleDocuments.news()), out);
    assertFalse(closed[0]);
  }

  private static int count(String s, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String between(String s, String open, String close) {
    int from = s.indexOf(open) + open.length();
    return s.substring(from, s.indexOf(close, from));
  }
}

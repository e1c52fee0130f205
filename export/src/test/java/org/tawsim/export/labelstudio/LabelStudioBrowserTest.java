/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.labelstudio;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;
import org.tawsim.export.testing.TestDocuments;
import org.tawsim.export.testing.HeadlessChromium;

/**
 * The real consumer: each exported task is loaded into Label Studio's own frontend in headless
 * Chromium, the prediction made the annotation a person would start from, and what the page
 * returns ({@code annotationStore} serialised) is imported back: the same entities and
 * quotations, and every region highlights exactly its text, after emoji and in Arabic.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} and npm (to fetch the frontend
 * once into {@code target/label-studio/}, see {@link LabelStudioFrontend}); skips without them.
 * About 3 s a task. Leaves screenshots in {@code target/label-studio-screenshots/}.
 */
class LabelStudioBrowserTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path SCREENSHOTS = Path.of("target", "label-studio-screenshots");

  @TempDir static Path temp;

  private static ChromeDriver driver;
  private static Path frontend;

  @BeforeAll
  static void openBrowser() throws IOException {
    Assumptions.assumeTrue(
        HeadlessChromium.installed(), "headless Chromium and chromedriver are not installed");
    frontend = LabelStudioFrontend.locate();
    Assumptions.assumeTrue(frontend != null,
        "Label Studio's frontend " + LabelStudioFrontend.PACKAGE + " could not be fetched with npm");
    driver = HeadlessChromium.start(temp.resolve("profile"));
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** Three regions after 😀👍🏽 (three code points, six UTF-16 units), a quotation, its speaker and cue. */
  static Document afterEmoji() {
    String t = "😀👍🏽 قال الرئيس فلاديمير بوتين في موسكو إن \"الحوار مستمر\"";
    Entity putin = TestDocuments.entity(t, "فلاديمير بوتين", EntityType.PER, "");
    return Document.of("emoji-1", t)
        .withLayer(Entity.class, List.of(
            TestDocuments.entity(t, "الرئيس", EntityType.of("TITLE"), ""),
            putin,
            TestDocuments.entity(t, "موسكو", EntityType.LOC, "")))
        .withLayer(Quotation.class, List.of(new Quotation(
            TestDocuments.find(t, "\"الحوار مستمر\""), TestDocuments.find(t, "الحوار مستمر"),
            QuoteKind.SPEECH, false, TestDocuments.find(t, "الرئيس فلاديمير بوتين"),
            TestDocuments.find(t, "قال"), putin)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"emoji-1", "news-1"})
  void labelStudioShowsAndReturnsExactlyTheExportedAnnotations(String id) throws IOException {
    Document original = id.equals("news-1") ? TestDocuments.news() : afterEmoji();
    String[] written = LabelStudioWriterTest.write(List.of(original));
    JsonNode task = MAPPER.readTree(written[0]).get(0);
    JsonNode page = render(task, written[1]);

    // what the frontend highlights: each region's own DOM spans, joined
    List<String> shown = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (JsonNode r : page.get("result")) {
      if (r.has("value")) {
        shown.add(r.at("/value/labels/0").asText() + " " + page.at("/highlights/" + r.get("id").asText()).asText());
      }
    }
    for (JsonNode r : task.at("/predictions/0/result")) {
      if (r.has("value")) {
        expected.add(r.at("/value/labels/0").asText() + " " + r.at("/value/text").asText());
      }
    }
    assertEquals(expected, shown);
    assertEquals("rtl", page.get("direction").asText(), "the configuration shows the text right to left");
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(id + ".png"), driver.getScreenshotAs(OutputType.BYTES));

    // what the page returns, imported as a Label Studio export
    ArrayNode export = MAPPER.createArrayNode();
    ObjectNode t = export.addObject();
    t.set("data", task.get("data"));
    t.putArray("annotations").addObject().put("id", 1).set("result", page.get("result"));
    LabelStudioReaderTest.Import back = LabelStudioReaderTest.read(MAPPER.writeValueAsString(export));
    assertEquals(List.of(), back.rejected());
    assertEquals(0, back.repairs());
    Document imported = back.docs().get(0);
    assertEquals(TestDocuments.entities(original), TestDocuments.entities(imported));
    assertEquals(TestDocuments.quotes(original), TestDocuments.quotes(imported));
  }

  /**
   * Loads the task in the frontend, turns its prediction into the annotation a person starts
   * from, and returns {@code {"result": [...], "highlights": {regionId: text}}}.
   */
  private static JsonNode render(JsonNode task, String config) throws IOException {
    ObjectNode lsTask = MAPPER.createObjectNode().put("id", 1);
    lsTask.set("data", task.get("data"));
    lsTask.set("predictions", task.get("predictions"));
    lsTask.putArray("annotations");
    String html = PAGE
        .replace("$FRONTEND", frontend.toUri().toString())
        .replace("$CONFIG", json(MAPPER.writeValueAsString(config)))
        .replace("$TASK", json(MAPPER.writeValueAsString(lsTask)));
    Path file = temp.resolve(task.at("/data/id").asText() + ".html");
    Files.writeString(file, html, UTF_8);
    driver.get(file.toUri().toString());
    long deadline = System.nanoTime() + 60_000_000_000L;
    Object out;
    while ((out = driver.executeScript("return window.tawsimResult || null;")) == null) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Label Studio did not render the task in 60 s");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
    return MAPPER.readTree((String) out);
  }

  /** JSON inside a script element: no {@code </} may close it early. */
  private static String json(String s) {
    return s.replace("</", "<\\/");
  }

  private static final String PAGE = """
      <!doctype html>
      <html><head><meta charset="utf-8">
      <link rel="stylesheet" href="$FRONTENDbuild/static/css/main.css">
      </head><body>
      <div id="ls"></div>
      <script src="$FRONTENDbuild/static/js/main.js"></script>
      <script>
      new LabelStudio(document.getElementById('ls'), {
        config: $CONFIG,
        task: $TASK,
        interfaces: ['panel', 'update', 'controls', 'side-column', 'predictions:menu'],
        user: {pk: 1, firstName: 'Tawsim', lastName: 'Test'}
      });
      var poll = setInterval(function () {
        var store = window.Htx && window.Htx.annotationStore;
        if (!store || store.predictions.length === 0) return;
        if (!store.selected || store.selected.type !== 'annotation') {
          var a = store.addAnnotationFromPrediction(store.predictions[0]);
          store.selectAnnotation(a.id);
          return;
        }
        var regions = store.selected.regions;
        if (regions.length === 0 || !regions.every(function (r) {
          return r._spans && r._spans.length > 0 && r._spans.every(function (s) { return s.isConnected; });
        })) return;
        var highlights = {};
        regions.forEach(function (r) {
          highlights[r.cleanId || String(r.id).split('#')[0]] = r._spans.map(function (s) { return s.textContent; }).join('');
        });
        clearInterval(poll);
        window.tawsimResult = JSON.stringify({result: store.selected.serializeAnnotation(),
            highlights: highlights, direction: getComputedStyle(regions[0]._spans[0]).direction});
      }, 200);
      </script></body></html>
      """;
}

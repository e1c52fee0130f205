/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.tawsim.core.Document;
import org.tawsim.export.testing.HeadlessChromium;

/**
 * Opens a rendered page in a real headless Chromium and checks what a reader sees.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}); skips when they are absent, CI installs them. Leaves screenshots in
 * {@code target/render-screenshots/} for a person to look at.
 */
class HtmlRendererBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "render-screenshots");

  @TempDir static Path temp;

  private static ChromeDriver driver;
  private static List<Document> corpus;
  private static String url;

  @BeforeAll
  static void openBrowser() throws IOException {
    Assumptions.assumeTrue(
        HeadlessChromium.installed(), "headless Chromium and chromedriver are not installed");
    corpus = SampleDocuments.corpus(7);
    Path page = temp.resolve("corpus.html");
    try (OutputStream out = Files.newOutputStream(page)) {
      HtmlRenderer.builder().title("عينة Tawsim").pageSize(2).build().render(corpus, out);
    }
    Files.createDirectories(SCREENSHOTS);
    Files.copy(page, SCREENSHOTS.resolve("corpus.html"), StandardCopyOption.REPLACE_EXISTING);
    url = page.toUri().toString();
    driver = HeadlessChromium.start(temp.resolve("profile"));
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void load() {
    driver.get(url);
    waitUntil(() -> "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  @Test
  void pageAndTextAreRightToLeft() {
    WebElement html = driver.findElement(By.tagName("html"));
    assertEquals("rtl", html.getAttribute("dir"));
    assertEquals("ar", html.getAttribute("lang"));
    assertEquals("rtl", driver.findElement(By.cssSelector("#d1 .text")).getCssValue("direction"));
    assertEquals("rtl", driver.findElement(By.tagName("body")).getCssValue("direction"));
  }

  @Test
  void highlightsEntitiesByTypeWithTheirColours() {
    assertEquals(List.of("ميشال عون"), texts("#d1 .e.t-PER"));
    assertEquals(List.of("بيروت", "لبنان", "بيروت"), texts("#d1 .e.t-LOC"));
    assertEquals(List.of("الحكومة"), texts("#d1 .e.t-ORG"));
    assertEquals(List.of("بالفوضى"), texts("#d1 .e.t-EVENT"));
    String per = driver.findElement(By.cssSelector("#d1 .e.t-PER")).getCssValue("background-color");
    String loc = driver.findElement(By.cssSelector("#d1 .e.t-LOC")).getCssValue("background-color");
    String event = driver.findElement(By.cssSelector("#d1 .e.t-EVENT")).getCssValue("background-color");
    assertNotEquals("rgba(0, 0, 0, 0)", per);
    assertNotEquals(per, loc);
    assertNotEquals("rgba(0, 0, 0, 0)", event, "a user type gets a colour too");
    assertEquals(
        event,
        driver.findElement(By.cssSelector(".legend .swatch.t-EVENT")).getCssValue("background-color"));
  }

  @Test
  void marksQuotationsWithKindSpeakerAndArrow() {
    WebElement speech = driver.findElement(By.cssSelector("#d1 .q.q-speech"));
    assertEquals("«لبنان لن يسمح بالفوضى في بيروت»", speech.getText());
    assertEquals("speech", speech.getAttribute("data-kind"));
    assertEquals(List.of("لبنان", "بالفوضى", "بيروت"), texts("#d1 .q.q-speech .e"));
    assertEquals(List.of("أن الحكومة ستجتمع غدا"), texts("#d1 .q.q-indirect"));
    WebElement speaker = driver.findElement(By.cssSelector("#d1 .sp"));
    assertEquals("ميشال عون", speaker.getText());
    assertEquals("1 2", speaker.getAttribute("data-q"), "one speaker of both quotations");
    assertEquals(List.of("قال", "وأضاف"), texts("#d1 .cue"));
    List<WebElement> arrows = driver.findElements(By.cssSelector("#d1 svg.links > path"));
    assertEquals(
        List.of("d1-q1", "d1-q2"),
        arrows.stream().map(a -> a.getAttribute("data-q")).collect(Collectors.toList()));
  }

  @Test
  void hoveringASpeakerHighlightsItsQuotationsAndArrowsHideOnDemand() {
    new Actions(driver).moveToElement(driver.findElement(By.cssSelector("#d1 .sp"))).perform();
    waitUntil(() -> driver.findElement(By.id("d1-q1")).getAttribute("class").contains("hl"));
    assertTrue(driver.findElement(By.id("d1-q2")).getAttribute("class").contains("hl"));
    assertTrue(driver.findElement(By.cssSelector("#d1 svg.links")).isDisplayed());
    driver.findElement(By.id("toggle-links")).click();
    waitUntil(() -> !driver.findElement(By.cssSelector("#d1 svg.links")).isDisplayed());
  }

  @Test
  void keepsEveryCharacterOfTheText() {
    JavascriptExecutor js = driver;
    for (int n = 1; n <= 2; n++) {
      Object shown =
          js.executeScript("return document.querySelector('#d" + n + " .text').textContent;");
      assertEquals(corpus.get(n - 1).text(), shown, "document " + n);
    }
  }

  @Test
  void showsMarkupInDocumentsAsTextAndNeverRunsIt() {
    Object injected = driver.executeScript("return window.__tawsimInjected === undefined;");
    assertEquals(Boolean.TRUE, injected, "no script from a document ran");
    assertTrue(driver.findElement(By.cssSelector("#d2 .text")).getText().startsWith("<script>"));
    assertEquals(SampleDocuments.SCRIPT_ID, driver.findElement(By.cssSelector("#d2 h2 bdi")).getText());
    assertTrue(driver.findElements(By.cssSelector("section.doc script, section.doc img")).isEmpty());
    assertEquals(1, driver.findElements(By.tagName("script")).size());
  }

  @Test
  void pagesThroughTheCorpus() throws IOException {
    assertEquals("4", driver.findElement(By.id("page-count")).getText());
    assertTrue(driver.findElement(By.id("d1")).isDisplayed());
    assertFalse(driver.findElement(By.id("d3")).isDisplayed());
    driver.findElement(By.id("next")).click();
    waitUntil(() -> driver.findElement(By.id("d3")).isDisplayed());
    assertFalse(driver.findElement(By.id("d1")).isDisplayed());
    assertEquals("2", driver.findElement(By.id("page-number")).getAttribute("value"));
    driver.findElement(By.id("last")).click();
    waitUntil(() -> driver.findElement(By.id("d7")).isDisplayed());
    assertTrue(driver.findElement(By.id("next")).getAttribute("disabled") != null);
    driver.findElement(By.id("find-id")).sendKeys("doc-5");
    driver.findElement(By.cssSelector("#find button")).click();
    waitUntil(() -> driver.findElement(By.id("d5")).isDisplayed());
    assertEquals("3", driver.findElement(By.id("page-number")).getAttribute("value"));
    assertEquals(List.of("رقم 5.", " زارت"), texts("#d5 .e.t-MISC"), "split at the sentence end");
    assertEquals(1, driver.findElements(By.cssSelector("#d5 .e.t-MISC.split")).size());
    assertEquals(1, driver.findElements(By.cssSelector("#d5 .e.t-MISC.cont")).size());
    screenshot("page-3.png");
  }

  @Test
  void showsSentencesAndZonesOnDemand() throws IOException {
    WebElement sentence = driver.findElement(By.cssSelector("#d1 .s.s0"));
    assertEquals("rgba(0, 0, 0, 0)", sentence.getCssValue("background-color"));
    screenshot("page-1.png");
    driver.findElement(By.id("toggle-sentences")).click();
    driver.findElement(By.id("toggle-zones")).click();
    waitUntil(() -> !"rgba(0, 0, 0, 0)".equals(sentence.getCssValue("background-color")));
    assertEquals("dashed", driver.findElement(By.cssSelector("#d1 .z")).getCssValue("outline-style"));
    screenshot("page-1-sentences-zones.png");
  }

  private static List<String> texts(String selector) {
    return driver.findElements(By.cssSelector(selector)).stream()
        .map(e -> (String) driver.executeScript("return arguments[0].textContent;", e))
        .collect(Collectors.toList());
  }

  /** Polls until the page reaches a state; fails after ten seconds. */
  private static void waitUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the page did not reach the expected state in 10 s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  private static void screenshot(String name) throws IOException {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.tawsim.export.testing.HeadlessChromium;

/**
 * Measures how usable a large rendered page is in headless Chromium: the time to the load event,
 * to reach a few pages and documents by address, and to find a document by id. Not a test; run it
 * on a page rendered from a large corpus:
 *
 * <pre>
 * java -cp ... org.tawsim.render.PageLoadTimer PAGE.html [DOCUMENT-ID] [SCREENSHOT.png]
 * </pre>
 */
final class PageLoadTimer {

  private PageLoadTimer() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path page = Path.of(args[0]).toAbsolutePath();
    ChromeDriver driver = HeadlessChromium.start(Files.createTempDirectory("tawsim-chromium-"));
    try {
      driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(10));
      long start = System.nanoTime();
      driver.get(page.toUri().toString());
      print("load event", start);
      String pages = driver.findElement(By.id("page-count")).getText();
      System.out.println("pages: " + pages + ", documents: "
          + driver.executeScript("return document.querySelectorAll('section.doc').length;"));
      int last = Integer.parseInt(pages);
      for (String hash : new String[] {"#p2", "#p" + (last / 2), "#p" + last, "#d1"}) {
        start = System.nanoTime();
        driver.executeScript("location.hash = arguments[0];", hash);
        String want = hash.startsWith("#p") ? hash.substring(2) : "1";
        while (!want.equals(
            driver.findElement(By.tagName("body")).getAttribute("data-current-page"))) {
          Thread.sleep(2);
        }
        print(hash, start);
      }
      if (args.length > 1) {
        start = System.nanoTime();
        driver.findElement(By.id("find-id")).sendKeys(args[1]);
        driver.findElement(By.cssSelector("#find button")).click();
        print("find '" + args[1] + "' -> page "
            + driver.findElement(By.tagName("body")).getAttribute("data-current-page"), start);
      }
      if (args.length > 2) {
        Files.write(Path.of(args[2]), driver.getScreenshotAs(OutputType.BYTES));
      }
    } finally {
      driver.quit();
    }
  }

  private static void print(String what, long start) {
    System.out.println(
        String.format(Locale.ROOT, "%s: %.0f ms", what, (System.nanoTime() - start) / 1e6));
  }
}

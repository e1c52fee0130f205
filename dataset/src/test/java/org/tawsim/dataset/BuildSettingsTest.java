/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.export.OutputFormat;

class BuildSettingsTest {

  private static UnaryOperator<BuildSettings> change(String setting, String value) {
    return switch (setting) {
      case "maxChars" -> s -> s.withLimits(Integer.parseInt(value), s.docTimeout());
      case "docTimeout" -> s -> s.withLimits(s.maxChars(), Duration.ofSeconds(Long.parseLong(value)));
      case "nearThreshold" -> s -> s.withDedup(s.dedup(), Double.parseDouble(value));
      case "formats" -> s -> s.withFormats(
          value.isEmpty() ? List.of() : List.of(value.split(" ")).stream().map(OutputFormat::valueOf).toList());
      default -> throw new IllegalArgumentException(setting);
    };
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "maxChars      | 0          | max characters must be at least 1: 0",
        "docTimeout    | -1         | document time budget must not be negative: PT-1S",
        "nearThreshold | 0          | near-duplicate threshold must be in (0, 1]: 0.0",
        "nearThreshold | 1.01       | near-duplicate threshold must be in (0, 1]: 1.01",
        "formats       | ''         | name at least one output format",
        "formats       | CONLL CONLL | a format is given twice: [CONLL, CONLL]",
      })
  void aSettingOutOfItsRangeIsRefusedWithItsValue(String setting, String value, String message) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> change(setting, value).apply(BuildSettings.defaults()));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"maxChars,1", "docTimeout,0", "nearThreshold,1", "formats,JSONL HF"})
  void theEdgesOfEachRangeAreAccepted(String setting, String value) {
    BuildSettings s = change(setting, value).apply(BuildSettings.defaults());
    assertEquals(BuildSettings.defaults().splitter(), s.splitter());
  }

  @Test
  void theDefaultsAreThoseOfBuildWithoutOptions() {
    BuildSettings d = BuildSettings.defaults();
    assertEquals(List.of(OutputFormat.JSONL), d.formats());
    assertEquals(HashSplitter.DEFAULT, d.splitter());
    assertEquals(DedupMode.KEEP_ONE, d.dedup());
    assertEquals(0.8, d.nearThreshold());
    assertEquals(PageMode.ARTICLE, d.pages());
    assertEquals(5_000_000, d.maxChars());
    assertEquals(Duration.ofSeconds(60), d.docTimeout());
  }

  @Test
  void aNullSettingIsNamed() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> BuildSettings.defaults().withPages(null));
    assertEquals("pages", e.getMessage());
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.apache.commons.lang3.Validate;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.OutputFormat;

/**
 * What a corpus build writes and how: the output formats and their writer settings, the split,
 * duplicate detection, which text of each page, and the limits on one document. {@code tawsim
 * build} and {@code tawsim spark-build} make one from the same options, and {@link
 * DatasetBuilder.Builder#settings} and the Spark job's builder take it, so the two builds write
 * the same bytes for the same settings. How the work is spread (threads, partitions) is not a
 * setting of the corpus and is not here.
 *
 * <pre>{@code
 * BuildSettings s = BuildSettings.defaults()
 *     .withFormats(List.of(OutputFormat.JSONL, OutputFormat.CONLL))
 *     .withExport(ExportOptions.defaults().withScheme(TagScheme.BIOES));
 * }</pre>
 *
 * @param formats the output formats, at least one, none twice; default native JSONL
 * @param export the settings of every format's writer; default {@link ExportOptions#defaults()}
 * @param splitter split ratios and seed; default {@link HashSplitter#DEFAULT}
 * @param dedup what happens to duplicates; default {@link DedupMode#KEEP_ONE}
 * @param nearThreshold estimated Jaccard similarity of word 3-shingles from which two documents
 *     are near copies, in (0, 1]; default 0.8
 * @param pages which text of each page is exported; default {@link PageMode#ARTICLE}
 * @param maxChars the largest document accepted, in UTF-16 units; default 5,000,000
 * @param docTimeout the time budget of one input document, {@link Duration#ZERO} for none;
 *     default {@link #DEFAULT_DOC_TIMEOUT}
 */
public record BuildSettings(
    List<OutputFormat> formats,
    ExportOptions export,
    HashSplitter splitter,
    DedupMode dedup,
    double nearThreshold,
    PageMode pages,
    int maxChars,
    Duration docTimeout) {

  /** The time budget of one input document unless the user sets one: a minute. */
  public static final Duration DEFAULT_DOC_TIMEOUT = Duration.ofSeconds(60);

  /** The largest document accepted unless the user sets another, in UTF-16 units. */
  public static final int DEFAULT_MAX_CHARS = 5_000_000;

  /** The near-copy threshold unless the user sets another. */
  public static final double DEFAULT_NEAR_THRESHOLD = 0.8;

  /**
   * Checks every setting.
   *
   * @param formats the output formats
   * @param export the writers' settings
   * @param splitter split ratios and seed
   * @param dedup what happens to duplicates
   * @param nearThreshold the near-copy threshold
   * @param pages which text of each page
   * @param maxChars the largest document accepted
   * @param docTimeout the time budget of one document
   * @throws NullPointerException naming a null setting
   * @throws IllegalArgumentException naming a setting out of its range, with the value
   */
  public BuildSettings {
    formats = List.copyOf(Validate.notNull(formats, "formats"));
    Validate.isTrue(!formats.isEmpty(), "name at least one output format");
    Validate.isTrue(
        new HashSet<>(formats).size() == formats.size(), "a format is given twice: %s", formats);
    Validate.notNull(export, "export");
    Validate.notNull(splitter, "splitter");
    Validate.notNull(dedup, "dedup");
    Validate.isTrue(
        nearThreshold > 0 && nearThreshold <= 1,
        "near-duplicate threshold must be in (0, 1]: %s",
        nearThreshold);
    Validate.notNull(pages, "pages");
    Validate.isTrue(maxChars >= 1, "max characters must be at least 1: %d", maxChars);
    checkedTimeout(docTimeout);
  }

  /** {@return the defaults, those of {@code tawsim build} without options} */
  public static BuildSettings defaults() {
    return new BuildSettings(
        List.of(OutputFormat.JSONL),
        ExportOptions.defaults(),
        HashSplitter.DEFAULT,
        DedupMode.KEEP_ONE,
        DEFAULT_NEAR_THRESHOLD,
        PageMode.ARTICLE,
        DEFAULT_MAX_CHARS,
        DEFAULT_DOC_TIMEOUT);
  }

  /**
   * Returns a time budget of one document when it is one: not null, not negative ({@link
   * Duration#ZERO} is none). Both builders and both commands check it here.
   *
   * @param budget the budget to check
   * @return the budget
   * @throws IllegalArgumentException for a negative budget
   */
  public static Duration checkedTimeout(Duration budget) {
    Validate.notNull(budget, "docTimeout");
    Validate.isTrue(
        !budget.isNegative(), "document time budget must not be negative: %s", budget);
    return budget;
  }

  /**
   * Returns a copy with other output formats.
   *
   * @param f the formats
   * @return the changed settings
   */
  public BuildSettings withFormats(List<OutputFormat> f) {
    return new BuildSettings(f, export, splitter, dedup, nearThreshold, pages, maxChars, docTimeout);
  }

  /**
   * Returns a copy with other writer settings.
   *
   * @param e the writers' settings
   * @return the changed settings
   */
  public BuildSettings withExport(ExportOptions e) {
    return new BuildSettings(formats, e, splitter, dedup, nearThreshold, pages, maxChars, docTimeout);
  }

  /**
   * Returns a copy with another split.
   *
   * @param s the split ratios and seed
   * @return the changed settings
   */
  public BuildSettings withSplitter(HashSplitter s) {
    return new BuildSettings(formats, export, s, dedup, nearThreshold, pages, maxChars, docTimeout);
  }

  /**
   * Returns a copy with other duplicate detection.
   *
   * @param d what happens to duplicates
   * @param threshold the near-copy threshold
   * @return the changed settings
   */
  public BuildSettings withDedup(DedupMode d, double threshold) {
    return new BuildSettings(formats, export, splitter, d, threshold, pages, maxChars, docTimeout);
  }

  /**
   * Returns a copy exporting other text of each page.
   *
   * @param p which text of each page
   * @return the changed settings
   */
  public BuildSettings withPages(PageMode p) {
    return new BuildSettings(formats, export, splitter, dedup, nearThreshold, p, maxChars, docTimeout);
  }

  /**
   * Returns a copy with other limits on one document.
   *
   * @param characters the largest document accepted
   * @param timeout the time budget of one document
   * @return the changed settings
   */
  public BuildSettings withLimits(int characters, Duration timeout) {
    return new BuildSettings(
        formats, export, splitter, dedup, nearThreshold, pages, characters, timeout);
  }
}

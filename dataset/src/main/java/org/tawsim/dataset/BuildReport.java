/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link DatasetBuilder} run did: how many inputs it met, wrote, rejected and dropped as
 * duplicates, and what each split holds.
 *
 * <p>The counts reconcile: {@code inputs() == written() + rejected() + droppedDuplicates()}, where
 * the inputs are the documents read, the inputs rejected while reading (an unreadable file, a bad
 * JSONL line) and the related articles split off pages. {@link #summary()} prints that equation.
 * Immutable once returned.
 */
public final class BuildReport {

  long read;
  long readRejected;
  long splitOff;
  long processRejected;
  long written;
  long droppedExact;
  long droppedNear;
  long nearKept;
  long relatedLeftOut;
  final Map<Split, SplitStats> splits = new EnumMap<>(Split.class);
  private final HashSplitter splitter;
  private final DedupMode dedup;
  private final PageMode pages;
  private final List<String> formats;

  BuildReport(HashSplitter splitter, DedupMode dedup, PageMode pages, List<String> formats) {
    this.splitter = splitter;
    this.dedup = dedup;
    this.pages = pages;
    this.formats = List.copyOf(formats);
    for (Split s : Split.values()) {
      splits.put(s, new SplitStats());
    }
  }

  /**
   * The counts of a run, for {@link #of}: what a job that runs the builder's steps elsewhere
   * (such as the Spark job) counted.
   *
   * @param read documents the reader gave
   * @param readRejected inputs rejected while reading (files, lines)
   * @param splitOff related articles made documents of their own ({@link PageMode#ARTICLES})
   * @param processRejected documents rejected after reading (empty, too large, no article, failed)
   * @param written documents written, in all splits
   * @param droppedExact exact copies dropped
   * @param droppedNear near copies dropped ({@link DedupMode#DROP})
   * @param nearKept near copies written in the split of their representative
   * @param relatedLeftOut related articles found on pages and not exported
   */
  public record Counts(
      long read,
      long readRejected,
      long splitOff,
      long processRejected,
      long written,
      long droppedExact,
      long droppedNear,
      long nearKept,
      long relatedLeftOut) {}

  /**
   * Returns the report of a run that was counted elsewhere, so that it prints and writes
   * {@code summary.txt} and {@code stats.json} exactly as the builder's own.
   *
   * @param splitter the splitter the run used
   * @param dedup the duplicate mode the run used
   * @param pages the page mode the run used
   * @param formats the names of the formats written, in order
   * @param counts what the run counted
   * @param splits the statistics of each split; a split missing counts as empty
   * @return the report
   * @throws IllegalArgumentException when the documents of the splits do not add up to {@code
   *     counts.written()}
   */
  public static BuildReport of(
      HashSplitter splitter,
      DedupMode dedup,
      PageMode pages,
      List<String> formats,
      Counts counts,
      Map<Split, SplitStats> splits) {
    BuildReport r =
        new BuildReport(
            Objects.requireNonNull(splitter, "splitter"),
            Objects.requireNonNull(dedup, "dedup"),
            Objects.requireNonNull(pages, "pages"),
            formats);
    r.read = counts.read();
    r.readRejected = counts.readRejected();
    r.splitOff = counts.splitOff();
    r.processRejected = counts.processRejected();
    r.written = counts.written();
    r.droppedExact = counts.droppedExact();
    r.droppedNear = counts.droppedNear();
    r.nearKept = counts.nearKept();
    r.relatedLeftOut = counts.relatedLeftOut();
    long documents = 0;
    for (Map.Entry<Split, SplitStats> e : splits.entrySet()) {
      r.splits.get(e.getKey()).addAll(e.getValue());
      documents += e.getValue().documents();
    }
    if (documents != r.written) {
      throw new IllegalArgumentException(
          "the splits hold " + documents + " documents, the counts say " + r.written + " written");
    }
    return r;
  }

  /**
   * {@return the inputs: documents read, inputs rejected while reading, related articles split off}
   */
  public long inputs() {
    return read + readRejected + splitOff;
  }

  /** {@return the documents the reader gave} */
  public long read() {
    return read;
  }

  /** {@return the inputs rejected while reading (files, lines)} */
  public long readRejected() {
    return readRejected;
  }

  /** {@return the related articles made documents of their own ({@link PageMode#ARTICLES})} */
  public long splitOff() {
    return splitOff;
  }

  /** {@return the related articles found on pages and not exported ({@link PageMode#ARTICLE})} */
  public long relatedLeftOut() {
    return relatedLeftOut;
  }

  /** {@return the documents written, in all splits} */
  public long written() {
    return written;
  }

  /** {@return the inputs rejected, while reading or afterwards (empty, too large, failed)} */
  public long rejected() {
    return readRejected + processRejected;
  }

  /** {@return the duplicates dropped, exact and near} */
  public long droppedDuplicates() {
    return droppedExact + droppedNear;
  }

  /** {@return the exact copies dropped} */
  public long droppedExact() {
    return droppedExact;
  }

  /** {@return the near copies dropped ({@link DedupMode#DROP})} */
  public long droppedNear() {
    return droppedNear;
  }

  /** {@return the near copies written in the split of their representative} */
  public long nearCopiesKept() {
    return nearKept;
  }

  /** {@return true when inputs = written + rejected + dropped duplicates} */
  public boolean reconciles() {
    return inputs() == written() + rejected() + droppedDuplicates();
  }

  /** {@return the statistics of each split} */
  public Map<Split, SplitStats> splits() {
    return Collections.unmodifiableMap(splits);
  }

  /** {@return the splitter the run used} */
  public HashSplitter splitter() {
    return splitter;
  }

  /** {@return the duplicate mode the run used} */
  public DedupMode dedup() {
    return dedup;
  }

  /** {@return the page mode the run used} */
  public PageMode pages() {
    return pages;
  }

  /** {@return the names of the formats written} */
  public List<String> formats() {
    return formats;
  }

  /**
   * {@return the equation of the counts, such as {@code "inputs 12 = written 9 + rejected 2 +
   * dropped duplicates 1"}}
   */
  public String equation() {
    return "inputs "
        + inputs()
        + " = written "
        + written()
        + " + rejected "
        + rejected()
        + " + dropped duplicates "
        + droppedDuplicates();
  }

  /** {@return the readable summary that the builder writes as {@code summary.txt}} */
  public String summary() {
    return ReportWriter.summary(this);
  }

  /**
   * Writes {@code stats.json} as the builder does: the counts, settings and per-split statistics,
   * byte-stable (no times). Does not close the stream.
   *
   * @param out the stream to write to
   * @throws java.io.IOException when writing fails
   */
  public void writeStats(OutputStream out) throws IOException {
    ReportWriter.writeJson(this, out);
  }
}

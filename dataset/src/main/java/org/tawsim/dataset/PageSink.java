/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.io.IOException;
import org.tawsim.core.Document;
import org.tawsim.core.InvalidInputException;
import org.tawsim.export.WorkerEncoder;

/**
 * The writing thread's side of a {@link DatasetBuilder} run. It takes the annotated pages in input
 * order, counts each in the report, sends failures and duplicates to the rejects with their reason,
 * and writes every kept document into its split.
 *
 * <p>Deduplication happens here, not on the workers, so that the first of two copies in input order
 * is the one kept, whatever the number of threads.
 */
final class PageSink {

  private final HashSplitter splitter;
  private final DedupMode dedup;
  private final PageMode pages;
  private final BuildReport report;
  private final CorpusOutput out;
  /** Null when deduplication is off. */
  private final DuplicateIndex index;

  PageSink(
      HashSplitter splitter,
      DedupMode dedup,
      PageMode pages,
      BuildReport report,
      CorpusOutput out,
      DuplicateIndex index) {
    this.splitter = splitter;
    this.dedup = dedup;
    this.pages = pages;
    this.report = report;
    this.out = out;
    this.index = index;
  }

  /** Takes the next page in input order. */
  void accept(Page<WorkerEncoder.Encoded[]> page) throws IOException {
    if (page.input == null) {
      report.readRejected++;
      out.reject(((PageAnnotator.Failed) page.outcomes.get(0)).rejection(), null);
      return;
    }
    report.read++;
    int documents = 0;
    for (PageAnnotator.Outcome o : page.outcomes) {
      if (o instanceof PageAnnotator.Annotated a) {
        WorkerEncoder.Encoded[] encoded = page.encoded == null ? null : page.encoded.get(documents);
        write(a, encoded, page.counts == null ? null : page.counts.get(documents));
      } else if (o instanceof PageAnnotator.Failed f) {
        report.processRejected++;
        out.reject(f.rejection(), null);
      }
      documents++;
    }
    report.splitOff += Math.max(0, documents - 1);
    if (pages != PageMode.ARTICLES) {
      report.relatedLeftOut += page.relatedFound;
    }
  }

  /** Writes a document; {@code counts} are its counts made by the worker, or null. */
  private void write(
      PageAnnotator.Annotated a, WorkerEncoder.Encoded[] encoded, SplitStats counts)
      throws IOException {
    Document d = a.document();
    Split split = splitter.assign(d.id());
    if (index != null) {
      DuplicateIndex.Verdict v = index.add(a.fingerprint(), split, d.id());
      switch (v.kind()) {
        case EXACT -> {
          report.droppedExact++;
          reject(d, "exact duplicate of '" + index.id(v.group()) + "'", index.id(v.group()));
          return;
        }
        case NEAR -> {
          if (dedup == DedupMode.DROP) {
            report.droppedNear++;
            reject(d, "near duplicate of '" + index.id(v.group()) + "'", index.id(v.group()));
            return;
          }
          report.nearKept++;
          split = index.split(v.group());
        }
        case NEW -> {}
      }
    }
    report.written++;
    if (counts == null) {
      report.splits.get(split).add(d);
    } else {
      report.splits.get(split).addAll(counts);
    }
    out.write(split, d, encoded);
  }

  private void reject(Document d, String reason, String original) throws IOException {
    out.reject(new InvalidInputException(d.id(), "", reason), original);
  }
}

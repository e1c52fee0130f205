/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tawsim.dataset.Fingerprint;
import org.tawsim.dataset.Split;
import org.tawsim.dataset.SplitStats;
import org.tawsim.export.conll.ExportReport;

/**
 * What one partition did, sent back to the driver: its counts (as {@code DatasetBuilder} counts
 * them), the statistics of what it wrote per split, the inputs it rejected (in input order) and
 * where its time went.
 *
 * @param partition the partition's index
 * @param read documents decoded from the inputs
 * @param readRejected inputs rejected while reading (bad JSONL line, invalid UTF-8, unreadable)
 * @param splitOff documents beyond the first cut from one page (page mode articles)
 * @param processRejected documents rejected after reading (blank, too large, no article, failed)
 * @param relatedFound related articles found on the pages
 * @param written statistics of the documents written, per split; empty in a two-pass run, whose
 *     second pass writes
 * @param rejections inputs not written, with their reasons
 * @param rejectedBefore for each rejection, how many documents were staged before it (its place
 *     among them, so the driver lists rejections and dropped duplicates in input order)
 * @param annotateNanos time spent in the builder's per-document step (zoning, cutting, pipeline)
 * @param totalNanos time of the whole partition: reading, decoding, annotating, writing
 * @param annotateCpuNanos CPU time of the task's thread in that step
 * @param writeCpuNanos CPU time of the task's thread in the formats' writers (as one machine
 *     spends it too)
 * @param totalCpuNanos CPU time of the task's thread for the whole partition
 * @param ids in a two-pass run, the id of each staged document, in order; else empty
 * @param fingerprints with duplicate detection, the fingerprint of each staged document; else empty
 * @param hfNames with hf, the label names that staged documents add to the defaults, by index in
 *     {@code ids} (only documents that add any, which are also staged as native JSONL); else empty
 * @param exportCases what the formats' writers adjusted to fit each document (entities expanded or
 *     dropped, tokens rewritten or skipped), recorded, by the document's index among those
 *     annotated here (in a two-pass run, its index in {@code ids}); only documents with any
 * @param lengths in a two-pass run, per format (in the job's order) the length in bytes of each
 *     staged document's rendering; else empty
 * @param executor where the task ran: the Spark executor's id ({@code driver} in local mode) and
 *     the process id of its JVM
 */
record PartitionResult(
    int partition,
    long read,
    long readRejected,
    long splitOff,
    long processRejected,
    long relatedFound,
    Map<Split, SplitStats> written,
    List<Rejection> rejections,
    List<Integer> rejectedBefore,
    long annotateNanos,
    long totalNanos,
    long annotateCpuNanos,
    long writeCpuNanos,
    long totalCpuNanos,
    List<String> ids,
    List<Fingerprint> fingerprints,
    Map<Integer, List<String>> hfNames,
    Map<Integer, ExportReport> exportCases,
    List<int[]> lengths,
    Executor executor)
    implements Serializable {

  /**
   * An executor JVM: Spark's id for it and its process id. On a cluster every executor is a JVM of
   * its own, which is what a run shows by listing them.
   */
  record Executor(String id, long pid) implements Serializable {

    /** Returns the executor this code runs in. */
    static Executor current() {
      org.apache.spark.SparkEnv env = org.apache.spark.SparkEnv.get();
      return new Executor(env == null ? "driver" : env.executorId(), ProcessHandle.current().pid());
    }

    @Override
    public String toString() {
      return id + " (pid " + pid + ")";
    }
  }

  PartitionResult {
    written = Map.copyOf(written);
    rejections = List.copyOf(rejections);
    rejectedBefore = List.copyOf(rejectedBefore);
    ids = List.copyOf(ids);
    fingerprints = List.copyOf(fingerprints);
    hfNames = Map.copyOf(hfNames);
    lengths = List.copyOf(lengths);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.io.StrictUtf8;
import org.tawsim.dataset.Fingerprint;
import org.tawsim.dataset.HashSplitter;
import org.tawsim.dataset.PageAnnotator;
import org.tawsim.dataset.PageMode;
import org.tawsim.dataset.Split;
import org.tawsim.dataset.SplitStats;
import org.tawsim.export.Formats;
import org.tawsim.export.ReaderFormat;
import org.tawsim.export.conll.ExportReport;

/**
 * The work of one partition, on an executor: decode each raw input, run the dataset builder's
 * per-document step ({@link PageAnnotator}: cut the page, annotate with the executor's pipeline,
 * fingerprint) and write each document to its split's part of every format, in input order; or,
 * in a two-pass run, stage its bytes in every format for the driver to decide its split.
 *
 * <p>The decoding mirrors {@code tawsim build}: a text file is decoded strictly as UTF-8, a JSONL
 * line is read as {@link ReaderFormat#JSONL}; a bad input becomes a {@link Rejection} naming the
 * file and place. A failure to write fails the task (Spark retries it); a failure to annotate one
 * document rejects that document only. What the writers adjust is recorded for the driver to warn
 * ({@link PartitionResult#exportCases}).
 */
final class PartitionTask implements Function2<Integer, Iterator<RawInput>, Iterator<PartitionResult>> {

  private static final long serialVersionUID = 1L;

  // CPU time, unlike wall time, does not count what other processes on a busy machine take.
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final String runId;
  private final PipelineFactory pipelines;
  private final HashSplitter splitter;
  private final PageMode pages;
  private final int maxChars;
  private final java.time.Duration docTimeout;
  private final boolean dedup;
  private final boolean staged;
  /** The hf format, or null when the job writes none. */
  private final CorpusFormat hf;
  private final List<CorpusFormat> formats;
  private final JobOutput output;
  private final HadoopConf conf;

  /**
   * @param dedup whether to fingerprint documents for duplicate detection
   * @param staged whether this is pass one of a two-pass run (duplicate detection or hf): stage
   *     native JSONL instead of writing the formats
   */
  PartitionTask(
      String runId,
      PipelineFactory pipelines,
      HashSplitter splitter,
      PageMode pages,
      int maxChars,
      java.time.Duration docTimeout,
      boolean dedup,
      boolean staged,
      List<CorpusFormat> formats,
      JobOutput output,
      HadoopConf conf) {
    this.runId = runId;
    this.pipelines = pipelines;
    this.splitter = splitter;
    this.pages = pages;
    this.maxChars = maxChars;
    this.docTimeout = docTimeout;
    this.dedup = dedup;
    this.staged = staged;
    this.hf = formats.stream().filter(CorpusFormat::isHf).findFirst().orElse(null);
    this.formats = List.copyOf(formats);
    this.output = output;
    this.conf = conf;
  }

  @Override
  public Iterator<PartitionResult> call(Integer partition, Iterator<RawInput> inputs)
      throws IOException {
    long start = System.nanoTime();
    long startCpu = CPU.getCurrentThreadCpuTime();
    PageAnnotator step =
        PageAnnotator.of(ExecutorPipeline.get(runId, pipelines), pages, maxChars, dedup)
            .withTimeBudget(docTimeout);
    TaskContext task = TaskContext.get();
    long attempt = task == null ? 0 : task.taskAttemptId();
    List<Rejection> rejections = new ArrayList<>();
    List<Integer> rejectedBefore = new ArrayList<>();
    Map<Split, SplitStats> written = new EnumMap<>(Split.class);
    long read = 0;
    long readRejected = 0;
    long splitOff = 0;
    long processRejected = 0;
    long relatedFound = 0;
    long annotateNanos = 0;
    long annotateCpu = 0;
    long stepThreadCpu = 0;
    long writeCpu = 0;
    List<Fingerprint> fingerprints = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    Map<Integer, List<String>> hfNames = new HashMap<>();
    // what the writers adjusted, by document (its index among the documents annotated here)
    ExportReport cases = ExportReport.recording();
    Map<Integer, ExportReport> exportCases = new TreeMap<>();
    int annotated = 0;
    // In a two-pass run the split is decided later, on the driver: stage each document's bytes
    // in every format, its statistics, and (for the rare hf document whose label names depend on
    // the whole split) its native JSONL; pass two splices the bytes into the decided splits.
    List<CorpusFormat> targets = staged ? List.of(CorpusFormat.STAGED) : formats;
    int[][] lengths = new int[staged ? formats.size() : 0][64];
    List<String> hfDefaults = hf != null ? hf.hfDefaultLabels() : null;
    ObjectOutputStream stats = null;
    try (PartWriters parts = new PartWriters(
        output, conf, targets, null, staged ? ExportReport.counting() : cases, partition, attempt)) {
      while (inputs.hasNext()) {
        RawInput raw = inputs.next();
        Optional<Document> doc = decode(raw, rejections);
        while (rejectedBefore.size() < rejections.size()) {
          rejectedBefore.add(ids.size());
        }
        if (doc == null) {
          continue; // a blank JSONL line: not an input, as on one machine
        }
        if (doc.isEmpty()) {
          readRejected++;
          continue;
        }
        read++;
        long t = System.nanoTime();
        long tc = CPU.getCurrentThreadCpuTime();
        PageAnnotator.Result result = step.annotate(doc.get());
        annotateNanos += System.nanoTime() - t;
        // under a time budget the step annotates on a worker thread: count its CPU, not ours
        stepThreadCpu += CPU.getCurrentThreadCpuTime() - tc;
        annotateCpu += result.cpuNanos();
        splitOff += Math.max(0, result.outcomes().size() - 1);
        relatedFound += result.relatedFound();
        for (PageAnnotator.Outcome o : result.outcomes()) {
          if (o instanceof PageAnnotator.Failed f) {
            processRejected++;
            rejections.add(Rejection.of(f.rejection()));
            rejectedBefore.add(ids.size());
            continue;
          }
          PageAnnotator.Annotated a = (PageAnnotator.Annotated) o;
          Document d = a.document();
          if (staged) {
            int n = ids.size();
            if (n == lengths[0].length) {
              for (int f = 0; f < lengths.length; f++) {
                lengths[f] = Arrays.copyOf(lengths[f], 2 * n);
              }
            }
            long w = CPU.getCurrentThreadCpuTime();
            for (int f = 0; f < formats.size(); f++) {
              CorpusFormat format = formats.get(f);
              byte[] bytes = format.render(d, hfDefaults, cases);
              parts.stream(format.staged(), JobOutput.STAGED_SPLIT).write(bytes);
              lengths[f][n] = bytes.length;
            }
            writeCpu += CPU.getCurrentThreadCpuTime() - w;
            if (stats == null) {
              stats =
                  new ObjectOutputStream(
                      parts.stream(CorpusFormat.STATS, JobOutput.STAGED_SPLIT));
            }
            SplitStats one = new SplitStats();
            one.add(d);
            stats.writeObject(one);
            stats.reset(); // keep no reference to the documents' statistics already written
            if (hf != null) {
              List<String> names = hf.hfNamesBeyondDefaults(d);
              if (!names.isEmpty()) {
                hfNames.put(n, names);
                parts.write(d, JobOutput.STAGED_SPLIT);
              }
            }
            ids.add(d.id());
            if (dedup) {
              fingerprints.add(a.fingerprint());
            }
          } else {
            Split split = splitter.assign(d.id());
            long w = CPU.getCurrentThreadCpuTime();
            parts.write(d, split.label());
            writeCpu += CPU.getCurrentThreadCpuTime() - w;
            written.computeIfAbsent(split, s -> new SplitStats()).add(d);
          }
          ExportReport one = cases.drain();
          if (!one.isClean()) {
            exportCases.put(annotated, one);
          }
          annotated++;
        }
      }
      if (stats != null) {
        stats.flush();
      }
      parts.commit();
    }
    List<int[]> staging = new ArrayList<>();
    for (int[] l : lengths) {
      staging.add(Arrays.copyOf(l, ids.size()));
    }
    return List.of(
            new PartitionResult(
                partition,
                read,
                readRejected,
                splitOff,
                processRejected,
                relatedFound,
                written,
                rejections,
                rejectedBefore,
                annotateNanos,
                System.nanoTime() - start,
                annotateCpu,
                writeCpu,
                CPU.getCurrentThreadCpuTime() - startCpu - stepThreadCpu + annotateCpu,
                ids,
                fingerprints,
                hfNames,
                exportCases,
                staging,
                PartitionResult.Executor.current()))
        .iterator();
  }

  /**
   * Returns the document of a raw input; an empty optional when it was rejected (the rejection
   * added); null for a blank JSONL line, which is no input at all.
   */
  private static Optional<Document> decode(RawInput raw, List<Rejection> rejections) {
    if (raw.problem != null) {
      rejections.add(new Rejection(raw.input, raw.location, raw.problem));
      return Optional.empty();
    }
    if (!raw.jsonl()) {
      try {
        return Optional.of(Document.of(raw.id, StrictUtf8.decode(raw.input, raw.bytes)));
      } catch (InvalidInputException e) {
        rejections.add(Rejection.of(e));
        return Optional.empty();
      }
    }
    RejectHandler.Collecting lineRejects = RejectHandler.collecting();
    try (DocumentReader reader = Formats.reader(
        ReaderFormat.JSONL, raw.input, new ByteArrayInputStream(raw.bytes), lineRejects, n -> {})) {
      Optional<Document> d = reader.read();
      for (InvalidInputException e : lineRejects.rejections()) {
        rejections.add(new Rejection(e.input(), relocate(raw, e.location()), e.reason()));
      }
      if (d.isEmpty() && lineRejects.rejections().isEmpty()) {
        return null;
      }
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a byte array does not fail
    }
  }

  /**
   * The reader saw the line alone, as "line 1" with byte offsets from the line's start: put back
   * the line's place in its file.
   */
  static String relocate(RawInput raw, String location) {
    String rest = location.startsWith("line 1") ? location.substring("line 1".length()) : location;
    String byteMark = ", byte ";
    if (rest.startsWith(byteMark)) {
      if (raw.lineStart < 0) {
        return raw.location + rest.replace(byteMark, ", byte of the line ");
      }
      long at = raw.lineStart + Long.parseLong(rest.substring(byteMark.length()));
      return raw.location + byteMark + at;
    }
    return raw.location + rest;
  }


}

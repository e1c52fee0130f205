/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.commons.lang3.Validate;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Token;
import org.tawsim.export.OutputFormat;
import org.tawsim.dataset.BuildReport;
import org.tawsim.dataset.BuildSettings;
import org.tawsim.dataset.DedupMode;
import org.tawsim.dataset.DuplicateIndex;
import org.tawsim.dataset.HashSplitter;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.input.InputFormat;
import org.tawsim.dataset.PageMode;
import org.tawsim.dataset.Split;
import org.tawsim.dataset.SplitStats;

/**
 * The dataset builder as a Spark job: reads text files and JSONL from any path Spark reads,
 * annotates each partition with one pipeline per executor, and writes each split in every format
 * asked for, with {@code rejects.jsonl}, {@code summary.txt} and {@code stats.json}.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[*]").getOrCreate();
 * SparkBuildReport report = SparkBuild.builder(Annotators::defaultPipeline)
 *     .build()
 *     .run(spark, List.of("hdfs:///crawl/2015/"), "hdfs:///corpora/crawl-2015");
 * }</pre>
 *
 * <p><b>Same results as one machine.</b> Documents get the ids {@code tawsim build} gives them and
 * go through the builder's own per-document step ({@link
 * org.tawsim.dataset.PageAnnotator}) and, in each split, come out in input order:
 * partitions follow the input order and each writes its part in order, so joining the parts in
 * partition order gives the one-machine file. With {@link Builder#singleFiles} the job joins them
 * itself. The report is the builder's {@link BuildReport}, so {@code summary.txt} and {@code
 * stats.json} are the builder's bytes.
 *
 * <p><b>Two passes</b> when something is decided over the whole corpus: duplicate detection (the
 * first of a group of copies decides) and the {@code hf} label list (names appended in order of
 * first appearance). Pass one annotates and stages native JSONL per partition and returns
 * fingerprints and label names; the driver decides in input order; pass two writes the formats.
 *
 * <p><b>Output.</b> {@code FORMAT/SPLIT/part-NNNNN.EXT} (or {@code FORMAT/SPLIT.EXT} with single
 * files; {@code hf/SPLIT.hf.labels.json} beside), {@code rejects.jsonl}, {@code summary.txt},
 * {@code stats.json} last. Nothing appears under its final name until every task succeeded; see
 * {@link JobOutput}.
 *
 * <p>A {@code SparkBuild} is immutable and can run many times, one run at a time per output
 * folder.
 */
public final class SparkBuild {

  private final PipelineFactory pipelines;
  private final List<CorpusFormat> formats;
  /** The hf format, or null when the job writes none. */
  private final CorpusFormat hf;
  private final InputFormat inputFormat;
  private final HashSplitter splitter;
  private final PageMode pages;
  private final int maxChars;
  private final java.time.Duration docTimeout;
  private final DedupMode dedup;
  private final double nearThreshold;
  private final long splitBytes;
  private final int minPartitions;
  private final boolean singleFiles;
  /** The caller's report: counts and warns what the executors' writers adjusted, in input order. */
  private final ExportReport report;

  private static final List<String> LABELS =
      Arrays.stream(Split.values()).map(Split::label).toList();

  private SparkBuild(Builder b) {
    BuildSettings s = b.settings;
    WriterSettings writer = WriterSettings.of(s.export());
    this.pipelines = b.pipelines;
    this.formats = s.formats().stream().map(f -> CorpusFormat.named(f.label(), writer)).toList();
    this.hf = formats.stream().filter(CorpusFormat::isHf).findFirst().orElse(null);
    this.inputFormat = b.inputFormat;
    this.splitter = s.splitter();
    this.pages = s.pages();
    this.maxChars = s.maxChars();
    this.docTimeout = s.docTimeout();
    this.dedup = s.dedup();
    this.nearThreshold = s.nearThreshold();
    this.splitBytes = b.splitBytes;
    this.minPartitions = b.minPartitions;
    this.singleFiles = b.singleFiles;
    this.report = s.export().report();
  }

  /** Returns a builder for a job that annotates with the pipelines this factory makes. */
  public static Builder builder(PipelineFactory pipelines) {
    return new Builder(Objects.requireNonNull(pipelines, "pipelines"));
  }

  /**
   * Runs the job in this session and returns its report.
   *
   * @param inputs files, folders or globs, in any file system the session's Hadoop configuration
   *     reaches
   * @param outDir the output folder
   * @throws IOException when the output cannot be written; nothing then looks complete
   */
  public SparkBuildReport run(SparkSession spark, List<String> inputs, String outDir)
      throws IOException {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(outDir, "outDir");
    String runId = UUID.randomUUID().toString();
    checkFormats(runId);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    JobOutput output = new JobOutput(outDir, runId);
    output.begin(conf);
    try {
      List<InvalidInputException> listed = new ArrayList<>();
      List<InputSource> sources = new InputLister(conf, inputFormat, listed).list(inputs);
      HadoopConf shared = new HadoopConf(conf);
      int partitions = Math.max(minPartitions, jsc.defaultParallelism());
      JavaRDD<RawInput> raw =
          InputRdds.of(jsc, sources, shared, splitBytes(sources, partitions), partitions);
      // duplicates and hf labels are decided on the driver, over the whole corpus in input order
      boolean twoPass = dedup != DedupMode.OFF || hf != null;
      PartitionTask task =
          new PartitionTask(
              runId,
              pipelines,
              splitter,
              pages,
              maxChars,
              docTimeout,
              dedup != DedupMode.OFF,
              twoPass,
              formats,
              output,
              shared);
      List<PartitionResult> results =
          new ArrayList<>(raw.mapPartitionsWithIndex(task, true).collect());
      results.sort(Comparator.comparingInt(PartitionResult::partition));
      Tally tally = new Tally();
      listed.forEach(e -> tally.rejections.add(Rejection.of(e)));
      tally.readRejected += listed.size();
      Map<Split, SplitStats> splits = new EnumMap<>(Split.class);
      if (twoPass) {
        Map<String, List<String>> hfLabels = hf != null ? new LinkedHashMap<>() : null;
        List<StagedPartition> staged = decide(results, tally, hfLabels);
        List<StagedWriteTask.Written> written =
            jsc.parallelize(staged, Math.max(1, staged.size()))
                .map(new StagedWriteTask(output, shared, formats, hfLabels))
                .collect();
        for (StagedWriteTask.Written w : written) {
          add(splits, w.splits());
          tally.passTwoNanos += w.nanos();
          tally.passTwoCpuNanos += w.cpuNanos();
        }
        output.deleteStaged(conf);
        if (hf != null) {
          // FORMAT/SPLIT.hf.labels.json, beside the split's file (or folder of parts)
          for (Map.Entry<String, List<String>> e : hfLabels.entrySet()) {
            String file = e.getKey() + hf.extension();
            String name = OutputFormat.labelsPath(java.nio.file.Path.of(file)).toString();
            output.stage(conf, hf, name, hf.hfLabelsFile(e.getValue()));
          }
        }
      } else {
        for (PartitionResult r : results) {
          tally.rejections.addAll(r.rejections());
          add(splits, r.written());
          r.exportCases().values().forEach(c -> c.replayInto(report));
        }
      }
      for (PartitionResult r : results) {
        tally.read += r.read();
        tally.readRejected += r.readRejected();
        tally.splitOff += r.splitOff();
        tally.processRejected += r.processRejected();
        tally.relatedFound += r.relatedFound();
      }
      long written = splits.values().stream().mapToLong(SplitStats::documents).sum();
      BuildReport build =
          BuildReport.of(
              splitter,
              dedup,
              pages,
              formats.stream().map(CorpusFormat::name).toList(),
              new BuildReport.Counts(
                  tally.read,
                  tally.readRejected,
                  tally.splitOff,
                  tally.processRejected,
                  written,
                  tally.droppedExact,
                  tally.droppedNear,
                  tally.nearKept,
                  pages == PageMode.ARTICLES ? 0 : tally.relatedFound),
              splits);
      SparkBuildReport report =
          new SparkBuildReport(
              build, tally.rejections, results, tally.passTwoNanos, tally.passTwoCpuNanos);
      output.commitParts(conf, formats, LABELS, singleFiles);
      output.writeFile(conf, JobOutput.REJECTS, report.rejectsJsonl());
      output.writeFile(conf, JobOutput.SUMMARY, report.summaryTxt());
      output.writeFile(conf, JobOutput.STATS, report.statsJson());
      return report;
    } finally {
      output.cleanUp(conf);
    }
  }

  /** What the driver counts besides the partitions' own counts, and every rejection in order. */
  private static final class Tally {
    final List<Rejection> rejections = new ArrayList<>();
    long read;
    long readRejected;
    long splitOff;
    long processRejected;
    long relatedFound;
    long droppedExact;
    long droppedNear;
    long nearKept;
    long passTwoNanos;
    long passTwoCpuNanos;
  }

  private static void add(Map<Split, SplitStats> total, Map<Split, SplitStats> part) {
    part.forEach((split, stats) -> total.computeIfAbsent(split, s -> new SplitStats()).addAll(stats));
  }

  /**
   * Decides the split of every staged document on the driver, in input order (partition order,
   * then order within the partition), as {@code DatasetBuilder} does on its writing thread: with
   * duplicate detection the first of a group of copies decides the group's split and later copies
   * are dropped or follow it; with hf, each split's label list grows by the names its documents
   * add, in the order they come. Lists the partitions' rejections and the dropped duplicates in
   * that same order.
   *
   * @param hfLabels filled with each split's hf label list, by split label; null without hf
   */
  private List<StagedPartition> decide(
      List<PartitionResult> results, Tally tally, Map<String, List<String>> hfLabels) {
    DuplicateIndex index = dedup == DedupMode.OFF ? null : new DuplicateIndex(nearThreshold);
    Map<Split, LinkedHashSet<String>> names = new EnumMap<>(Split.class);
    if (hfLabels != null) {
      for (Split s : Split.values()) {
        names.put(s, new LinkedHashSet<>(hf.hfDefaultLabels()));
      }
    }
    List<StagedPartition> staged = new ArrayList<>();
    for (PartitionResult r : results) {
      byte[] codes = new byte[r.ids().size()];
      int rejection = 0;
      for (int i = 0; i < codes.length; i++) {
        for (; rejection < r.rejections().size() && r.rejectedBefore().get(rejection) <= i; rejection++) {
          tally.rejections.add(r.rejections().get(rejection));
        }
        String id = r.ids().get(i);
        Split split = splitter.assign(id);
        if (index != null) {
          DuplicateIndex.Verdict v = index.add(r.fingerprints().get(i), split, id);
          String of = index.id(v.group());
          switch (v.kind()) {
            case EXACT -> {
              codes[i] = StagedPartition.DROP;
              tally.droppedExact++;
              tally.rejections.add(new Rejection(id, "", "exact duplicate of '" + of + "'", of));
              continue;
            }
            case NEAR -> {
              if (dedup == DedupMode.DROP) {
                codes[i] = StagedPartition.DROP;
                tally.droppedNear++;
                tally.rejections.add(new Rejection(id, "", "near duplicate of '" + of + "'", of));
                continue;
              }
              tally.nearKept++;
              split = index.split(v.group());
            }
            case NEW -> {}
          }
        }
        codes[i] = (byte) split.ordinal();
        ExportReport cases = r.exportCases().get(i);
        if (cases != null) {
          cases.replayInto(report); // a document written: what its writers adjusted, in its place
        }
        if (hfLabels != null) {
          names.get(split).addAll(r.hfNames().getOrDefault(i, List.of()));
        }
      }
      tally.rejections.addAll(r.rejections().subList(rejection, r.rejections().size()));
      if (codes.length > 0) {
        int[] redo = r.hfNames().keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        staged.add(new StagedPartition(r.partition(), codes, r.lengths(), redo));
      }
    }
    if (hfLabels != null) {
      names.forEach((split, list) -> hfLabels.put(split.label(), List.copyOf(list)));
    }
    return staged;
  }

  /**
   * Fails before any work when a format needs tokens that the pipeline does not make. The
   * pipeline built here is the run's: in local mode the tasks reuse it.
   */
  private void checkFormats(String runId) {
    if (formats.stream().noneMatch(CorpusFormat::needsTokens)) {
      return;
    }
    boolean tokens =
        ExecutorPipeline.get(runId, pipelines).produces().contains(Token.class);
    for (CorpusFormat f : formats) {
      if (f.needsTokens() && !tokens) {
        throw new IllegalArgumentException(
            "format "
                + f.name()
                + " writes tokens, and the pipeline produces none: add a tokenizer or choose"
                + " jsonl or doccano");
      }
    }
  }

  /**
   * The size JSONL files are cut at: the one set, or about four tasks per core over all the
   * JSONL input (so that a slow task does not leave cores idle), between 1 and 64 MiB.
   */
  private long splitBytes(List<InputSource> sources, int parallelism) {
    if (splitBytes > 0) {
      return splitBytes;
    }
    long total = 0;
    for (InputSource s : sources) {
      if (s.format() == InputFormat.JSONL) {
        total += s.size();
      }
    }
    return Math.max(1L << 20, Math.min(64L << 20, total / (4L * parallelism)));
  }

  /** Settings of a {@link SparkBuild}; every one has a default. Not thread-safe. */
  public static final class Builder {
    private final PipelineFactory pipelines;
    /** As {@code tawsim build}'s but without duplicate detection (see {@link #dedup}). */
    private BuildSettings settings =
        BuildSettings.defaults().withDedup(DedupMode.OFF, BuildSettings.DEFAULT_NEAR_THRESHOLD);
    private InputFormat inputFormat = InputFormat.AUTO;
    private long splitBytes;
    private int minPartitions = 1;
    private boolean singleFiles;

    private Builder(PipelineFactory pipelines) {
      this.pipelines = pipelines;
    }

    /**
     * Applies every setting of a build, as {@code tawsim build} has them: formats and their writer
     * settings, split, duplicate detection, page mode and limits.
     *
     * @throws IllegalArgumentException for a format partitions cannot write (labelstudio)
     */
    public Builder settings(BuildSettings settings) {
      Objects.requireNonNull(settings, "settings")
          .formats()
          .forEach(f -> CorpusFormat.named(f.label(), WriterSettings.DEFAULTS));
      this.settings = settings;
      return this;
    }

    /**
     * Sets the output formats by name, as {@code tawsim build --formats} takes them; default
     * {@code jsonl}. Their writer settings are those of {@link #settings}, by default the defaults.
     *
     * @throws IllegalArgumentException for an unknown or repeated name, or none
     */
    public Builder formats(List<String> names) {
      return settings(
          settings.withFormats(names.stream().map(n -> OutputFormat.fromLabel(n.trim())).toList()));
    }

    /** Sets how input files are read; default {@link InputFormat#AUTO} (by extension). */
    public Builder inputFormat(InputFormat format) {
      this.inputFormat = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets the size at which a large JSONL file is cut into tasks; default about four tasks per
     * core, between 1 and 64 MiB. Smaller pieces balance the cores better, larger ones cost less
     * per task. Has no effect on the output.
     */
    public Builder splitBytes(long bytes) {
      Validate.isTrue(bytes >= 1, "split size must be positive: %d", bytes);
      this.splitBytes = bytes;
      return this;
    }

    /**
     * Sets the least number of partitions for a run of text files; default the session's
     * parallelism. Has no effect on the output.
     */
    public Builder minPartitions(int partitions) {
      Validate.isTrue(partitions >= 1, "partitions must be at least 1: %d", partitions);
      this.minPartitions = partitions;
      return this;
    }

    /**
     * Joins each split's parts into one file {@code FORMAT/SPLIT.EXT}, the layout of {@code
     * tawsim build}; default off (the driver reads every byte to join them, right on one machine
     * and wrong on a cluster).
     */
    public Builder singleFiles(boolean single) {
      this.singleFiles = single;
      return this;
    }

    /**
     * Sets the split ratios and seed; default {@link HashSplitter#DEFAULT}, as {@code tawsim
     * build}. The same splitter puts a document in the same split as on one machine.
     */
    public Builder splitter(HashSplitter splitter) {
      settings = settings.withSplitter(splitter);
      return this;
    }

    /** Sets which text of each page is exported; default {@link PageMode#ARTICLE}, as {@code tawsim build}. */
    public Builder pages(PageMode pages) {
      settings = settings.withPages(pages);
      return this;
    }

    /**
     * Sets what happens to duplicates, as {@code DatasetBuilder} does; default {@link
     * DedupMode#OFF} here (one pass, no fingerprints on the driver; the command's default is
     * keep-one, as {@code tawsim build}'s). With detection the job makes two passes: annotate and
     * stage native JSONL, decide on the driver, write the formats.
     */
    public Builder dedup(DedupMode dedup) {
      settings = settings.withDedup(dedup, settings.nearThreshold());
      return this;
    }

    /** Sets the estimated Jaccard similarity from which documents are near copies; default 0.8. */
    public Builder nearThreshold(double threshold) {
      settings = settings.withDedup(settings.dedup(), threshold);
      return this;
    }

    /** Sets the largest document, in UTF-16 units, before it is rejected; default 5,000,000. */
    public Builder maxChars(int characters) {
      settings = settings.withLimits(characters, settings.docTimeout());
      return this;
    }

    /**
     * Sets the time budget of one input document, as {@code tawsim build} has it; default 60 s,
     * {@link java.time.Duration#ZERO} for none.
     */
    public Builder docTimeout(java.time.Duration budget) {
      settings = settings.withLimits(settings.maxChars(), budget);
      return this;
    }

    /** Returns the job. */
    public SparkBuild build() {
      return new SparkBuild(this);
    }
  }
}

package org.tawsim.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Token;
import org.tawsim.export.dataset.DedupMode;
import org.tawsim.export.dataset.DuplicateIndex;
import org.tawsim.export.dataset.HashSplitter;
import org.tawsim.export.dataset.InputFormat;
import org.tawsim.export.dataset.PageMode;
import org.tawsim.export.dataset.Split;

/**
 * The dataset builder as a Spark job: reads text files and JSONL from any path Spark reads,
 * annotates each partition with one pipeline per executor, and writes each split in every format
 * asked for, with {@code rejects.jsonl} and {@code stats.json}.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[*]").getOrCreate();
 * SparkBuildReport report = SparkBuild.builder(Annotators::defaultPipeline)
 *     .build()
 *     .run(spark, List.of("hdfs:///crawl/2015/"), "hdfs:///corpora/crawl-2015");
 * }</pre>
 *
 * <p><b>Same results as one machine.</b> Documents get the ids {@code tawsim build} gives them, go
 * through the same pipeline and, in each split, come out in input order: partitions follow the
 * input order and each writes its part in order, so joining the parts in partition order gives the
 * one-machine file. With {@link Builder#singleFiles} the job joins them itself.
 *
 * <p><b>Output.</b> {@code FORMAT/SPLIT/part-NNNNN.EXT} (or {@code FORMAT/SPLIT.EXT} with single
 * files), {@code rejects.jsonl}, {@code stats.json} last. Nothing appears under its final name
 * until every task succeeded; see {@link JobOutput}.
 *
 * <p>A {@code SparkBuild} is immutable and can run many times, one run at a time per output
 * folder.
 */
public final class SparkBuild {

  private final PipelineFactory pipelines;
  private final List<CorpusFormat> formats;
  private final InputFormat inputFormat;
  private final HashSplitter splitter;
  private final PageMode pages;
  private final int maxChars;
  private final DedupMode dedup;
  private final double nearThreshold;
  private final long splitBytes;
  private final int minPartitions;
  private final boolean singleFiles;

  private static final List<String> LABELS =
      Arrays.stream(Split.values()).map(Split::label).toList();

  private SparkBuild(Builder b) {
    this.pipelines = b.pipelines;
    this.formats = List.copyOf(b.formats);
    this.inputFormat = b.inputFormat;
    this.splitter = b.splitter;
    this.pages = b.pages;
    this.maxChars = b.maxChars;
    this.dedup = b.dedup;
    this.nearThreshold = b.nearThreshold;
    this.splitBytes = b.splitBytes;
    this.minPartitions = b.minPartitions;
    this.singleFiles = b.singleFiles;
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
      PartitionTask task =
          new PartitionTask(
              runId,
              pipelines,
              splitter,
              pages,
              maxChars,
              dedup != DedupMode.OFF,
              formats,
              output,
              shared);
      List<PartitionResult> results =
          new ArrayList<>(raw.mapPartitionsWithIndex(task, true).collect());
      results.sort(Comparator.comparingInt(PartitionResult::partition));
      List<Rejection> driverRejections = listed.stream().map(Rejection::of).toList();
      Map<String, Long> dedupWritten = null;
      List<Rejection> duplicates = new ArrayList<>();
      if (dedup != DedupMode.OFF) {
        dedupWritten = new LinkedHashMap<>();
        List<StagedPartition> staged = decide(results, dedupWritten, duplicates);
        jsc.parallelize(staged, Math.max(1, staged.size()))
            .foreach(new StagedWriteTask(output, shared, formats));
        output.deleteStaged(conf);
      }
      SparkBuildReport report =
          new SparkBuildReport(LABELS, driverRejections, results, dedupWritten, duplicates);
      output.commitParts(conf, formats, LABELS, singleFiles);
      output.writeFile(conf, JobOutput.REJECTS, report.rejectsJsonl());
      output.writeFile(conf, JobOutput.STATS, report.statsJson());
      return report;
    } finally {
      output.cleanUp(conf);
    }
  }

  /**
   * Runs duplicate detection on the driver, over every staged document in input order (partition
   * order, then order within the partition), exactly as {@code DatasetBuilder} does on its writing
   * thread: the first of a group of copies decides the group's split.
   */
  private List<StagedPartition> decide(
      List<PartitionResult> results, Map<String, Long> written, List<Rejection> duplicates) {
    DuplicateIndex index = new DuplicateIndex(nearThreshold);
    List<StagedPartition> staged = new ArrayList<>();
    for (PartitionResult r : results) {
      byte[] codes = new byte[r.ids().size()];
      for (int i = 0; i < codes.length; i++) {
        String id = r.ids().get(i);
        Split split = splitter.assign(id);
        DuplicateIndex.Verdict v = index.add(r.fingerprints().get(i), split, id);
        String of = index.id(v.group());
        switch (v.kind()) {
          case EXACT -> {
            codes[i] = StagedPartition.DROP;
            duplicates.add(new Rejection(id, "", "exact duplicate of '" + of + "'", of));
            continue;
          }
          case NEAR -> {
            if (dedup == DedupMode.DROP) {
              codes[i] = StagedPartition.DROP;
              duplicates.add(new Rejection(id, "", "near duplicate of '" + of + "'", of));
              continue;
            }
            split = index.split(v.group());
          }
          case NEW -> {}
        }
        codes[i] = (byte) split.ordinal();
        written.merge(split.label(), 1L, Long::sum);
      }
      if (codes.length > 0) {
        staged.add(new StagedPartition(r.partition(), codes));
      }
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
    private final List<CorpusFormat> formats = new ArrayList<>(List.of(CorpusFormat.named("jsonl")));
    private InputFormat inputFormat = InputFormat.AUTO;
    private HashSplitter splitter = HashSplitter.DEFAULT;
    private PageMode pages = PageMode.ARTICLE;
    private int maxChars = 5_000_000;
    private DedupMode dedup = DedupMode.OFF;
    private double nearThreshold = 0.8;
    private long splitBytes;
    private int minPartitions = 1;
    private boolean singleFiles;

    private Builder(PipelineFactory pipelines) {
      this.pipelines = pipelines;
    }

    /**
     * Sets the output formats by name, as {@code tawsim build --formats} takes them; default
     * {@code jsonl}.
     *
     * @throws IllegalArgumentException for an unknown or repeated name, or none
     */
    public Builder formats(List<String> names) {
      List<CorpusFormat> list = new ArrayList<>();
      for (String n : names) {
        CorpusFormat f = CorpusFormat.named(n);
        if (list.contains(f)) {
          throw new IllegalArgumentException("format '" + n + "' is given twice");
        }
        list.add(f);
      }
      if (list.isEmpty()) {
        throw new IllegalArgumentException("name at least one output format");
      }
      formats.clear();
      formats.addAll(list);
      return this;
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
      if (bytes < 1) {
        throw new IllegalArgumentException("split size must be positive: " + bytes);
      }
      this.splitBytes = bytes;
      return this;
    }

    /**
     * Sets the least number of partitions for a run of text files; default the session's
     * parallelism. Has no effect on the output.
     */
    public Builder minPartitions(int partitions) {
      if (partitions < 1) {
        throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
      }
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
      this.splitter = Objects.requireNonNull(splitter, "splitter");
      return this;
    }

    /** Sets which text of each page is exported; default {@link PageMode#ARTICLE}, as {@code tawsim build}. */
    public Builder pages(PageMode pages) {
      this.pages = Objects.requireNonNull(pages, "pages");
      return this;
    }

    /**
     * Sets what happens to duplicates, as {@code DatasetBuilder} does; default {@link
     * DedupMode#OFF} here (one pass, no fingerprints on the driver). With detection the job makes
     * two passes: annotate and stage native JSONL, decide on the driver, write the formats.
     */
    public Builder dedup(DedupMode dedup) {
      this.dedup = Objects.requireNonNull(dedup, "dedup");
      return this;
    }

    /** Sets the estimated Jaccard similarity from which documents are near copies; default 0.8. */
    public Builder nearThreshold(double threshold) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("near-duplicate threshold must be in (0, 1]: " + threshold);
      }
      this.nearThreshold = threshold;
      return this;
    }

    /** Sets the largest document, in UTF-16 units, before it is rejected; default 5,000,000. */
    public Builder maxChars(int characters) {
      if (characters < 1) {
        throw new IllegalArgumentException("max chars must be positive: " + characters);
      }
      this.maxChars = characters;
      return this;
    }

    /** Returns the job. */
    public SparkBuild build() {
      return new SparkBuild(this);
    }
  }
}

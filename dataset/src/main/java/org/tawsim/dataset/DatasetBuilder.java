/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Pipeline;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.Token;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.Formats;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.WorkerEncoder;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;

/**
 * Turns a stream of documents into train/dev/test corpora: annotates them in parallel, drops or
 * groups duplicates, splits them by a seeded hash of their ids and writes each split in every
 * format asked for, with statistics and a list of what was not written.
 *
 * <pre>{@code
 * DatasetBuilder builder = DatasetBuilder.builder(Annotators.defaultPipeline())
 *     .format(OutputFormat.JSONL, ExportOptions.defaults())
 *     .format(OutputFormat.CONLL, ExportOptions.defaults())
 *     .threads(4)
 *     .build();
 * BuildReport report = builder.run(
 *     rejects -> new InputReader(List.of("pages/"), InputFormat.AUTO, rejects, System.in),
 *     Path.of("corpus"));
 * }</pre>
 *
 * <p><b>Output.</b> In the output folder: {@code FORMAT/SPLIT.EXT} for each format and split (all
 * three splits, even when empty), {@code rejects.jsonl} (every input not written: {@code input},
 * {@code location}, {@code reason}, and {@code duplicate_of} for a dropped duplicate),
 * {@code summary.txt} and {@code stats.json} (see {@link BuildReport}).
 *
 * <p><b>Crash safety.</b> Every file is written under a temporary name and renamed when the whole
 * run is complete, {@code stats.json} last; a {@code stats.json} from an earlier run is deleted
 * first. So a folder with {@code stats.json} holds one complete run, and an interrupted run leaves
 * no {@code stats.json} and no half-written file under a final name.
 *
 * <p><b>Order and determinism.</b> Documents are annotated by {@link Builder#threads} workers and
 * written in input order; duplicate detection and splitting run in that order on one thread. The
 * output is byte-identical whatever the number of threads.
 *
 * <p><b>Memory.</b> At most {@link Builder#window} documents and about {@link Builder#charBudget}
 * characters are in flight between the reader and the writers; a larger single document runs
 * alone. Documents over {@link Builder#maxChars} are rejected with a reason, and so are documents
 * still being annotated after {@link Builder#docTimeout} (a minute by default). Duplicate detection
 * keeps about 600 bytes per distinct document (measured: 198 MB live for 326,000), so with a
 * 512 MB heap, corpora of more than about 500,000 distinct documents need {@link DedupMode#OFF} or
 * more heap.
 *
 * <p>A builder can run many times; one run at a time per output folder. Thread-safe.
 */
public final class DatasetBuilder {

  /**
   * Opens the writer of one output file of a format. The writer writes to streams it gets from
   * the {@link FileOpener} (the file itself, and any file beside it, such as the label list of
   * {@code hf}); those are pending until the run is complete. The writer must not close them.
   */
  @FunctionalInterface
  public interface WriterFactory {
    /**
     * {@return a writer for {@code file}, whose streams come from {@code files}}
     *
     * @param file the output file
     * @param files opens the file and any file beside it
     * @throws java.io.IOException when a file cannot be created
     */
    DocumentWriter open(Path file, FileOpener files) throws IOException;
  }

  /** Creates the output files of a run, under temporary names until the run is complete. */
  @FunctionalInterface
  public interface FileOpener {
    /**
     * {@return a stream onto a new file; the builder closes it and moves it into place}
     *
     * @param file the file to create
     * @throws java.io.IOException when the file cannot be created
     */
    OutputStream open(Path file) throws IOException;
  }

  /** Opens the reader of a run, handing its bad inputs to the given handler. */
  @FunctionalInterface
  public interface ReaderFactory {
    /**
     * {@return the reader}
     *
     * @param rejects receives the bad inputs
     * @throws java.io.IOException when an input cannot be opened
     */
    DocumentReader open(RejectHandler rejects) throws IOException;
  }

  /** Hears how far a run is, from the thread that writes, after each input document. */
  @FunctionalInterface
  public interface ProgressListener {
    /**
     * Reports the totals so far.
     *
     * @param documents input documents done
     * @param characters their characters, in UTF-16 units
     * @param bytes their text's size in UTF-8
     */
    void progress(long documents, long characters, long bytes);
  }

  /**
   * One output format: a name (also the folder), a file extension, a writer factory and, for
   * Tawsim's own formats, the encoder the workers encode documents with (else null).
   */
  record Format(
      String name,
      String extension,
      WriterFactory factory,
      boolean needsTokens,
      WorkerEncoder encoder) {}

  private final Pipeline pipeline;
  private final PageAnnotator step;
  private final List<Format> formats;
  /** Each format's encoder, null for a format the workers do not encode. */
  private final List<WorkerEncoder> encoders;
  private final boolean encodes;
  private final HashSplitter splitter;
  private final DedupMode dedup;
  private final double nearThreshold;
  private final PageMode pages;
  private final int threads;
  private final int window;
  private final int charBudget;
  private final int maxChars;
  private final Duration docTimeout;
  private final ProgressListener progress;

  private DatasetBuilder(Builder b) {
    this.pipeline = b.pipeline;
    if (b.formats.isEmpty()) {
      b.format(OutputFormat.JSONL, ExportOptions.defaults());
    }
    this.formats = List.copyOf(b.formats.values());
    this.splitter = b.corpus.splitter();
    this.dedup = b.corpus.dedup();
    this.nearThreshold = b.corpus.nearThreshold();
    this.pages = b.corpus.pages();
    this.threads = b.threads;
    this.window = b.window();
    this.charBudget = b.charBudget;
    this.maxChars = b.corpus.maxChars();
    this.progress = b.progress;
    List<WorkerEncoder> each = new ArrayList<>(formats.size());
    formats.forEach(f -> each.add(f.encoder()));
    this.encoders = Collections.unmodifiableList(each);
    this.encodes = formats.stream().anyMatch(f -> f.encoder() != null);
    this.docTimeout = b.docTimeout;
    // the flow keeps the time budget, on its own workers (PageAnnotator's would hand each
    // document over to one more thread)
    this.step = PageAnnotator.of(pipeline, pages, maxChars, dedup != DedupMode.OFF);
    for (Format f : formats) {
      if (f.needsTokens() && !pipeline.produces().contains(Token.class)) {
        throw new IllegalArgumentException(
            "format "
                + f.name()
                + " writes tokens, and "
                + pipeline.name()
                + " produces none: add a tokenizer or choose jsonl or doccano");
      }
    }
  }

  /**
   * {@return a builder that annotates with this pipeline, by default writing native JSONL only}
   *
   * @param pipeline the annotators
   */
  public static Builder builder(Pipeline pipeline) {
    return new Builder(Objects.requireNonNull(pipeline, "pipeline"));
  }

  /**
   * Reads every document, writes the corpus into {@code outDir} and returns what happened.
   *
   * @param readers opens the reader of the inputs
   * @param outDir the folder of the corpus
   * @return the counts, statistics and rejects of the run
   * @throws IOException when an output cannot be written or the reader fails beyond a single bad
   *     input; nothing then looks complete in {@code outDir}
   */
  public BuildReport run(ReaderFactory readers, Path outDir) throws IOException {
    Objects.requireNonNull(readers, "readers");
    Objects.requireNonNull(outDir, "outDir");
    Files.createDirectories(outDir);
    Files.deleteIfExists(outDir.resolve(STATS));
    List<String> names = new ArrayList<>();
    formats.forEach(f -> names.add(f.name()));
    BuildReport report = new BuildReport(splitter, dedup, pages, names);
    try (CorpusOutput out = CorpusOutput.open(outDir, formats)) {
      PageSink sink =
          new PageSink(
              splitter,
              dedup,
              pages,
              report,
              out,
              dedup == DedupMode.OFF ? null : new DuplicateIndex(nearThreshold));
      long[] done = new long[3]; // documents, characters, bytes
      OrderedFlow.run(
          readers,
          threads,
          window,
          charBudget,
          docTimeout,
          new OrderedFlow.Work<WorkerEncoder.Encoded[]>() {
            @Override
            public Page<WorkerEncoder.Encoded[]> process(Document doc, int cost) {
              return DatasetBuilder.this.process(doc, cost);
            }

            @Override
            public Page<WorkerEncoder.Encoded[]> overBudget(Document doc, int cost) {
              long bytes = progress == null ? 0 : utf8Length(doc.text());
              return Page.overBudget(doc, cost, bytes, docTimeout);
            }
          },
          page -> {
            sink.accept(page);
            if (page.input != null && progress != null) {
              done[0]++;
              done[1] += page.input.text().length();
              done[2] += page.bytes;
              progress.progress(done[0], done[1], done[2]);
            }
          });
      out.commit(report);
    }
    return report;
  }

  static final String STATS = "stats.json";

  /**
   * Runs on a worker: cuts the page, annotates each part, fingerprints it for duplicates, counts
   * it for the statistics and encodes it in each of Tawsim's formats, so that the writing thread
   * only adds counts up and copies bytes.
   */
  private Page<WorkerEncoder.Encoded[]> process(Document doc, int cost) {
    long bytes = progress == null ? 0 : utf8Length(doc.text());
    PageAnnotator.Result r = step.annotate(doc);
    Page<WorkerEncoder.Encoded[]> page = Page.of(doc, cost, bytes, r.outcomes(), r.relatedFound());
    List<SplitStats> counts = new ArrayList<>(r.outcomes().size());
    for (PageAnnotator.Outcome o : r.outcomes()) {
      SplitStats one = null;
      if (o instanceof PageAnnotator.Annotated a) {
        one = new SplitStats();
        one.add(a.document());
      }
      counts.add(one);
    }
    page = page.withCounts(counts);
    if (!encodes) {
      return page;
    }
    List<WorkerEncoder.Encoded[]> encoded = new ArrayList<>(r.outcomes().size());
    for (PageAnnotator.Outcome o : r.outcomes()) {
      WorkerEncoder.Encoded[] each = null;
      if (o instanceof PageAnnotator.Annotated a) {
        // prepared once for every format: offsets, text bytes and token alignment
        each = WorkerEncoder.encodeAll(a.document(), encoders);
      }
      encoded.add(each);
    }
    return page.withEncoded(encoded);
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** Settings of a {@link DatasetBuilder}; every one has a default. Not thread-safe. */
  public static final class Builder extends EngineSettings<Builder> {
    private final Pipeline pipeline;
    private final Map<String, Format> formats = new LinkedHashMap<>();
    /** The settings but the formats, which are in {@link #formats}, and the time budget. */
    private BuildSettings corpus = BuildSettings.defaults();
    private ProgressListener progress;

    private Builder(Pipeline pipeline) {
      this.pipeline = pipeline;
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Adds one of Tawsim's output formats, written to {@code LABEL/SPLIT.EXTENSION} ({@code
     * hf/train.hf.jsonl}, with its label list {@code hf/train.hf.labels.json} beside it).
     *
     * @param format the output format
     * @param options the format's settings
     * @return this builder
     */
    public Builder format(OutputFormat format, ExportOptions options) {
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(options, "options");
      return format(
          format.label(),
          format.extension(),
          (file, files) ->
              Formats.writer(
                  format,
                  files.open(file),
                  format.companionPath(file) == null ? null : files.open(format.companionPath(file)),
                  options),
          format.needsTokens(),
          WorkerEncoder.of(format, options));
    }

    /**
     * Adds an output format, written to {@code NAME/SPLIT.EXT}; without any, native JSONL.
     *
     * @param name the format's name, also its folder: letters, digits, {@code -} and {@code _}
     * @param extension the file extension with its dot, such as {@code ".conll"}
     * @param factory opens the format's writer of one file
     * @return this builder
     */
    public Builder format(String name, String extension, WriterFactory factory) {
      return format(name, extension, factory, false, null);
    }

    private Builder format(
        String name,
        String extension,
        WriterFactory factory,
        boolean needsTokens,
        WorkerEncoder encoder) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(extension, "extension");
      Objects.requireNonNull(factory, "factory");
      if (!name.matches("[A-Za-z0-9_-]+")) {
        throw new IllegalArgumentException("format name '" + name + "' is not a plain folder name");
      }
      if (formats.containsKey(name)) {
        throw new IllegalArgumentException("format '" + name + "' is given twice");
      }
      formats.put(name, new Format(name, extension, factory, needsTokens, encoder));
      return this;
    }

    /**
     * Applies every setting of a build: adds its formats with its writer settings (after any
     * added before), and sets the split, duplicate detection, page mode and limits.
     *
     * @param settings the settings of the build
     * @return this builder
     * @throws IllegalArgumentException when one of its formats was added before
     */
    public Builder settings(BuildSettings settings) {
      Objects.requireNonNull(settings, "settings");
      for (OutputFormat f : settings.formats()) {
        format(f, settings.export());
      }
      corpus = settings;
      return docTimeout(settings.docTimeout());
    }

    /**
     * Sets the split ratios and seed; default 80/10/10, seed 0.
     *
     * @param splitter the ratios and seed
     * @return this builder
     */
    public Builder splitter(HashSplitter splitter) {
      corpus = corpus.withSplitter(splitter);
      return this;
    }

    /**
     * Sets what happens to duplicates; default {@link DedupMode#KEEP_ONE}.
     *
     * @param dedup the deduplication mode
     * @return this builder
     */
    public Builder dedup(DedupMode dedup) {
      corpus = corpus.withDedup(dedup, corpus.nearThreshold());
      return this;
    }

    /**
     * Sets the estimated Jaccard similarity of word 3-shingles from which two documents are near
     * copies; default 0.8.
     *
     * @param threshold the similarity, in {@code (0, 1]}
     * @return this builder
     */
    public Builder nearThreshold(double threshold) {
      corpus = corpus.withDedup(corpus.dedup(), threshold);
      return this;
    }

    /**
     * Sets which text of each page is exported; default {@link PageMode#ARTICLE}.
     *
     * @param pages the page mode
     * @return this builder
     */
    public Builder pages(PageMode pages) {
      corpus = corpus.withPages(pages);
      return this;
    }

    /**
     * Sets the largest document accepted, in UTF-16 characters; default 5,000,000.
     *
     * @param characters the largest length accepted
     * @return this builder
     */
    public Builder maxChars(int characters) {
      corpus = corpus.withLimits(characters, corpus.docTimeout());
      return this;
    }

    /**
     * Sets who hears of progress; default nobody.
     *
     * @param listener the progress listener
     * @return this builder
     */
    public Builder progress(ProgressListener listener) {
      this.progress = listener;
      return this;
    }

    /**
     * {@return the builder}
     *
     * @throws IllegalArgumentException when the page mode needs zones or a format needs tokens
     *     and no step produces them
     */
    public DatasetBuilder build() {
      return new DatasetBuilder(this);
    }
  }
}

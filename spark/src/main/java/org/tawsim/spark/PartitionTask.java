package org.tawsim.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Pipeline;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.Zone;
import org.tawsim.core.io.StrictUtf8;
import org.tawsim.export.dataset.Fingerprint;
import org.tawsim.export.dataset.HashSplitter;
import org.tawsim.export.dataset.PageMode;
import org.tawsim.export.dataset.PageSegmenter;
import org.tawsim.export.jsonl.JsonlReader;

/**
 * The work of one partition, on an executor: decode each raw input, annotate it with the
 * executor's pipeline, and write it to its split's part file of every format, in input order.
 *
 * <p>The decoding mirrors {@code tawsim build}: a text file is decoded strictly as UTF-8, a JSONL
 * line is read by {@link JsonlReader}; a bad input becomes a {@link Rejection} naming the file and
 * place. A failure to write fails the task (Spark retries it); a failure to annotate one document
 * rejects that document only.
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
  private final boolean dedup;
  private final List<CorpusFormat> formats;
  private final JobOutput output;
  private final HadoopConf conf;

  PartitionTask(
      String runId,
      PipelineFactory pipelines,
      HashSplitter splitter,
      PageMode pages,
      int maxChars,
      boolean dedup,
      List<CorpusFormat> formats,
      JobOutput output,
      HadoopConf conf) {
    this.runId = runId;
    this.pipelines = pipelines;
    this.splitter = splitter;
    this.pages = pages;
    this.maxChars = maxChars;
    this.dedup = dedup;
    this.formats = List.copyOf(formats);
    this.output = output;
    this.conf = conf;
  }

  @Override
  public Iterator<PartitionResult> call(Integer partition, Iterator<RawInput> inputs)
      throws IOException {
    long start = System.nanoTime();
    long startCpu = CPU.getCurrentThreadCpuTime();
    Pipeline pipeline = ExecutorPipeline.get(runId, pipelines);
    Pipeline zoner = pages == PageMode.WHOLE ? null : zonePrefix(pipeline);
    Pipeline afterZones =
        zoner == null
            ? null
            : Pipeline.on(
                zoner.produces(),
                pipeline.steps().subList(zoner.steps().size(), pipeline.steps().size()));
    TaskContext task = TaskContext.get();
    long attempt = task == null ? 0 : task.taskAttemptId();
    List<Rejection> rejections = new ArrayList<>();
    Map<String, Long> written = new TreeMap<>();
    long inputCount = 0;
    long annotateNanos = 0;
    long annotateCpu = 0;
    long splitOff = 0;
    List<Fingerprint> fingerprints = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    // With duplicate detection the split is decided later, on the driver: stage native JSONL.
    List<CorpusFormat> targets = dedup ? List.of(CorpusFormat.STAGED) : formats;
    try (PartWriters parts = new PartWriters(output, conf, targets, partition, attempt)) {
      while (inputs.hasNext()) {
        RawInput raw = inputs.next();
        Optional<Document> doc = decode(raw, rejections);
        if (doc == null) {
          continue; // a blank JSONL line: not an input, as on one machine
        }
        inputCount++;
        if (doc.isEmpty()) {
          continue;
        }
        Document d = doc.get();
        long z = System.nanoTime();
        long zc = CPU.getCurrentThreadCpuTime();
        Zoned zoned = cut(d, zoner, rejections); // zoning is annotation time too
        List<Document> documents = zoned.parts();
        annotateNanos += System.nanoTime() - z;
        annotateCpu += CPU.getCurrentThreadCpuTime() - zc;
        splitOff += Math.max(0, documents.size() - 1);
        for (Document part : documents) {
          Document annotated;
          long t = System.nanoTime();
          long tc = CPU.getCurrentThreadCpuTime();
          try {
            // a part that is the whole zoned page has its zones: only the later steps run on it
            annotated =
                part == zoned.page() ? afterZones.annotate(part) : pipeline.annotate(part);
          } catch (RuntimeException e) {
            rejections.add(new Rejection(part.id(), "", "annotation failed: " + e));
            continue;
          } finally {
            annotateNanos += System.nanoTime() - t;
            annotateCpu += CPU.getCurrentThreadCpuTime() - tc;
          }
          if (dedup) {
            parts.write(annotated, JobOutput.STAGED_SPLIT);
            fingerprints.add(Fingerprint.of(part.text()));
            ids.add(annotated.id());
          } else {
            String split = splitter.assign(annotated.id()).label();
            parts.write(annotated, split);
            written.merge(split, 1L, Long::sum);
          }
        }
      }
      parts.commit();
    }
    return List.of(
            new PartitionResult(
                partition,
                inputCount,
                splitOff,
                written,
                rejections,
                annotateNanos,
                System.nanoTime() - start,
                annotateCpu,
                CPU.getCurrentThreadCpuTime() - startCpu,
                fingerprints,
                ids))
        .iterator();
  }

  /**
   * Returns the documents of one input that the page mode exports, or none with a rejection: as
   * {@code DatasetBuilder} does on one machine, a blank or oversized text is rejected, a page is
   * zoned by the pipeline's steps up to its zone tagger and cut by {@link PageSegmenter}; the
   * caller then annotates each part with the whole pipeline.
   */
  private Zoned cut(Document doc, Pipeline zoner, List<Rejection> rejections) {
    if (doc.text().isBlank()) {
      rejections.add(new Rejection(doc.id(), "", "empty document: no text"));
      return Zoned.NONE;
    }
    if (doc.text().length() > maxChars) {
      rejections.add(
          new Rejection(
              doc.id(),
              "",
              "document too large: "
                  + doc.text().length()
                  + " characters, over the limit of "
                  + maxChars
                  + " (raise it with --max-chars)"));
      return Zoned.NONE;
    }
    if (pages == PageMode.WHOLE) {
      return new Zoned(null, List.of(doc));
    }
    List<Document> all;
    Document zoned;
    try {
      zoned = zoner.annotate(doc);
      all = PageSegmenter.segment(zoned, PageMode.ARTICLES);
    } catch (RuntimeException e) {
      rejections.add(new Rejection(doc.id(), "", "zoning failed: " + e));
      return Zoned.NONE;
    }
    boolean hasMain = !all.isEmpty() && all.get(0).id().equals(doc.id());
    List<Document> parts =
        pages == PageMode.ARTICLES ? all : hasMain ? all.subList(0, 1) : List.of();
    if (parts.isEmpty()) {
      rejections.add(
          new Rejection(doc.id(), "", "no article text: the zones found no body on the page"));
    }
    return new Zoned(zoned, parts);
  }

  /** A page after zoning (null when pages are kept whole) and the documents cut from it. */
  private record Zoned(Document page, List<Document> parts) {
    static final Zoned NONE = new Zoned(null, List.of());
  }

  /** The steps up to the first that produces zones: what cutting a page needs. */
  static Pipeline zonePrefix(Pipeline pipeline) {
    List<Annotator> steps = pipeline.steps();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).produces().contains(Zone.class)) {
        return Pipeline.of(steps.subList(0, i + 1));
      }
    }
    throw new IllegalArgumentException(
        "cutting pages into articles needs a pipeline step that produces zones (such as"
            + " ZoneTagger); this pipeline has none: add one, or use page mode whole");
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
    try (JsonlReader reader =
        new JsonlReader(raw.input, new ByteArrayInputStream(raw.bytes), lineRejects)) {
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

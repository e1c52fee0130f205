package org.tawsim.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a {@link SparkBuild} run did: inputs, documents written per split, rejections with their
 * reasons, and where the executors' time went.
 *
 * <p>Counts reconcile: {@code inputs + split off = written + rejected}, where a page cut into
 * several articles counts its extra articles as split off. The time figures are sums over tasks
 * and are not part of {@code stats.json}, which stays byte-identical from run to run.
 */
public final class SparkBuildReport {

  private final long inputs;
  private final long splitOff;
  private final Map<String, Long> written;
  private final List<Rejection> rejections;
  private final List<Rejection> duplicates;
  private final int partitions;
  private final long annotateNanos;
  private final long taskNanos;
  private final long annotateCpuNanos;
  private final long taskCpuNanos;
  private final List<String> splitOrder;

  /**
   * @param dedupWritten with duplicate detection, the documents written per split as the driver
   *     decided; null without
   * @param duplicates the documents dropped as duplicates, in input order
   */
  SparkBuildReport(
      List<String> splits,
      List<Rejection> driverRejections,
      List<PartitionResult> results,
      Map<String, Long> dedupWritten,
      List<Rejection> duplicates) {
    Map<String, Long> bySplit = new LinkedHashMap<>();
    splits.forEach(s -> bySplit.put(s, 0L));
    if (dedupWritten != null) {
      dedupWritten.forEach((split, n) -> bySplit.merge(split, n, Long::sum));
    }
    List<Rejection> all = new ArrayList<>(driverRejections);
    long in = driverRejections.size();
    long off = 0;
    long annotate = 0;
    long task = 0;
    long annotateCpu = 0;
    long taskCpu = 0;
    for (PartitionResult r : results) {
      in += r.inputs();
      off += r.splitOff();
      r.written().forEach((split, n) -> bySplit.merge(split, n, Long::sum));
      all.addAll(r.rejections());
      annotate += r.annotateNanos();
      task += r.totalNanos();
      annotateCpu += r.annotateCpuNanos();
      taskCpu += r.totalCpuNanos();
    }
    this.inputs = in;
    this.splitOff = off;
    this.written = Map.copyOf(bySplit);
    this.rejections = List.copyOf(all);
    this.duplicates = List.copyOf(duplicates);
    this.partitions = results.size();
    this.annotateNanos = annotate;
    this.taskNanos = task;
    this.annotateCpuNanos = annotateCpu;
    this.taskCpuNanos = taskCpu;
    this.splitOrder = List.copyOf(splits);
  }

  /** Returns the number of inputs: documents read and inputs rejected before or while reading. */
  public long inputs() {
    return inputs;
  }

  /** Returns the number of documents written, all splits together. */
  public long written() {
    return written.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Returns the documents written to this split (0 for an unknown label). */
  public long written(String split) {
    return written.getOrDefault(split, 0L);
  }

  /** Returns the number of inputs not written. */
  public long rejected() {
    return rejections.size();
  }

  /** Returns each rejection as {@code tawsim build} prints it: input, place and reason. */
  public List<String> rejectionMessages() {
    return rejections.stream().map(Rejection::message).toList();
  }

  /** Returns the documents beyond the first cut from one page (page mode articles). */
  public long splitOff() {
    return splitOff;
  }

  /** Returns the number of documents dropped as exact or near duplicates. */
  public long droppedDuplicates() {
    return duplicates.size();
  }

  /** Returns true when inputs + split off = written + rejected + dropped duplicates. */
  public boolean reconciles() {
    return inputs + splitOff == written() + rejected() + droppedDuplicates();
  }

  /** Returns the number of partitions (tasks) the job ran. */
  public int partitions() {
    return partitions;
  }

  /** Returns the time spent in the pipeline, summed over tasks, in nanoseconds. */
  public long annotateNanos() {
    return annotateNanos;
  }

  /** Returns the time of the tasks from start to end, summed, in nanoseconds. */
  public long taskNanos() {
    return taskNanos;
  }

  /** Returns the CPU time of the task threads inside the pipeline, summed, in nanoseconds. */
  public long annotateCpuNanos() {
    return annotateCpuNanos;
  }

  /** Returns the CPU time of the task threads, summed, in nanoseconds. */
  public long taskCpuNanos() {
    return taskCpuNanos;
  }

  /** Returns the equation the summary prints, such as {@code 12 inputs = 11 written + 1 rejected}. */
  public String equation() {
    String in = inputs + " inputs" + (splitOff == 0 ? "" : " + " + splitOff + " split off");
    String out = written() + " written + " + rejected() + " rejected";
    return in + " = " + out + (duplicates.isEmpty() ? "" : " + " + duplicates.size() + " duplicates dropped");
  }

  /** Returns a few readable lines: the equation, documents per split and the time split. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(equation()).append(reconciles() ? "" : "  (DOES NOT RECONCILE)").append('\n');
    for (String s : splitOrder) {
      sb.append(String.format(Locale.ROOT, "  %-6s %,d documents%n", s, written(s)));
    }
    long docs = Math.max(1, inputs);
    sb.append(
        String.format(
            Locale.ROOT,
            "  %d partitions; task time %.1f s, of which annotation %.1f s (%.0f%%)%n"
                + "  task CPU %.1f s, of which annotation %.1f s; per input: annotation %.3f ms CPU,"
                + " the job's own work (read, decode, write) %.3f ms CPU%n",
            partitions,
            taskNanos / 1e9,
            annotateNanos / 1e9,
            taskNanos == 0 ? 0.0 : 100.0 * annotateNanos / taskNanos,
            taskCpuNanos / 1e9,
            annotateCpuNanos / 1e9,
            annotateCpuNanos / 1e6 / docs,
            (taskCpuNanos - annotateCpuNanos) / 1e6 / docs));
    return sb.toString().replace(System.lineSeparator(), "\n");
  }

  /**
   * Returns {@code rejects.jsonl}: one {@code {"input","location","reason"}} object a line, the
   * rejections first, then the dropped duplicates with {@code duplicate_of}.
   */
  byte[] rejectsJsonl() {
    return json(
        g -> {
          List<Rejection> all = new ArrayList<>(rejections);
          all.addAll(duplicates);
          for (Rejection r : all) {
            g.writeStartObject();
            g.writeStringField("input", r.input());
            g.writeStringField("location", r.location());
            g.writeStringField("reason", r.reason());
            if (r.duplicateOf() != null) {
              g.writeStringField("duplicate_of", r.duplicateOf());
            }
            g.writeEndObject();
            g.writeRaw('\n');
          }
        });
  }

  /** Returns {@code stats.json}: the counts, without times, so that it is stable. */
  byte[] statsJson() {
    return json(
        g -> {
          g.writeStartObject();
          g.writeNumberField("inputs", inputs);
          g.writeNumberField("split_off", splitOff);
          g.writeNumberField("written", written());
          g.writeNumberField("rejected", rejected());
          g.writeNumberField("dropped_duplicates", droppedDuplicates());
          g.writeObjectFieldStart("splits");
          for (String s : splitOrder) {
            g.writeObjectFieldStart(s);
            g.writeNumberField("documents", written(s));
            g.writeEndObject();
          }
          g.writeEndObject();
          g.writeEndObject();
          g.writeRaw('\n');
        });
  }

  private interface JsonBody {
    void write(JsonGenerator g) throws IOException;
  }

  private static byte[] json(JsonBody body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

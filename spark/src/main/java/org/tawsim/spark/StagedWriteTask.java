package org.tawsim.spark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.tawsim.core.Document;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.dataset.Split;
import org.tawsim.export.dataset.SplitStats;
import org.tawsim.export.jsonl.JsonlReader;

/**
 * Pass two of a two-pass run, on an executor: reads one partition's staged native JSONL back and
 * writes each document to the split the driver decided, in every format (hf with the split's
 * label list), or drops it; returns the statistics of what it wrote per split and its time. Native JSONL reads
 * back to the same document, so the formats come out as without staging.
 */
final class StagedWriteTask implements Function<StagedPartition, StagedWriteTask.Written> {

  private static final long serialVersionUID = 1L;

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /**
   * What one partition of pass two wrote, and its time.
   *
   * @param splits statistics of the documents written, per split
   * @param nanos time of the task
   * @param cpuNanos CPU time of the task's thread
   */
  record Written(Map<Split, SplitStats> splits, long nanos, long cpuNanos)
      implements java.io.Serializable {}

  private final JobOutput output;
  private final HadoopConf conf;
  private final List<CorpusFormat> formats;
  private final Map<String, List<String>> hfLabels;

  /** @param hfLabels with hf, the label list of each split by its label; else null */
  StagedWriteTask(
      JobOutput output,
      HadoopConf conf,
      List<CorpusFormat> formats,
      Map<String, List<String>> hfLabels) {
    this.output = output;
    this.conf = conf;
    this.formats = List.copyOf(formats);
    this.hfLabels = hfLabels == null ? null : Map.copyOf(hfLabels);
  }

  @Override
  public Written call(StagedPartition staged) throws IOException {
    long start = System.nanoTime();
    long startCpu = CPU.getCurrentThreadCpuTime();
    Path path = output.part(CorpusFormat.STAGED, JobOutput.STAGED_SPLIT, staged.partition);
    FileSystem fs = JobOutput.fileSystem(output.root(), conf.get());
    TaskContext task = TaskContext.get();
    long attempt = task == null ? 0 : task.taskAttemptId();
    Split[] splits = Split.values();
    try (InputStream in = fs.open(path);
        JsonlReader reader = new JsonlReader(path.toString(), in, RejectHandler.FAIL);
        PartWriters parts =
            new PartWriters(output, conf, formats, hfLabels, staged.partition, attempt)) {
      Map<Split, SplitStats> written = new EnumMap<>(Split.class);
      int i = 0;
      for (Optional<Document> d = reader.read(); d.isPresent(); d = reader.read(), i++) {
        byte code = staged.decisions[i];
        if (code != StagedPartition.DROP) {
          parts.write(d.get(), splits[code].label());
          written.computeIfAbsent(splits[code], s -> new SplitStats()).add(d.get());
        }
      }
      if (i != staged.decisions.length) {
        throw new IOException(
            path + " holds " + i + " documents, the driver decided on " + staged.decisions.length);
      }
      parts.commit();
      return new Written(
          written, System.nanoTime() - start, CPU.getCurrentThreadCpuTime() - startCpu);
    }
  }
}

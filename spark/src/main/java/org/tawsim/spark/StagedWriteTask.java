package org.tawsim.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.VoidFunction;
import org.tawsim.core.Document;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.dataset.Split;
import org.tawsim.export.jsonl.JsonlReader;

/**
 * Pass two of duplicate detection, on an executor: reads one partition's staged native JSONL back
 * and writes each document to the split the driver decided, in every format, or drops it. Native
 * JSONL reads back to the same document, so the formats come out as without staging.
 */
final class StagedWriteTask implements VoidFunction<StagedPartition> {

  private static final long serialVersionUID = 1L;

  private final JobOutput output;
  private final HadoopConf conf;
  private final List<CorpusFormat> formats;

  StagedWriteTask(JobOutput output, HadoopConf conf, List<CorpusFormat> formats) {
    this.output = output;
    this.conf = conf;
    this.formats = List.copyOf(formats);
  }

  @Override
  public void call(StagedPartition staged) throws IOException {
    Path path = output.part(CorpusFormat.STAGED, JobOutput.STAGED_SPLIT, staged.partition);
    FileSystem fs = JobOutput.fileSystem(output.root(), conf.get());
    TaskContext task = TaskContext.get();
    long attempt = task == null ? 0 : task.taskAttemptId();
    Split[] splits = Split.values();
    try (InputStream in = fs.open(path);
        JsonlReader reader = new JsonlReader(path.toString(), in, RejectHandler.FAIL);
        PartWriters parts = new PartWriters(output, conf, formats, staged.partition, attempt)) {
      int i = 0;
      for (Optional<Document> d = reader.read(); d.isPresent(); d = reader.read(), i++) {
        byte code = staged.decisions[i];
        if (code != StagedPartition.DROP) {
          parts.write(d.get(), splits[code].label());
        }
      }
      if (i != staged.decisions.length) {
        throw new IOException(
            path + " holds " + i + " documents, the driver decided on " + staged.decisions.length);
      }
      parts.commit();
    }
  }
}

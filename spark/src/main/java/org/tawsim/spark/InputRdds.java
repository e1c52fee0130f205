/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The inputs of a job as one RDD of raw documents whose partitions come in input order: the
 * sources in the order given, each JSONL file's lines in file order. Concatenating what the
 * partitions write, in partition order, therefore gives the order {@code tawsim build} writes in.
 *
 * <p>Runs of text files become one RDD of file names, read by the tasks (one document per file). A
 * JSONL file is read line by line through Hadoop's {@link TextInputFormat}, so a large file is
 * split among tasks at about {@code splitBytes} and a gzipped one is read whole by one task. Lines
 * keep their raw bytes for strict decoding, and their place: the line number when the task reads
 * from the start of the file, else the byte offset of the line.
 */
final class InputRdds {

  private static final int FILES_PER_PARTITION = 256;

  private InputRdds() {}

  /** Returns the RDD of these sources; a single empty partition when there are none. */
  static JavaRDD<RawInput> of(
      JavaSparkContext jsc,
      List<InputSource> sources,
      HadoopConf conf,
      long splitBytes,
      int minPartitions) {
    List<JavaRDD<RawInput>> parts = new ArrayList<>();
    List<InputSource> texts = new ArrayList<>();
    for (InputSource s : sources) {
      if (s.format() == org.tawsim.export.input.InputFormat.JSONL) {
        if (!texts.isEmpty()) {
          parts.add(textFiles(jsc, texts, conf, minPartitions));
          texts = new ArrayList<>();
        }
        parts.add(jsonl(jsc, s, conf, splitBytes));
      } else {
        texts.add(s);
      }
    }
    if (!texts.isEmpty()) {
      parts.add(textFiles(jsc, texts, conf, minPartitions));
    }
    if (parts.isEmpty()) {
      return jsc.parallelize(List.<RawInput>of(), 1);
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    @SuppressWarnings("unchecked")
    JavaRDD<RawInput>[] array = parts.toArray(new JavaRDD[0]);
    return jsc.union(array);
  }

  private static JavaRDD<RawInput> textFiles(
      JavaSparkContext jsc, List<InputSource> files, HadoopConf conf, int minPartitions) {
    int slices =
        Math.max(
            1,
            Math.min(
                files.size(),
                Math.max(minPartitions, (files.size() + FILES_PER_PARTITION - 1) / FILES_PER_PARTITION)));
    return jsc.parallelize(List.copyOf(files), slices).map(s -> readWhole(s, conf.get()));
  }

  /** Reads one text file whole; a file that cannot be read becomes a raw input with its problem. */
  static RawInput readWhole(InputSource source, Configuration conf) {
    Path path = new Path(source.path());
    try {
      FileSystem fs = path.getFileSystem(conf);
      try (InputStream raw = fs.open(path);
          InputStream in = path.getName().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
        return RawInput.textFile(source.name(), source.id(), in.readAllBytes());
      }
    } catch (IOException e) {
      return RawInput.unreadable(source.name(), "cannot read (" + e + ")");
    }
  }

  private static JavaRDD<RawInput> jsonl(
      JavaSparkContext jsc, InputSource source, HadoopConf conf, long splitBytes) {
    Configuration c = new Configuration(conf.get());
    c.setLong(FileInputFormat.SPLIT_MAXSIZE, splitBytes);
    String path = source.path();
    JavaNewHadoopRDD<LongWritable, Text> lines =
        (JavaNewHadoopRDD<LongWritable, Text>)
            jsc.newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, c);
    boolean compressed = new CompressionCodecFactory(c).getCodec(new Path(path)) != null;
    String name = source.name();
    return lines.mapPartitionsWithInputSplit(
        (InputSplit split, Iterator<Tuple2<LongWritable, Text>> records) ->
            new LineIterator(name, (FileSplit) split, records, compressed),
        true);
  }

  /** Turns Hadoop's (offset, line) records into raw inputs, copying the reused line buffer. */
  private static final class LineIterator implements Iterator<RawInput> {
    private final String path;
    private final Iterator<Tuple2<LongWritable, Text>> records;
    private final boolean fromStart;
    private final boolean compressed;
    private long lineNumber;

    LineIterator(
        String path,
        FileSplit split,
        Iterator<Tuple2<LongWritable, Text>> records,
        boolean compressed) {
      this.path = path;
      this.records = records;
      this.fromStart = split.getStart() == 0;
      this.compressed = compressed;
    }

    @Override
    public boolean hasNext() {
      return records.hasNext();
    }

    @Override
    public RawInput next() {
      Tuple2<LongWritable, Text> r = records.next();
      lineNumber++;
      long offset = r._1().get();
      Text text = r._2();
      byte[] bytes = Arrays.copyOf(text.getBytes(), text.getLength());
      String location = fromStart ? "line " + lineNumber : "line at byte " + offset;
      return RawInput.jsonlLine(path, location, bytes, compressed ? -1 : offset);
    }
  }
}

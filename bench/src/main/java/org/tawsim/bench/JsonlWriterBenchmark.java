package org.tawsim.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tawsim.core.Document;
import org.tawsim.export.jsonl.JsonlWriter;

/**
 * Native JSONL writing of a whole corpus to a byte-counting sink. Score: seconds per corpus pass;
 * bytes per second = {@link #bytes} / score (the setup prints the corpus size).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonlWriterBenchmark {

  /**
   * The corpus: a file or folder of text or JSONL, or {@code sample} for samples/ntrex ({@link
   * Corpus#load}).
   */
  @Param("sample")
  public String corpus;

  private Corpus docs;
  long bytes;

  /** Reads the corpus and builds what the benchmark runs, once per trial. */
  @Setup
  public void load() throws IOException {
    docs = Corpus.load(corpus);
    bytes = writeAll();
    System.out.printf("%n%s: %d documents, %d chars, %d JSONL bytes%n",
        corpus, docs.documents().size(), docs.characters(), bytes);
  }

  /** The measured operation: writes every document as native JSONL; returns the byte count. */
  @Benchmark
  public long write() throws IOException {
    return writeAll();
  }

  private long writeAll() throws IOException {
    CountingSink sink = new CountingSink();
    try (JsonlWriter w = JsonlWriter.to(sink)) {
      for (Document d : docs.documents()) {
        w.write(d);
      }
    }
    return sink.count;
  }

  /** Discards bytes, counting them. */
  static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}

package org.tawsim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tawsim.core.Document;
import org.tawsim.core.text.ArabicNormalizer;

/**
 * The Arabic normaliser over every document of a corpus, one thread. The secondary result {@code
 * chars} is the throughput in characters per second; the primary one counts corpus passes.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar Normalizer -p corpus=../shared/corpora/saudinewsnet
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizerBenchmark {

  @Param("sample")
  public String corpus;

  private Corpus docs;
  private final ArabicNormalizer normalizer = ArabicNormalizer.standard();

  /** Counts the characters processed; JMH reports them per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Chars {
    public long chars;

    @Setup(Level.Iteration)
    public void reset() {
      chars = 0;
    }
  }

  @Setup
  public void load() {
    docs = Corpus.load(corpus);
    System.out.printf("%n%s: %d documents, %d chars%n", corpus, docs.documents().size(),
        docs.characters());
  }

  /** The view with its alignment, as taggers use it. */
  @Benchmark
  public void normalize(Chars counter, Blackhole bh) {
    for (Document d : docs.documents()) {
      bh.consume(normalizer.normalize(d.text()));
    }
    counter.chars += docs.characters();
  }

  /** The normal form only, without the alignment. */
  @Benchmark
  public void normalizeToString(Chars counter, Blackhole bh) {
    for (Document d : docs.documents()) {
      bh.consume(normalizer.normalizeToString(d.text()));
    }
    counter.chars += docs.characters();
  }
}

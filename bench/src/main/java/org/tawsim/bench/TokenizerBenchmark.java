package org.tawsim.bench;

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
import org.openjdk.jmh.infra.Blackhole;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.Document;

/**
 * The tokenizer over every document of a corpus, one thread. The secondary result {@code chars} is
 * the throughput in characters per second; the primary one counts corpus passes.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar Tokenizer -p corpus=../shared/corpora/saudinewsnet
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenizerBenchmark {

  @Param("sample")
  public String corpus;

  private Corpus docs;
  private final ArabicTokenizer tokenizer = new ArabicTokenizer();

  @Setup
  public void load() {
    docs = Corpus.load(corpus);
    System.out.printf("%n%s: %d documents, %d chars%n", corpus, docs.documents().size(),
        docs.characters());
  }

  /** The Token layer of each document, normalised forms included: what the pipeline runs. */
  @Benchmark
  public void annotate(NormalizerBenchmark.Chars counter, Blackhole bh) {
    for (Document d : docs.documents()) {
      bh.consume(tokenizer.annotate(d));
    }
    counter.chars += docs.characters();
  }

  /** Token boundaries only, without normalised forms or a document. */
  @Benchmark
  public void spans(NormalizerBenchmark.Chars counter, Blackhole bh) {
    for (Document d : docs.documents()) {
      bh.consume(tokenizer.spans(d.text()));
    }
    counter.chars += docs.characters();
  }
}

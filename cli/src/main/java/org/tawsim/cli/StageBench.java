/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;

/**
 * Times one stage over a corpus, the way {@code tawsim bench} reports it: after a warm-up, passes
 * over every document until the measuring time is used and at least {@link #MIN_PASSES} (or the
 * number given) passes ran; the median pass counts.
 *
 * <p>A stage is a function of one document, so annotators, a whole pipeline and baselines such as
 * a bare OpenNLP detector are measured by the same loop. Allocation is read from the JVM's
 * per-thread counters ({@code com.sun.management.ThreadMXBean}) where the JVM has them.
 */
final class StageBench {

  /** A named unit of work over one document; returns something so the JIT cannot drop it. */
  record Stage(String name, ToIntFunction<Document> work) {
    Stage {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(work, "work");
    }

    /** A stage that runs an annotator on documents that already carry what it requires. */
    static Stage of(Annotator annotator) {
      return new Stage(annotator.name(), d -> annotator.annotate(d).layerKinds().size());
    }
  }

  /** The figures of one stage at one thread count. */
  record Result(
      String stage,
      int threads,
      int passes,
      double secondsPerPass,
      double charsPerSecond,
      double tokensPerSecond,
      double bytesAllocatedPerChar) {

    /**
     * Returns the result of median speed among measurements of one stage (of an even number, the
     * faster of the middle two), with the passes of all of them.
     */
    static Result median(List<Result> results) {
      List<Result> sorted =
          results.stream().sorted(java.util.Comparator.comparingDouble(Result::charsPerSecond)).toList();
      Result m = sorted.get(sorted.size() / 2);
      int passes = results.stream().mapToInt(Result::passes).sum();
      return new Result(m.stage(), m.threads(), passes, m.secondsPerPass(), m.charsPerSecond(),
          m.tokensPerSecond(), m.bytesAllocatedPerChar());
    }
  }

  /**
   * Fewest measured passes. A pass over one 10 MB document takes one or two seconds, so the measuring
   * time alone gave two or three, and one collection in one of them moved the median.
   */
  static final int MIN_PASSES = 5;

  private final double warmupSeconds;
  private final double measureSeconds;
  private final int minPasses;

  StageBench(double warmupSeconds, double measureSeconds) {
    this(warmupSeconds, measureSeconds, MIN_PASSES);
  }

  /** A bench that measures at least {@code minPasses} passes, whatever the measuring time. */
  StageBench(double warmupSeconds, double measureSeconds, int minPasses) {
    if (minPasses < 1) {
      throw new IllegalArgumentException("minPasses must be >= 1, got " + minPasses);
    }
    this.warmupSeconds = warmupSeconds;
    this.measureSeconds = measureSeconds;
    this.minPasses = minPasses;
  }

  /**
   * Measures a stage over documents.
   *
   * @param tokens the number of tokens in the corpus, for tokens per second
   */
  Result measure(Stage stage, List<Document> docs, long tokens, int threads)
      throws InterruptedException {
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    // The documents were just made (read, cut, annotated by the earlier stages) and are still young:
    // without this, the collections of this stage's passes would copy them to the old generation and
    // charge this stage for it (pauses of 0.3-1.1 s under G1 while the size check measured one 10 MB
    // document, -Xlog:gc). A full collection first moves them there, as a long run would have.
    System.gc();
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    try {
      long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
      do {
        pass(stage, docs, threads, pool);
      } while (System.nanoTime() < warmEnd);
      List<Long> times = new ArrayList<>();
      long allocated = 0;
      long measureEnd = System.nanoTime() + (long) (measureSeconds * 1e9);
      do {
        long t0 = System.nanoTime();
        allocated += pass(stage, docs, threads, pool);
        times.add(System.nanoTime() - t0);
      } while (System.nanoTime() < measureEnd || times.size() < minPasses);
      times.sort(null);
      double seconds = times.get(times.size() / 2) / 1e9;
      return new Result(
          stage.name(),
          threads,
          times.size(),
          seconds,
          chars / seconds,
          tokens / seconds,
          allocated < 0 || chars == 0 ? Double.NaN : (double) allocated / times.size() / chars);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** Runs one pass; returns the bytes allocated by the threads that did the work, or -1. */
  private static long pass(Stage stage, List<Document> docs, int threads, ExecutorService pool)
      throws InterruptedException {
    if (pool == null) {
      return slice(stage, docs, 0, 1);
    }
    List<Future<Long>> parts = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      int offset = t;
      parts.add(pool.submit(() -> slice(stage, docs, offset, threads)));
    }
    long allocated = 0;
    for (Future<Long> f : parts) {
      try {
        long a = f.get();
        allocated = allocated < 0 || a < 0 ? -1 : allocated + a;
      } catch (ExecutionException e) {
        throw new IllegalStateException("stage " + stage.name() + " failed", e.getCause());
      }
    }
    return allocated;
  }

  private static long slice(Stage stage, List<Document> docs, int offset, int step) {
    long before = allocatedBytes();
    int sink = 0;
    for (int i = offset; i < docs.size(); i += step) {
      sink += stage.work().applyAsInt(docs.get(i));
    }
    long after = allocatedBytes();
    if (sink == 42_424_242) {
      System.err.print(""); // keeps the result alive
    }
    return before < 0 ? -1 : after - before;
  }

  private static long allocatedBytes() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean mx
        && mx.isThreadAllocatedMemorySupported()
        && mx.isThreadAllocatedMemoryEnabled()) {
      return mx.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return -1;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the annotation of one document on a worker thread and waits for it at most a fixed time, as
 * Apache Tika bounds the parse of one document ({@code TimeoutLimits}): the caller waits with a
 * deadline, and on expiry it interrupts the worker, abandons it and goes on; the next document
 * gets another worker.
 *
 * <p><b>The abandoned thread.</b> Java cannot stop a thread, and the annotators are CPU loops that
 * do not look at their interrupt flag, so an abandoned worker runs on until its annotator returns
 * (or throws); then its result is dropped and the thread goes back to the pool, idle. Meanwhile it
 * holds its document and one processor's share of time, which is why a budget should be generous
 * (a minute by default, against milliseconds per real news page). It cannot block the run: nobody
 * waits for it. It cannot exhaust the pool: the pool has no upper bound, it makes a new thread
 * when none is idle, and idle threads end after a few seconds. Its threads are daemons, so a
 * worker still looping does not keep the JVM alive when the run is over.
 *
 * <p>Thread-safe: any number of callers may share a budget. Each document costs a hand-over to a
 * worker and back, which on a busy machine waits for a processor twice: annotate on two threads
 * took 10.1 s with it against 7.0 s without. So it serves callers that annotate one document at a
 * time ({@link PageAnnotator#withTimeBudget}, the Spark task); the builder's engine times its own
 * workers instead ({@code OrderedFlow}), with the same reason and the same abandoned threads.
 */
final class TimeBudget {

  private final Duration limit;
  private final String reason;
  private final ThreadPoolExecutor workers;

  private TimeBudget(Duration limit) {
    this.limit = limit;
    this.reason = reason(limit);
    AtomicInteger n = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            5,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "tawsim-annotate-timed-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Returns a budget of {@code limit}, or null for none ({@link Duration#ZERO}).
   *
   * @throws IllegalArgumentException for a negative limit
   */
  static TimeBudget of(Duration limit) {
    return BuildSettings.checkedTimeout(limit).isZero() ? null : new TimeBudget(limit);
  }

  /** Returns the reason a document over budget is rejected with: "annotation exceeded 60 s". */
  String reason() {
    return reason;
  }

  /**
   * Runs {@code work} on a worker and returns its result, or {@code overBudget}'s when the work is
   * not done in time. An {@link Error} of the work is thrown here.
   *
   * @throws CancellationException when the calling thread is interrupted while waiting (the work
   *     is interrupted too and abandoned)
   */
  <T> T run(Supplier<T> work, Supplier<T> overBudget) {
    Future<T> f = workers.submit(work::get);
    try {
      return f.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return overBudget.get();
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while a document was being annotated");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof Error err) {
        throw err;
      }
      if (c instanceof RuntimeException rt) {
        throw rt;
      }
      throw new IllegalStateException(c);
    }
  }

  /** Returns the reason a document over this budget is rejected with. */
  static String reason(Duration limit) {
    return "annotation exceeded " + seconds(limit) + " s";
  }

  /** Returns the seconds of a duration without trailing zeros: 60, 0.25. */
  static String seconds(Duration d) {
    return BigDecimal.valueOf(d.toNanos(), 9).stripTrailingZeros().toPlainString();
  }
}

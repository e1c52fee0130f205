/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * The time budget of every document in flight, each timed on its own from when a worker takes
 * it up, whichever document the calling thread is waiting for: one watchdog thread hands an
 * over-budget document over as {@link OrderedFlow.Work#overBudget}, interrupts and abandons its worker, and
 * starts a new worker in its place at once, which goes on with the rest of its batch. Part of
 * {@link OrderedFlow}.
 *
 * <p>A worker only notes its document's deadline in a set and takes it out when done; it never
 * wakes the watchdog. The watchdog looks at the set and sleeps until the earliest deadline in it,
 * or for one whole budget when it is empty: a document taken up while it sleeps ends its budget
 * after that. (A timer task scheduled per document woke the timer thread at each document, the
 * queue being empty between them: about 0.47 s of CPU time over the 26,850 documents of
 * SaudiNewsNet x5 on one thread.)
 */
final class DocBudgets<E> {
  private final long limit;
  private final ExecutorService workers;
  private final OrderedFlow.Work<E> work;
  /** The documents being worked on, each with its deadline ({@link System#nanoTime}). */
  private final Map<OrderedFlow.Task<E>, Long> running = new ConcurrentHashMap<>();
  /** What a new worker runs in place of an abandoned one, given the batch it leaves. */
  private volatile Function<OrderedFlow.Batch<E>, Runnable> replacement;
  private final Thread watchdog;

  private DocBudgets(long limit, ExecutorService workers, OrderedFlow.Work<E> work) {
    this.limit = limit;
    this.workers = workers;
    this.work = work;
    this.watchdog = limit > 0 ? OrderedFlow.daemons("tawsim-budget").newThread(this::watch) : null;
  }

  /** Budgets of {@code docTimeout} each, or none for {@link Duration#ZERO}. */
  static <E> DocBudgets<E> of(
      Duration docTimeout, ExecutorService workers, OrderedFlow.Work<E> work) {
    return new DocBudgets<>(docTimeout.toNanos(), workers, work);
  }

  /**
   * Starts the watchdog.
   *
   * @param replacement what a new worker runs when one is abandoned, given the batch it leaves
   */
  void open(Function<OrderedFlow.Batch<E>, Runnable> replacement) {
    this.replacement = replacement;
    if (watchdog != null) {
      watchdog.start();
    }
  }

  /** Starts a task's budget on its worker. */
  void start(OrderedFlow.Task<E> task) {
    if (watchdog != null) {
      running.put(task, System.nanoTime() + limit);
    }
  }

  /** Ends a task's budget: its worker is done with it. */
  void done(OrderedFlow.Task<E> task) {
    if (watchdog != null) {
      running.remove(task);
    }
  }

  private void watch() {
    while (!Thread.currentThread().isInterrupted()) {
      long now = System.nanoTime();
      long wake = now + limit;
      for (Map.Entry<OrderedFlow.Task<E>, Long> e : running.entrySet()) {
        long deadline = e.getValue();
        if (deadline - now <= 0) {
          running.remove(e.getKey());
          expire(e.getKey());
        } else if (deadline - wake < 0) {
          wake = deadline;
        }
      }
      LockSupport.parkNanos(this, wake - now);
    }
  }

  private void expire(OrderedFlow.Task<E> task) {
    if (!task.released.compareAndSet(false, true)) {
      return; // its worker finished first
    }
    task.runner.interrupt();
    try {
      workers.execute(replacement.apply(task.batch));
    } catch (RejectedExecutionException e) {
      // the run is over
    }
    try {
      task.complete(work.overBudget(task.doc, task.cost));
    } catch (RuntimeException | Error e) {
      task.fail(e); // the calling thread throws it, as a worker's failure
    }
  }

  void stop() {
    if (watchdog != null) {
      watchdog.interrupt();
    }
  }
}

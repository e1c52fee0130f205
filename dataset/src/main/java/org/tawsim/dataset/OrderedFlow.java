/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.InvalidInputException;

/**
 * Runs documents through workers in parallel and hands the results over in input order, in
 * bounded memory.
 *
 * <p>One reader thread reads each input ({@link DocumentReader#readPending}: the line of a JSONL
 * file, the bytes of a text file, not parsed yet) and puts it in two queues: the work queue, from
 * which {@code threads} workers take the next input as soon as they are free, parse it and work on
 * it, and the queue of {@code window} places that the calling thread takes in order, waiting for
 * each result. Parsing on the workers keeps the one reader thread from capping the run: it only
 * cuts the input. A worker never waits for the reader while inputs are read ahead. (With a pool's
 * submit per document, a worker that finished waited for the reader to be woken and to hand it the
 * next one: on the 5,370 pages of SaudiNewsNet the workers of a two-thread run parked 5,366 times,
 * now 20 times, all at start-up.) An input holds {@code min(length, charBudget)} characters of a
 * budget from when it is read until it is handed over ({@link DocumentReader.Pending#length}, an
 * upper bound, such as its bytes), so the documents in flight never hold much more than the
 * budget, and one larger than the budget runs alone. The rejections of the reader, and those of
 * parsing, travel in the ordered queue, in their place. A failure of the reader or of the sink
 * stops everything and is thrown by {@link #run}.
 */
final class OrderedFlow {

  /**
   * The work done on a worker for one document.
   *
   * @param <E> what the work encodes of each part of a page
   */
  interface Work<E> {
    Page<E> process(Document doc, int cost) throws IOException;

    /** The page of a document still being worked on when its time budget was spent. */
    Page<E> overBudget(Document doc, int cost);
  }

  /** One document in flight: its input, its work, and its worker slot. */
  private static final class Task<E> {
    /** The input as read, until its worker parses it (then null: the document holds it). */
    DocumentReader.Pending input;
    /** The document parsed, set by its worker before its budget starts. */
    Document doc;
    final int cost;
    final CompletableFuture<Page<E>> future = new CompletableFuture<>();
    /** The worker that took it up; set before its budget starts. */
    volatile Thread runner;
    /**
     * Set once the task's fate is decided: by its worker when done (the worker serves on), or by
     * the budget's watchdog (the worker is abandoned and a new one serves instead).
     */
    final java.util.concurrent.atomic.AtomicBoolean released =
        new java.util.concurrent.atomic.AtomicBoolean();

    Task(DocumentReader.Pending input, int cost) {
      this.input = input;
      this.cost = cost;
    }

    static <E> Task<E> done(Page<E> page) {
      Task<E> t = new Task<>(null, 0);
      t.future.complete(page);
      return t;
    }

    static <E> Task<E> failed(Throwable e) {
      Task<E> t = new Task<>(null, 0);
      t.future.completeExceptionally(e);
      return t;
    }
  }

  /** What the calling thread does with each page, in input order. */
  interface Sink<E> {
    void accept(Page<E> page) throws IOException;
  }

  private OrderedFlow() {}

  /**
   * Runs the flow.
   *
   * @param docTimeout the time budget of one document's work, from when a worker takes it up;
   *     {@link Duration#ZERO} for none. A document over budget is handed over as {@link
   *     Work#overBudget}; its worker is interrupted and abandoned (it runs on until its work
   *     returns, see {@link TimeBudget}, then ends), and a new worker takes its place at once, so
   *     the run keeps {@code threads} workers busy and never waits for it.
   */
  static <E> void run(
      DatasetBuilder.ReaderFactory readers,
      int threads,
      int window,
      int charBudget,
      Duration docTimeout,
      Work<E> work,
      Sink<E> sink)
      throws IOException {
    BlockingQueue<Task<E>> queue = new ArrayBlockingQueue<>(window);
    // bounded by the window: a document enters it only once it has a place in the queue
    BlockingQueue<Task<E>> todo = new LinkedBlockingQueue<>();
    Semaphore budget = new Semaphore(charBudget);
    // no bound on the pool: an abandoned worker ends once its work returns, and one serves instead
    ExecutorService workers = Executors.newCachedThreadPool(daemons("tawsim-annotate"));
    Budgets<E> budgets = Budgets.of(docTimeout, workers, work);
    Runnable serve = () -> serve(todo, work, budgets);
    budgets.open(serve);
    for (int i = 0; i < threads; i++) {
      workers.execute(serve);
    }
    Thread reader =
        daemons("tawsim-read")
            .newThread(() -> produce(readers, queue, todo, budget, charBudget));
    reader.start();
    try {
      while (true) {
        Page<E> page = queue.take().future.get();
        if (page.end) {
          break;
        }
        sink.accept(page);
        budget.release(page.cost);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof RuntimeException rt) {
        throw rt;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IOException(c);
    } finally {
      reader.interrupt();
      budgets.stop();
      workers.shutdownNow();
      joinReader(reader);
    }
  }

  /**
   * Waits for the reader thread to end, so that its input is closed when the run returns, also on
   * a failure (when the reader may be in the middle of a document). Interrupted, it ends at its
   * next wait; a read blocked on standard input cannot be interrupted, so the wait is bounded.
   */
  private static void joinReader(Thread reader) {
    try {
      reader.join(READER_JOIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How long a finished run waits for its reader thread at most. */
  private static final long READER_JOIN_MILLIS = 10_000;

  /** A worker: takes the next document and works on it, until the run ends or abandons it. */
  private static <E> void serve(BlockingQueue<Task<E>> todo, Work<E> work, Budgets<E> budgets) {
    try {
      while (true) {
        Task<E> task = todo.take();
        try {
          task.doc = task.input.parse();
          task.input = null;
        } catch (InvalidInputException e) {
          task.future.complete(Page.rejected(e, task.cost));
          continue;
        } catch (Throwable t) {
          task.future.completeExceptionally(t);
          continue;
        }
        task.runner = Thread.currentThread();
        budgets.start(task);
        Page<E> page = null;
        Throwable failure = null;
        try {
          page = work.process(task.doc, task.cost);
        } catch (Throwable t) {
          failure = t;
        }
        budgets.done(task);
        if (!task.released.compareAndSet(false, true)) {
          return; // over its budget, handed over as such: another worker serves in its place
        }
        if (failure == null) {
          task.future.complete(page);
        } else {
          task.future.completeExceptionally(failure);
        }
      }
    } catch (InterruptedException e) {
      // the run is over
    }
  }

  private static <E> void produce(
      DatasetBuilder.ReaderFactory readers,
      BlockingQueue<Task<E>> queue,
      BlockingQueue<Task<E>> todo,
      Semaphore budget,
      int charBudget) {
    List<InvalidInputException> pending = new ArrayList<>();
    try {
      try (DocumentReader reader = readers.open(pending::add)) {
        while (true) {
          var next = reader.readPending();
          // rejections met while reading come before the document read() returns
          for (InvalidInputException e : pending) {
            queue.put(Task.done(Page.rejected(e)));
          }
          pending.clear();
          if (next.isEmpty()) {
            break;
          }
          DocumentReader.Pending input = next.get();
          int cost = Math.max(1, Math.min(input.length(), charBudget));
          budget.acquire(cost);
          Task<E> task = new Task<>(input, cost);
          queue.put(task);
          todo.put(task);
        }
      }
      queue.put(Task.done(Page.end()));
    } catch (InterruptedException e) {
      // the calling thread stopped first and is not waiting for more
    } catch (Throwable t) {
      try {
        queue.put(Task.failed(t));
      } catch (InterruptedException e) {
        // the calling thread stopped first
      }
    }
  }

  /**
   * The time budget of every document in flight, each timed on its own from when a worker takes
   * it up, whichever document the calling thread is waiting for: one watchdog thread hands an
   * over-budget document over as {@link Work#overBudget}, interrupts and abandons its worker, and
   * starts a new worker in its place at once.
   *
   * <p>A worker only notes its document's deadline in a set and takes it out when done; it never
   * wakes the watchdog. The watchdog looks at the set and sleeps until the earliest deadline in it,
   * or for one whole budget when it is empty: a document taken up while it sleeps ends its budget
   * after that. (A timer task scheduled per document woke the timer thread at each document, the
   * queue being empty between them: about 0.47 s of CPU time over the 26,850 documents of
   * SaudiNewsNet x5 on one thread.)
   */
  private static final class Budgets<E> {
    private final long limit;
    private final ExecutorService workers;
    private final Work<E> work;
    /** The documents being worked on, each with its deadline ({@link System#nanoTime}). */
    private final Map<Task<E>, Long> running = new ConcurrentHashMap<>();
    /** What a new worker runs in place of an abandoned one. */
    private volatile Runnable replacement;
    private final Thread watchdog;

    private Budgets(long limit, ExecutorService workers, Work<E> work) {
      this.limit = limit;
      this.workers = workers;
      this.work = work;
      this.watchdog = limit > 0 ? daemons("tawsim-budget").newThread(this::watch) : null;
    }

    /** Budgets of {@code docTimeout} each, or none for {@link Duration#ZERO}. */
    static <E> Budgets<E> of(Duration docTimeout, ExecutorService workers, Work<E> work) {
      return new Budgets<>(docTimeout.toNanos(), workers, work);
    }

    /**
     * Starts the watchdog.
     *
     * @param replacement what a new worker runs when one is abandoned
     */
    void open(Runnable replacement) {
      this.replacement = replacement;
      if (watchdog != null) {
        watchdog.start();
      }
    }

    /** Starts a task's budget on its worker. */
    void start(Task<E> task) {
      if (watchdog != null) {
        running.put(task, System.nanoTime() + limit);
      }
    }

    /** Ends a task's budget: its worker is done with it. */
    void done(Task<E> task) {
      if (watchdog != null) {
        running.remove(task);
      }
    }

    private void watch() {
      while (!Thread.currentThread().isInterrupted()) {
        long now = System.nanoTime();
        long wake = now + limit;
        for (Map.Entry<Task<E>, Long> e : running.entrySet()) {
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

    private void expire(Task<E> task) {
      if (!task.released.compareAndSet(false, true)) {
        return; // its worker finished first
      }
      task.runner.interrupt();
      try {
        workers.execute(replacement);
      } catch (RejectedExecutionException e) {
        // the run is over
      }
      try {
        task.future.complete(work.overBudget(task.doc, task.cost));
      } catch (RuntimeException | Error e) {
        task.future.completeExceptionally(e); // the calling thread throws it, as a worker's failure
      }
    }

    void stop() {
      if (watchdog != null) {
        watchdog.interrupt();
      }
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}

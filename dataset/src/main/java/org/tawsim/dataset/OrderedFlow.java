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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.InvalidInputException;

/**
 * Runs documents through workers in parallel and hands the results over in input order, in
 * bounded memory.
 *
 * <p>One reader thread reads each input ({@link DocumentReader#readPending}: the line of a JSONL
 * file, the bytes of a text file, not parsed yet) and gathers consecutive inputs into batches,
 * which it puts in two queues: the work queue, from which {@code threads} workers take the next
 * batch as soon as they are free, parse its inputs and work on them one after the other, and the
 * queue of batches that the calling thread takes in order, waiting for each batch to be done.
 * Parsing on the workers keeps the one reader thread from capping the run: it only cuts the input.
 * A worker never waits for the reader while inputs are read ahead. (With a pool's submit per
 * document, a worker that finished waited for the reader to be woken and to hand it the next one:
 * on the 5,370 pages of SaudiNewsNet the workers of a two-thread run parked 5,366 times, now 20
 * times, all at start-up.)
 *
 * <p>Batches, because a hand-over between threads that finds the other side waiting costs a
 * wake-up, a system call taken from the cores the workers share; handed over one by one, each
 * document cost the calling thread, the reader and the workers a few. A batch holds up to {@code
 * window / (4 * threads)} documents (at least one) and about as large a part of the budget; the
 * reader hands a smaller one over at once when the work queue is empty (a worker may be idle: at
 * start-up, or when the input comes slowly, as from a pipe) and before it would wait for the
 * budget.
 *
 * <p>Memory: at most {@code window} documents are in flight (the queue of batches holds {@code 4 *
 * threads} of them, and no more than {@code window}), and an input holds {@code min(length,
 * charBudget)} characters of a budget from when it is read until its batch is written ({@link
 * DocumentReader.Pending#length}, an upper bound, such as its bytes), so the documents in flight
 * never hold much more than the budget, and one larger than the budget runs alone. The rejections
 * of the reader, and those of parsing, travel in their batch, in their place. A failure of the
 * reader or of the sink stops everything and is thrown by {@link #run}.
 */
final class OrderedFlow {

  /** The work done on a worker for one document; {@code E}: what it encodes of each part. */
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
    /** The batch it travels in; set when it joins it. */
    Batch<E> batch;
    /** The worker that took it up; set before its budget starts. */
    volatile Thread runner;
    /**
     * Set once the task's fate is decided: by its worker when done (the worker serves on), or by
     * the budget's watchdog (the worker is abandoned and a new one serves instead).
     */
    final AtomicBoolean released = new AtomicBoolean();

    Task(DocumentReader.Pending input, int cost) {
      this.input = input;
      this.cost = cost;
    }

    static <E> Task<E> done(Page<E> page) {
      Task<E> t = new Task<>(null, 0);
      t.future.complete(page);
      return t;
    }

    /** Hands the page over; once per task. */
    void complete(Page<E> page) {
      future.complete(page);
      batch.oneDone();
    }

    /** Hands a failure over; once per task. */
    void fail(Throwable t) {
      future.completeExceptionally(t);
      batch.oneDone();
    }
  }

  /**
   * Consecutive documents that one worker takes up one after the other, and that the calling
   * thread takes over at once when all are done.
   */
  private static final class Batch<E> {
    final List<Task<E>> tasks = new ArrayList<>();
    /** The characters of the budget its tasks hold. */
    int cost;
    /** The index of the next task to take up: a worker that takes over from another goes on. */
    final AtomicInteger next = new AtomicInteger();
    /** Its tasks not done yet; counted from when it is sealed. */
    private final AtomicInteger left = new AtomicInteger();
    final CompletableFuture<Void> done = new CompletableFuture<>();

    void add(Task<E> task) {
      task.batch = this;
      tasks.add(task);
      cost += task.cost;
    }

    /** Counts its tasks, the ones done already (rejected when read) as done; before handed over. */
    void seal() {
      int open = 0;
      for (Task<E> t : tasks) {
        if (!t.future.isDone()) {
          open++;
        }
      }
      left.set(open);
      if (open == 0) {
        done.complete(null);
      }
    }

    void oneDone() {
      if (left.decrementAndGet() == 0) {
        done.complete(null);
      }
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
   *     returns, see {@link TimeBudget}, then ends), and a new worker takes its place at once and
   *     goes on with the rest of its batch, so the run keeps {@code threads} workers busy and never
   *     waits for it.
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
    int batches = Math.min(4 * threads, window);
    Shape shape =
        new Shape(Math.max(1, window / batches), Math.max(1, charBudget / batches), charBudget);
    BlockingQueue<Batch<E>> queue = new ArrayBlockingQueue<>(batches);
    // bounded by the queue of batches: a batch enters it only once it has a place there
    BlockingQueue<Batch<E>> todo = new LinkedBlockingQueue<>();
    Semaphore budget = new Semaphore(charBudget);
    // no bound on the pool: an abandoned worker ends once its work returns, and one serves instead
    ExecutorService workers = Executors.newCachedThreadPool(daemons("tawsim-annotate"));
    Budgets<E> budgets = Budgets.of(docTimeout, workers, work);
    budgets.open(rest -> () -> serve(rest, todo, work, budgets));
    for (int i = 0; i < threads; i++) {
      workers.execute(() -> serve(null, todo, work, budgets));
    }
    Thread reader =
        daemons("tawsim-read").newThread(() -> produce(readers, queue, todo, budget, shape));
    reader.start();
    try {
      while (true) {
        Batch<E> batch = queue.take();
        batch.done.get();
        int cost = 0;
        for (Task<E> task : batch.tasks) {
          Page<E> page = task.future.get();
          if (page.end) {
            return;
          }
          sink.accept(page);
          cost += page.cost;
        }
        budget.release(cost);
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
   * How the reader cuts batches: at most {@code documents} inputs and about {@code characters} of
   * the budget each; {@code budget} is the whole budget, which bounds the cost of one input.
   */
  private record Shape(int documents, int characters, int budget) {}

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

  /**
   * A worker: goes on with the batch {@code rest} of an abandoned worker, if any, then takes the
   * next batch and works on it, until the run ends or abandons it.
   */
  private static <E> void serve(
      Batch<E> rest, BlockingQueue<Batch<E>> todo, Work<E> work, Budgets<E> budgets) {
    try {
      Batch<E> batch = rest == null ? todo.take() : rest;
      while (work(batch, work, budgets)) {
        batch = todo.take();
      }
    } catch (InterruptedException e) {
      // the run is over
    }
  }

  /**
   * Works on the tasks of a batch from its next one on.
   *
   * @return false when this worker was abandoned: another goes on with the batch in its place
   */
  private static <E> boolean work(Batch<E> batch, Work<E> work, Budgets<E> budgets) {
    int i;
    while ((i = batch.next.getAndIncrement()) < batch.tasks.size()) {
      Task<E> task = batch.tasks.get(i);
      if (task.input == null) {
        continue; // handed over as read: a rejection of the reader
      }
      try {
        task.doc = task.input.parse();
        task.input = null;
      } catch (InvalidInputException e) {
        task.complete(Page.rejected(e, task.cost));
        continue;
      } catch (Throwable t) {
        task.fail(t);
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
        return false; // over its budget, handed over as such: another worker serves in its place
      }
      if (failure == null) {
        task.complete(page);
      } else {
        task.fail(failure);
      }
    }
    return true;
  }

  private static <E> void produce(
      DatasetBuilder.ReaderFactory readers,
      BlockingQueue<Batch<E>> queue,
      BlockingQueue<Batch<E>> todo,
      Semaphore budget,
      Shape shape) {
    List<InvalidInputException> pending = new ArrayList<>();
    Batch<E> batch = new Batch<>();
    try {
      try (DocumentReader reader = readers.open(pending::add)) {
        while (true) {
          var next = reader.readPending();
          // rejections met while reading come before the document read() returns
          for (InvalidInputException e : pending) {
            batch.add(Task.done(Page.rejected(e)));
          }
          pending.clear();
          if (next.isEmpty()) {
            break;
          }
          DocumentReader.Pending input = next.get();
          int cost = Math.max(1, Math.min(input.length(), shape.budget()));
          if (!budget.tryAcquire(cost)) {
            // the budget comes back only as batches are written: never wait holding one
            batch = handOver(batch, queue, todo);
            budget.acquire(cost);
          }
          batch.add(new Task<>(input, cost));
          if (batch.tasks.size() >= shape.documents()
              || batch.cost >= shape.characters()
              || todo.isEmpty()) {
            batch = handOver(batch, queue, todo);
          }
        }
      }
      batch.add(Task.done(Page.end()));
      handOver(batch, queue, todo);
    } catch (InterruptedException e) {
      // the calling thread stopped first and is not waiting for more
    } catch (Throwable t) {
      try {
        handOver(batch, queue, todo); // what was read before the failure is written
        Batch<E> failed = new Batch<>();
        failed.add(new Task<>(null, 0));
        failed.tasks.get(0).future.completeExceptionally(t);
        failed.seal();
        queue.put(failed);
      } catch (InterruptedException e) {
        // the calling thread stopped first
      }
    }
  }

  /** Hands a batch over to the workers and the calling thread; returns the next, empty one. */
  private static <E> Batch<E> handOver(
      Batch<E> batch, BlockingQueue<Batch<E>> queue, BlockingQueue<Batch<E>> todo)
      throws InterruptedException {
    if (batch.tasks.isEmpty()) {
      return batch;
    }
    batch.seal();
    queue.put(batch);
    todo.put(batch);
    return new Batch<>();
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
    /** What a new worker runs in place of an abandoned one, given the batch it leaves. */
    private volatile Function<Batch<E>, Runnable> replacement;
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
     * @param replacement what a new worker runs when one is abandoned, given the batch it leaves
     */
    void open(Function<Batch<E>, Runnable> replacement) {
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

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}

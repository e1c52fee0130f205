/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * reader hands a smaller one over at once when a worker waits and no batch is queued (at start-up,
 * or when the input comes slowly, as from a pipe), and before it would wait for a place or for the
 * budget. A document read while every worker is busy waits in the reader's batch until the batch
 * is full or the next document comes: from a pipe that pauses, it may wait for the pause.
 *
 * <p>Memory: at most {@code window} input documents are in flight, each holding a place from when
 * it is read until its batch is written, and an input holds {@code min(length, charBudget)}
 * characters of a budget for as long ({@link DocumentReader.Pending#length}, an upper bound, such
 * as its bytes), so the documents in flight never hold much more than the budget, and one larger
 * than the budget runs alone. The rejections of the reader, and those of parsing, travel in their
 * batch, in their place. A failure of the reader or of the sink stops everything and is thrown by
 * {@link #run}.
 */
final class OrderedFlow {

  /** The work done on a worker for one document; {@code E}: what it encodes of each part. */
  interface Work<E> {
    Page<E> process(Document doc, int cost) throws IOException;

    /** The page of a document still being worked on when its time budget was spent. */
    Page<E> overBudget(Document doc, int cost);
  }

  /** One document in flight: its input, its work, and its worker slot. */
  static final class Task<E> {
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
  static final class Batch<E> {
    final List<Task<E>> tasks = new ArrayList<>();
    /** The characters of the budget its tasks hold. */
    int cost;
    /** Its input documents, each holding a place of the window (a reader's rejection holds none). */
    int inputs;
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
    Lanes<E> lanes = new Lanes<>(threads, window, charBudget);
    // no bound on the pool: an abandoned worker ends once its work returns, and one serves instead
    ExecutorService workers = Executors.newCachedThreadPool(daemons("tawsim-annotate"));
    DocBudgets<E> budgets = DocBudgets.of(docTimeout, workers, work);
    budgets.open(rest -> () -> serve(rest, lanes, work, budgets));
    for (int i = 0; i < threads; i++) {
      workers.execute(() -> serve(null, lanes, work, budgets));
    }
    Thread reader = daemons("tawsim-read").newThread(() -> produce(readers, lanes));
    reader.start();
    try {
      while (true) {
        Batch<E> batch = lanes.queue.take();
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
        lanes.budget.release(cost);
        lanes.places.release(batch.inputs);
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

  /** The queues and bounds between the reader, the workers and the calling thread. */
  private static final class Lanes<E> {
    /** The batches in input order, for the calling thread; bounded by {@link #places}. */
    final BlockingQueue<Batch<E>> queue = new LinkedBlockingQueue<>();
    /** The batches for the workers. */
    final BlockingQueue<Batch<E>> todo = new LinkedBlockingQueue<>();
    /** The window: one place per input document in flight. */
    final Semaphore places;
    final Semaphore budget;
    final int charBudget;
    /** The largest batch, in documents and in characters of the budget. */
    final int batchDocuments;
    final int batchCharacters;
    /** The workers waiting for a batch. */
    final AtomicInteger idle = new AtomicInteger();

    Lanes(int threads, int window, int charBudget) {
      this.places = new Semaphore(window);
      this.budget = new Semaphore(charBudget);
      this.charBudget = charBudget;
      this.batchDocuments = Math.max(1, window / (4 * threads));
      this.batchCharacters = Math.max(1, charBudget / (4 * threads));
    }

    /** Takes the next batch, counted as idle meanwhile. */
    Batch<E> take() throws InterruptedException {
      idle.incrementAndGet();
      try {
        return todo.take();
      } finally {
        idle.decrementAndGet();
      }
    }

    /** Whether a batch would be taken up at once: a worker waits and none is queued. */
    boolean hungry() {
      return idle.get() > 0 && todo.isEmpty();
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

  /**
   * A worker: goes on with the batch {@code rest} of an abandoned worker, if any, then takes the
   * next batch and works on it, until the run ends or abandons it.
   */
  private static <E> void serve(
      Batch<E> rest, Lanes<E> lanes, Work<E> work, DocBudgets<E> budgets) {
    try {
      Batch<E> batch = rest == null ? lanes.take() : rest;
      while (work(batch, work, budgets)) {
        batch = lanes.take();
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
  private static <E> boolean work(Batch<E> batch, Work<E> work, DocBudgets<E> budgets) {
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

  private static <E> void produce(DatasetBuilder.ReaderFactory readers, Lanes<E> lanes) {
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
          int cost = Math.max(1, Math.min(input.length(), lanes.charBudget));
          // places and budget come back only as batches are written: never wait holding one
          if (!lanes.places.tryAcquire()) {
            batch = handOver(batch, lanes);
            lanes.places.acquire();
          }
          if (!lanes.budget.tryAcquire(cost)) {
            batch = handOver(batch, lanes);
            lanes.budget.acquire(cost);
          }
          batch.add(new Task<>(input, cost));
          batch.inputs++;
          if (batch.inputs >= lanes.batchDocuments
              || batch.cost >= lanes.batchCharacters
              || lanes.hungry()) {
            batch = handOver(batch, lanes);
          }
        }
      }
      batch.add(Task.done(Page.end()));
      handOver(batch, lanes);
    } catch (InterruptedException e) {
      // the calling thread stopped first and is not waiting for more
    } catch (Throwable t) {
      try {
        handOver(batch, lanes); // what was read before the failure is written
        Batch<E> failed = new Batch<>();
        failed.add(new Task<>(null, 0));
        failed.tasks.get(0).future.completeExceptionally(t);
        failed.seal();
        lanes.queue.put(failed);
      } catch (InterruptedException e) {
        // the calling thread stopped first
      }
    }
  }

  /** Hands a batch over to the workers and the calling thread; returns the next, empty one. */
  private static <E> Batch<E> handOver(Batch<E> batch, Lanes<E> lanes)
      throws InterruptedException {
    if (batch.tasks.isEmpty()) {
      return batch;
    }
    batch.seal();
    lanes.queue.put(batch);
    lanes.todo.put(batch);
    return new Batch<>();
  }

  static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}

package org.tawsim.dataset;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.InvalidInputException;

/**
 * Runs documents through workers in parallel and hands the results over in input order, in
 * bounded memory.
 *
 * <p>One reader thread reads and submits each document to a pool of workers; the futures go into a
 * queue of {@code window} places, taken in order by the calling thread. A document holds {@code
 * min(length, charBudget)} characters of a budget from its submission until it is handed over, so
 * the documents in flight never hold much more than the budget, and one larger than the budget
 * runs alone. The reader's rejections travel in the same queue, in their place. A failure of the
 * reader or of the sink stops everything and is thrown by {@link #run}.
 */
final class OrderedFlow {

  /** The work done on a worker for one document. */
  interface Work {
    Page process(Document doc, int cost) throws IOException;

    /** The page of a document still being worked on when its time budget was spent. */
    Page overBudget(Document doc, int cost);
  }

  /** One document in flight: its work, when the work started, and its worker slot. */
  private static final class Task {
    final Document doc;
    final int cost;
    Future<Page> future;
    /** System.nanoTime() when a worker took it up; 0 before. */
    volatile long started;
    /** Set once the worker slot is given back: by the worker when done, or on the budget. */
    final java.util.concurrent.atomic.AtomicBoolean released =
        new java.util.concurrent.atomic.AtomicBoolean();

    Task(Document doc, int cost) {
      this.doc = doc;
      this.cost = cost;
    }

    static Task done(Page page) {
      Task t = new Task(null, 0);
      t.future = CompletableFuture.completedFuture(page);
      return t;
    }

    static Task failed(Throwable e) {
      Task t = new Task(null, 0);
      t.future = CompletableFuture.failedFuture(e);
      return t;
    }
  }

  /** What the calling thread does with each page, in input order. */
  interface Sink {
    void accept(Page page) throws IOException;
  }

  private OrderedFlow() {}

  /**
   * Runs the flow.
   *
   * @param docTimeout the time budget of one document's work, from when a worker takes it up;
   *     {@link Duration#ZERO} for none. A document over budget is handed over as {@link
   *     Work#overBudget}; its worker is interrupted and abandoned (it runs on until its work
   *     returns, see {@link TimeBudget}), and its slot goes to a new worker at once, so the run
   *     keeps {@code threads} workers busy and never waits for it.
   */
  static void run(
      DatasetBuilder.ReaderFactory readers,
      int threads,
      int window,
      int charBudget,
      Duration docTimeout,
      Work work,
      Sink sink)
      throws IOException {
    BlockingQueue<Task> queue = new ArrayBlockingQueue<>(window);
    Semaphore budget = new Semaphore(charBudget);
    Semaphore slots = new Semaphore(threads);
    // no bound on the pool: the slots bound the busy workers; an abandoned one holds no slot
    ExecutorService workers = Executors.newCachedThreadPool(daemons("tawsim-annotate"));
    Thread reader =
        daemons("tawsim-read")
            .newThread(() -> produce(readers, queue, budget, slots, charBudget, workers, work));
    reader.start();
    long limit = docTimeout.toNanos();
    try {
      while (true) {
        Task task = queue.take();
        Page page = limit == 0 || task.doc == null ? task.future.get() : await(task, limit, slots, work);
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
      workers.shutdownNow();
    }
  }

  /** Waits for a task's page until its budget, counted from its start, is spent. */
  private static Page await(Task task, long limit, Semaphore slots, Work work)
      throws InterruptedException, ExecutionException {
    while (true) {
      long started = task.started;
      long wait = started == 0 ? limit : limit - (System.nanoTime() - started);
      if (wait > 0 || started == 0) {
        try {
          return task.future.get(Math.max(wait, 1), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          continue; // not started yet, or the budget is spent: look again
        }
      }
      if (task.released.compareAndSet(false, true)) {
        slots.release(); // a new worker takes the next document
        task.future.cancel(true);
        return work.overBudget(task.doc, task.cost);
      }
      return task.future.get(); // it finished just now
    }
  }

  private static void produce(
      DatasetBuilder.ReaderFactory readers,
      BlockingQueue<Task> queue,
      Semaphore budget,
      Semaphore slots,
      int charBudget,
      ExecutorService workers,
      Work work) {
    List<InvalidInputException> pending = new ArrayList<>();
    try {
      try (DocumentReader reader = readers.open(pending::add)) {
        while (true) {
          var next = reader.read();
          // rejections met while reading come before the document read() returns
          for (InvalidInputException e : pending) {
            queue.put(Task.done(Page.rejected(e)));
          }
          pending.clear();
          if (next.isEmpty()) {
            break;
          }
          Document doc = next.get();
          int cost = Math.max(1, Math.min(doc.text().length(), charBudget));
          budget.acquire(cost);
          slots.acquire();
          Task task = new Task(doc, cost);
          task.future =
              workers.submit(
                  () -> {
                    task.started = System.nanoTime();
                    try {
                      return work.process(doc, cost);
                    } finally {
                      if (task.released.compareAndSet(false, true)) {
                        slots.release();
                      }
                    }
                  });
          queue.put(task);
        }
      }
      queue.put(Task.done(Page.END));
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

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}

package org.tawsim.export.dataset;

import java.io.IOException;
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
  }

  /** What the calling thread does with each page, in input order. */
  interface Sink {
    void accept(Page page) throws IOException;
  }

  private OrderedFlow() {}

  static void run(
      DatasetBuilder.ReaderFactory readers,
      int threads,
      int window,
      int charBudget,
      Work work,
      Sink sink)
      throws IOException {
    BlockingQueue<Future<Page>> queue = new ArrayBlockingQueue<>(window);
    Semaphore budget = new Semaphore(charBudget);
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemons("tawsim-annotate"));
    Thread reader =
        daemons("tawsim-read")
            .newThread(() -> produce(readers, queue, budget, charBudget, workers, work));
    reader.start();
    try {
      while (true) {
        Page page = queue.take().get();
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

  private static void produce(
      DatasetBuilder.ReaderFactory readers,
      BlockingQueue<Future<Page>> queue,
      Semaphore budget,
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
            queue.put(CompletableFuture.completedFuture(Page.rejected(e)));
          }
          pending.clear();
          if (next.isEmpty()) {
            break;
          }
          Document doc = next.get();
          int cost = Math.max(1, Math.min(doc.text().length(), charBudget));
          budget.acquire(cost);
          queue.put(workers.submit(() -> work.process(doc, cost)));
        }
      }
      queue.put(CompletableFuture.completedFuture(Page.END));
    } catch (InterruptedException e) {
      // the calling thread stopped first and is not waiting for more
    } catch (Throwable t) {
      try {
        queue.put(CompletableFuture.failedFuture(t));
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

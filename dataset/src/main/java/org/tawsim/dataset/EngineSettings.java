package org.tawsim.dataset;

import java.time.Duration;

/**
 * The settings of the ordered parallel engine that {@link DatasetBuilder} and {@link
 * ParallelAnnotator} share: threads, how much may be in flight, and the time budget of one
 * document. Each has a default. Not thread-safe.
 *
 * @param <B> the builder these settings belong to, which each setter returns
 */
abstract class EngineSettings<B extends EngineSettings<B>> {

  int threads = Runtime.getRuntime().availableProcessors();
  private int window;
  int charBudget = 4_000_000;
  Duration docTimeout = DatasetBuilder.DEFAULT_DOC_TIMEOUT;

  abstract B self();

  /** Sets the number of annotating threads; default the number of processors. */
  public B threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
    return self();
  }

  /** Sets how many documents may be in flight; default 8 per thread, at least 16. */
  public B window(int documents) {
    if (documents < 1) {
      throw new IllegalArgumentException("window must be at least 1: " + documents);
    }
    this.window = documents;
    return self();
  }

  /** Sets how many characters may be in flight; default 4,000,000. */
  public B charBudget(int characters) {
    if (characters < 1) {
      throw new IllegalArgumentException("character budget must be at least 1: " + characters);
    }
    this.charBudget = characters;
    return self();
  }

  /**
   * Sets the time budget of one input document; default 60 s, {@link Duration#ZERO} for none. A
   * document still being annotated after it is rejected with the reason {@code annotation
   * exceeded N s}, and the run goes on; its worker thread is abandoned and loops on until its
   * annotator returns, and a new worker takes its place.
   */
  public B docTimeout(Duration budget) {
    this.docTimeout = TimeBudget.checked(budget);
    return self();
  }

  /** Returns the window: the one set, or 8 per thread and at least 16. */
  int window() {
    return window > 0 ? window : Math.max(16, threads * 8);
  }
}

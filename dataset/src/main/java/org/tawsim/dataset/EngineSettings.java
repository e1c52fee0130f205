/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.time.Duration;
import org.apache.commons.lang3.Validate;

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
  Duration docTimeout = BuildSettings.DEFAULT_DOC_TIMEOUT;

  abstract B self();

  /**
   * Sets the number of annotating threads; default the number of processors.
   *
   * @param threads the number of threads, at least 1
   * @return this builder
   */
  public B threads(int threads) {
    Validate.isTrue(threads >= 1, "threads must be at least 1: %d", threads);
    this.threads = threads;
    return self();
  }

  /**
   * Sets how many documents may be in flight; default 64 per thread, at least 128. The workers
   * take them in batches of up to a quarter of the window per thread (16 documents by default),
   * so that a small window hands them over one by one.
   *
   * @param documents the number of documents
   * @return this builder
   */
  public B window(int documents) {
    Validate.isTrue(documents >= 1, "window must be at least 1: %d", documents);
    this.window = documents;
    return self();
  }

  /**
   * Sets how many characters may be in flight; default 4,000,000.
   *
   * @param characters the number of characters
   * @return this builder
   */
  public B charBudget(int characters) {
    Validate.isTrue(characters >= 1, "character budget must be at least 1: %d", characters);
    this.charBudget = characters;
    return self();
  }

  /**
   * Sets the time budget of one input document; default 60 s, {@link Duration#ZERO} for none. A
   * document still being annotated after it is rejected with the reason {@code annotation
   * exceeded N s}, and the run goes on; its worker thread is abandoned and loops on until its
   * annotator returns, and a new worker takes its place.
   *
   * @param budget the time budget
   * @return this builder
   */
  public B docTimeout(Duration budget) {
    this.docTimeout = BuildSettings.checkedTimeout(budget);
    return self();
  }

  /** Returns the window: the one set, or 64 per thread and at least 128. */
  int window() {
    return window > 0 ? window : Math.max(128, threads * 64);
  }
}

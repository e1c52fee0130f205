/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import org.tawsim.core.Pipeline;

/**
 * The pipeline of the running job in this JVM, built on first use and then shared by every task
 * of that job that runs here.
 *
 * <p>Why a static holder: Spark deserializes a task's closure once per task, so a pipeline built
 * in the closure would be built once per partition, and one built per record would reload models
 * for every document. The holder keeps one pipeline per executor JVM, keyed by the job's run id, so
 * a later job in a long-lived executor (or another test in the same JVM) gets its own pipeline
 * rather than a stale one. Only the latest run is kept.
 */
final class ExecutorPipeline {

  private record Entry(String runId, Pipeline pipeline) {}

  private static volatile Entry current;

  private ExecutorPipeline() {}

  /** Returns the pipeline of this run, creating it with the factory if this JVM has none yet. */
  static Pipeline get(String runId, PipelineFactory factory) {
    Entry e = current;
    if (e != null && e.runId.equals(runId)) {
      return e.pipeline;
    }
    synchronized (ExecutorPipeline.class) {
      e = current;
      if (e == null || !e.runId.equals(runId)) {
        e = new Entry(runId, factory.create());
        current = e;
      }
      return e.pipeline;
    }
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.Serializable;
import org.tawsim.core.Pipeline;

/**
 * Makes the pipeline a Spark job annotates with, on each executor.
 *
 * <p>The factory, not the pipeline, travels from the driver to the executors: pipelines hold
 * models and gazetteers that are neither small nor serializable. Each executor calls {@link
 * #create()} once per job, the first time one of its tasks needs it, and shares the result among its
 * tasks, so the pipeline it returns must be thread-safe (as {@code Annotators.defaultPipeline()}
 * is). A method reference such as {@code Annotators::defaultPipeline} is a valid factory.
 */
@FunctionalInterface
public interface PipelineFactory extends Serializable {

  /** Returns a new pipeline; called once per executor and job. */
  Pipeline create();
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The dataset builder on Apache Spark, for corpora that outgrow one machine.
 *
 * <p>Entry points: {@link org.tawsim.spark.SparkBuild} (the job, run in a {@code SparkSession}
 * the caller owns; settings mirror {@code DatasetBuilder}), {@link
 * org.tawsim.spark.PipelineFactory} (how the pipeline reaches the executors) and {@link
 * org.tawsim.spark.SparkBuildCommand} ({@code tawsim spark-build}, the main class of both jars).
 * Everything else is package-private.
 *
 * <p>The job gives one machine's results: the same ids, the same pipeline, the same seeded-hash
 * split ({@code HashSplitter}) and page cutting ({@code PageSegmenter}), and in each split the
 * input order. It reads and writes through Hadoop's file systems, so {@code hdfs://} and object
 * stores work with the user's Hadoop configuration.
 */
package org.tawsim.spark;

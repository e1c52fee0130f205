/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a test class: local mode on two threads, no web UI. */
final class LocalSession {

  /** The repository's sample corpus, which the Spark tests build. */
  static final Path SAMPLES =
      Path.of(System.getProperty("user.dir")).getParent().resolve("samples/ntrex");

  private LocalSession() {}

  /** Starts the session, or returns the one running; the test class stops it when done. */
  static SparkSession start(String name) {
    return SparkSession.builder()
        .master("local[2]")
        .appName(name)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Spark session of a test class, local mode on two threads and no web UI, started before its
 * first test and stopped after its last:
 *
 * <pre>{@code
 * @RegisterExtension static final LocalSession SPARK = new LocalSession();
 * ... job.run(SPARK.session(), inputs, out) ...
 * }</pre>
 */
final class LocalSession implements BeforeAllCallback, AfterAllCallback {

  /** The repository's sample corpus, which the Spark tests build. */
  static final Path SAMPLES =
      Path.of(System.getProperty("user.dir")).getParent().resolve("samples/ntrex");

  private SparkSession session;

  @Override
  public void beforeAll(ExtensionContext context) {
    session =
        SparkSession.builder()
            .master("local[2]")
            .appName(context.getRequiredTestClass().getSimpleName())
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (session != null) {
      session.stop();
      session = null;
    }
  }

  /** {@return the running session} */
  SparkSession session() {
    if (session == null) {
      throw new IllegalStateException("no Spark session outside the tests of its class");
    }
    return session;
  }
}

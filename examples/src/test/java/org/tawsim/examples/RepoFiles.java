/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository that the examples read: the sample corpus and training text. */
final class RepoFiles {

  private RepoFiles() {}

  /** Returns a path under the repository root (the tests run in {@code examples/}). */
  static Path path(String first, String... more) {
    Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve(Path.of(first, more));
    assertTrue(Files.exists(p), () -> "missing repository file " + p);
    return p;
  }
}

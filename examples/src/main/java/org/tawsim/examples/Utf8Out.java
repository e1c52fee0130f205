/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output in UTF-8 for the examples' {@code main} methods, whatever the platform's default
 * charset (which would print Arabic as {@code ?} under a C locale).
 */
final class Utf8Out {

  private static final PrintStream OUT =
      new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

  private Utf8Out() {}

  /** Prints the value's string form as it is (add the final newline to it). */
  static void print(Object value) {
    OUT.print(value);
    OUT.flush();
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.Serializable;

/**
 * The bytes of one input document before it is decoded: a whole text file, or one JSONL line.
 *
 * <p>Bytes, not a {@code String}, travel from the reading step to the annotating step so that
 * invalid UTF-8 is rejected by the same strict decoder {@code tawsim build} uses, never replaced.
 * A class rather than a record because it holds an array (a record would compare it by identity).
 */
final class RawInput implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The file's path, for messages. */
  final String input;
  /** The document id of a text file; null for a JSONL line, whose id is inside it. */
  final String id;
  /** Where in the file the document starts ({@code "line 3"}, {@code "byte 4096"}); empty for a whole file. */
  final String location;
  /** The raw bytes; null when the file could not be read. */
  final byte[] bytes;
  /** Why the file could not be read, or null. */
  final String problem;
  /** The byte offset of a JSONL line in its (uncompressed) file; -1 when unknown. */
  final long lineStart;

  private RawInput(
      String input, String id, String location, byte[] bytes, String problem, long lineStart) {
    this.input = input;
    this.id = id;
    this.location = location;
    this.bytes = bytes;
    this.problem = problem;
    this.lineStart = lineStart;
  }

  static RawInput textFile(String input, String id, byte[] bytes) {
    return new RawInput(input, id, "", bytes, null, 0);
  }

  static RawInput jsonlLine(String input, String location, byte[] bytes, long lineStart) {
    return new RawInput(input, null, location, bytes, null, lineStart);
  }

  static RawInput unreadable(String input, String problem) {
    return new RawInput(input, null, "", null, problem, -1);
  }

  /** Returns true for a JSONL line, false for a whole text file. */
  boolean jsonl() {
    return id == null && problem == null;
  }
}

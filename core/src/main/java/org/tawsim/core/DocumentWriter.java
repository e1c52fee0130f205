/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.io.Closeable;
import java.io.IOException;

/**
 * A sink for documents, such as a JSONL or CoNLL file.
 *
 * <p>Writers produce byte-stable output: UTF-8, {@code \n} line ends, a fixed field order. A writer
 * that was handed an open stream does not close it. Writers are not thread-safe.
 */
public interface DocumentWriter extends Closeable {

  /**
   * Writes one document.
   *
   * @param document the document to write
   * @throws java.io.IOException when the output fails or the document cannot be written in this
   *     format
   */
  void write(Document document) throws IOException;
}

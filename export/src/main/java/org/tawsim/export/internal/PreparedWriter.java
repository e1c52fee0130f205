/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.internal;

import java.io.Flushable;
import java.io.IOException;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;

/**
 * A writer that also writes a {@link PreparedDocument}, so that the writers of one document in
 * several formats share what each would derive from it. Written alone, a document is prepared for
 * this writer only. The bytes are the same either way.
 */
public interface PreparedWriter extends DocumentWriter, Flushable {

  /**
   * Writes a prepared document.
   *
   * @param p the document and what the writers derived from it
   * @throws IOException when writing fails
   */
  void write(PreparedDocument p) throws IOException;

  @Override
  default void write(Document d) throws IOException {
    write(PreparedDocument.of(d));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.tawsim.core.io.PendingFile;

/**
 * An output file written under a temporary name and renamed when complete, so that an interrupted
 * run leaves nothing that looks complete; or standard output. Files go through {@link PendingFile}.
 */
final class Output implements AutoCloseable {

  /** The name standard output goes by. */
  static final String STDOUT = "-";

  private final PendingFile file;
  private final OutputStream stream;
  private boolean committed;

  private Output(PendingFile file, OutputStream stream) {
    this.file = file;
    this.stream = stream;
  }

  /** Opens {@code name} for writing, or standard output for {@code -}. */
  static Output open(String name, PrintStream stdout) throws IOException {
    if (name.equals(STDOUT)) {
      return new Output(null, new BufferedOutputStream(stdout, 1 << 16) {
        @Override
        public void close() throws IOException {
          flush();
        }
      });
    }
    PendingFile file = PendingFile.create(Path.of(name));
    return new Output(file, file.stream());
  }

  /** Returns the stream to write to. */
  OutputStream stream() {
    return stream;
  }

  /** Closes the stream and moves the file into place. */
  void commit() throws IOException {
    if (file == null) {
      stream.close();
    } else {
      file.commit();
    }
    committed = true;
  }

  /** Removes the temporary file unless {@link #commit()} ran. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    if (file == null) {
      stream.close();
    } else {
      file.close();
    }
  }
}

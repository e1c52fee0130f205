/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.io;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * A view of a stream whose {@link #close()} does nothing, for handing standard input to a reader
 * that closes its stream: the process's stdin stays open for whoever reads it next.
 */
public final class NonClosingInputStream extends FilterInputStream {

  /**
   * Wraps {@code in}, which this view never closes.
   *
   * @param in the stream to read
   */
  public NonClosingInputStream(InputStream in) {
    super(in);
  }

  @Override
  public void close() {}
}

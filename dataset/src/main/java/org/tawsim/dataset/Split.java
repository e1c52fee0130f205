/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.util.Locale;

/** The three parts of a corpus: what a model trains on, tunes on and is tested on. */
public enum Split {
  /** Training data. */
  TRAIN,
  /** Development (validation) data. */
  DEV,
  /** Held-out test data. */
  TEST;

  /** {@return the lower-case name used in file names, such as {@code "train"}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

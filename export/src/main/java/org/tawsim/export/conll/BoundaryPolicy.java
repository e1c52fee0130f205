/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll;

import java.util.Locale;

/**
 * What a token-based writer does with an entity whose span does not fall on token boundaries, such
 * as an entity that ends inside a token ({@code بوتين} inside the token {@code لبوتين}).
 *
 * <p>Whatever the policy, the writer counts each case in its {@link ExportReport} and warns about
 * it; nothing is adjusted or dropped silently.
 */
public enum BoundaryPolicy {
  /** Widen the entity to the tokens it overlaps. The default: no entity is lost. */
  EXPAND,
  /** Leave the entity out. */
  DROP;

  /** {@return the lower-case name used on the command line} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

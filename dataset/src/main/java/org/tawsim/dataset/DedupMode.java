/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

/**
 * What the builder does with exact and near-duplicate documents, so that no copy of a training
 * document leaks into dev or test.
 *
 * <p>Documents are compared in input order; the first of a group of copies is its
 * <em>representative</em> and decides the split of the whole group.
 */
public enum DedupMode {
  /**
   * Writes one document per group of exact copies (same words after normalisation) and drops the
   * other copies; near-copies are all written, in the split of their representative.
   */
  KEEP_ONE,
  /** Writes only the representative of each group; every exact or near copy after it is dropped. */
  DROP,
  /** No detection: each document's split comes from its own id. */
  OFF
}

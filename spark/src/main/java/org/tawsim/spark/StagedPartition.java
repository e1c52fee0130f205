/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.Serializable;
import java.util.List;

/**
 * The driver's decisions for the staged documents of one partition, in their order: the ordinal of
 * the {@code Split} each goes to, or {@link #DROP}; with what pass two needs to find each
 * document's staged bytes. A class, not a record: it holds arrays.
 */
final class StagedPartition implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The code of a document that is dropped as a duplicate. */
  static final byte DROP = -1;

  final int partition;
  final byte[] decisions;
  /** Per format, the byte length of each document's staged rendering. */
  final List<int[]> lengths;
  /** The documents (indices, ascending) also staged as native JSONL: hf must render them again. */
  final int[] hfRedo;

  StagedPartition(int partition, byte[] decisions, List<int[]> lengths, int[] hfRedo) {
    this.partition = partition;
    this.decisions = decisions;
    this.lengths = lengths;
    this.hfRedo = hfRedo;
  }
}

package org.tawsim.spark;

import java.io.Serializable;

/**
 * The driver's decisions for the staged documents of one partition, in their order: the ordinal of
 * the {@code Split} each goes to, or {@link #DROP}. A class, not a record: it holds an array.
 */
final class StagedPartition implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The code of a document that is dropped as a duplicate. */
  static final byte DROP = -1;

  final int partition;
  final byte[] decisions;

  StagedPartition(int partition, byte[] decisions) {
    this.partition = partition;
    this.decisions = decisions;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll;

import java.util.Objects;
import org.tawsim.core.EntityType;

/**
 * An entity over a run of tokens of one sentence: what a tag sequence encodes.
 *
 * @param start index of the first token, from 0
 * @param end index just past the last token (exclusive), greater than {@code start}
 * @param type the entity type
 */
public record Chunk(int start, int end, EntityType type) {

  /**
   * Rejects a null type, a negative start and an empty or reversed range, naming the values.
   *
   * @param start the first token's index
   * @param end the index past the last token
   * @param type the entity type
   */
  public Chunk {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "invalid chunk [" + start + ", " + end + ") of " + type + ": need 0 <= start < end");
    }
  }

  /** {@return the number of tokens the chunk covers} */
  public int length() {
    return end - start;
  }
}

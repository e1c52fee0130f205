/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import org.tawsim.core.EntityType;

/**
 * A possible entity over tokens {@code [start, end)}, before overlaps are resolved.
 *
 * @param start first token
 * @param end token just past the last
 * @param type entity type
 * @param source the list or rule that found it
 * @param priority rank against an overlapping candidate of the same length
 * @param cut normalised characters of proclitics before the stem in the first token
 */
record Candidate(int start, int end, EntityType type, String source, int priority, int cut) {

  int length() {
    return end - start;
  }
}

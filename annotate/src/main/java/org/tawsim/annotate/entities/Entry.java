/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.Objects;
import org.tawsim.core.EntityType;

/**
 * What a list says of a phrase: its type, the list it came from and how strongly it holds against an
 * overlapping match (higher wins between matches of equal length).
 *
 * @param type the entity type
 * @param source the list, as {@code "gazetteer:countries"}
 * @param priority rank against overlapping matches of the same length
 */
record Entry(EntityType type, String source, int priority) {

  Entry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
  }

  /** Keeps the entry of higher priority; on a tie, the first one added. */
  static Entry stronger(Entry a, Entry b) {
    return b.priority > a.priority ? b : a;
  }
}

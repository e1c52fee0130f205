/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.util.Objects;

/**
 * A named entity or numeric expression.
 *
 * @param span the entity's text; by default whole words, clitics included, as ANERcorp marks them
 * @param type what the entity is: {@link EntityType#PER}, {@link EntityType#LOC}, ... or a user type
 * @param source which list or rule found it, such as {@code "gazetteer:countries"} or {@code
 *     "rule:title+name"}; the empty string when unknown (gold data)
 */
public record Entity(Span span, EntityType type, String source) implements Annotation {

  /**
   * Rejects nulls.
   *
   * @param span the entity's text
   * @param type what the entity is
   * @param source which list or rule found it; the empty string when unknown
   */
  public Entity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
  }

  /**
   * {@return an entity with no recorded source, as gold data has}
   *
   * @param span the entity's text
   * @param type what the entity is
   */
  public static Entity of(Span span, EntityType type) {
    return new Entity(span, type, "");
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.util.Objects;

/**
 * A part of a page: body, headline, dateline and so on.
 *
 * @param span the zone's text, usually whole lines
 * @param type what the part is
 */
public record Zone(Span span, ZoneType type) implements Annotation {

  /**
   * Rejects nulls.
   *
   * @param span the zone's characters
   * @param type what kind of zone it is
   */
  public Zone {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** Parses the lower-case file labels of the closed vocabularies. */
final class Labels {

  private Labels() {}

  static <E extends Enum<E>> E parse(Class<E> type, String label) {
    Objects.requireNonNull(label, "label");
    try {
      return Enum.valueOf(type, label.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String valid =
          Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", "));
      throw new IllegalArgumentException(
          "unknown " + type.getSimpleName() + " '" + label + "' (expected one of: " + valid + ")", e);
    }
  }
}

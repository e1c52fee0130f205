/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.tawsim.core.EntityType;

/**
 * Turns the labels of an annotation tool's file into entity types, as the importers read them: a
 * label that is a valid type name is that type; another is upper-cased with every character
 * outside {@code A-Z 0-9 _ -} made {@code _} (and {@code X_} put before one that does not start
 * with a letter). A label that is not one of Tawsim's usual types becomes a new type, with one
 * warning per label. Not API. Not thread-safe: one per reader.
 */
public final class EntityLabels {

  /** Tawsim's usual types, which import without a warning. */
  public static final List<String> USUAL =
      List.of("PER", "LOC", "ORG", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "MISC");

  private final Consumer<String> warnings;
  private final Map<String, EntityType> seen = new HashMap<>();

  /** Creates a converter that tells {@code warnings} of each new label once. */
  public EntityLabels(Consumer<String> warnings) {
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /**
   * {@return the type of a label}
   *
   * @throws IllegalArgumentException for an empty label
   */
  public EntityType type(String label) {
    EntityType known = seen.get(label);
    if (known != null) {
      return known;
    }
    if (label.isBlank()) {
      throw new IllegalArgumentException("empty entity label");
    }
    StringBuilder name = new StringBuilder();
    label.strip().toUpperCase(Locale.ROOT).codePoints().forEach(c -> {
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
        name.append((char) c);
      } else if (c < 0x80) {
        name.append('_');
      } else {
        // one letter of another script each its own code: شخص and مكان stay two types
        name.append(String.format(Locale.ROOT, "U%04X", c));
      }
    });
    if (name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
      name.insert(0, "X_");
    }
    EntityType type = EntityType.of(name.toString());
    if (!USUAL.contains(type.name())) {
      warnings.accept("unknown label '" + label + "' imported as a new entity type "
          + type.name());
    } else if (!type.name().equals(label)) {
      warnings.accept("label '" + label + "' imported as entity type " + type.name());
    }
    seen.put(label, type);
    return type;
  }
}

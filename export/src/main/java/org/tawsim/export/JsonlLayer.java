/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The annotation layers of native JSONL, by their field names: which ones the native JSONL writer
 * writes ({@link ExportOptions}, {@code --layers sentences,entities,quotes}). The text, id and
 * metadata are always written; the reader ({@link ReaderFormat#JSONL}) reads any subset, and a
 * layer left out is absent from the document read, not empty.
 */
public enum JsonlLayer {
  /** {@code zones}: headline, body, source lines... */
  ZONES("zones"),
  /** {@code sentences}. */
  SENTENCES("sentences"),
  /** {@code tokens}, each with its normalised form: the largest layer, five times the text. */
  TOKENS("tokens"),
  /** {@code entities}. */
  ENTITIES("entities"),
  /**
   * {@code quotes}; a quotation's {@code speaker_entity} index is written only with the entity
   * layer it points into.
   */
  QUOTES("quotes");

  private final String label;

  JsonlLayer(String label) {
    this.label = label;
  }

  /** {@return the field name, such as {@code "tokens"}} */
  public String label() {
    return label;
  }

  /** {@return every layer} */
  public static Set<JsonlLayer> all() {
    return EnumSet.allOf(JsonlLayer.class);
  }

  /**
   * {@return the layers named in a comma-separated list, ignoring case and spaces}
   *
   * @param names the layer names, such as {@code tokens,entities}
   * @throws IllegalArgumentException naming a name that is no layer, and the valid ones
   */
  public static Set<JsonlLayer> parse(String names) {
    Objects.requireNonNull(names, "names");
    Set<JsonlLayer> layers = EnumSet.noneOf(JsonlLayer.class);
    for (String name : names.split(",", -1)) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      JsonlLayer layer =
          Arrays.stream(values()).filter(l -> l.label.equals(n)).findFirst().orElse(null);
      if (layer == null) {
        throw new IllegalArgumentException(
            "unknown layer '"
                + name.strip()
                + "' (expected some of: "
                + Arrays.stream(values()).map(JsonlLayer::label).collect(Collectors.joining(", "))
                + ")");
      }
      layers.add(layer);
    }
    return layers;
  }
}

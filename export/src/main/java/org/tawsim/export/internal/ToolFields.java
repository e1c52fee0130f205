/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the fields the annotation tools' files share, as the importers read them: a document's id
 * and its metadata object. Not API.
 */
public final class ToolFields {

  private ToolFields() {}

  /** {@return an id: a non-empty string or a whole number; null when there is none} */
  public static String id(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual() && !node.textValue().isEmpty()) {
      return node.textValue();
    }
    return node.isIntegralNumber() ? node.asText() : null;
  }

  /**
   * {@return the fields of a metadata object but those named in {@code except}, in file order: a
   * string as it is, any other value as its JSON text} Empty when {@code meta} is null or not an
   * object.
   */
  public static Map<String, String> metadata(JsonNode meta, Collection<String> except) {
    Map<String, String> metadata = new LinkedHashMap<>();
    if (meta != null && meta.isObject()) {
      meta.fields().forEachRemaining(e -> {
        if (!except.contains(e.getKey())) {
          metadata.put(e.getKey(),
              e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString());
        }
      });
    }
    return metadata;
  }
}

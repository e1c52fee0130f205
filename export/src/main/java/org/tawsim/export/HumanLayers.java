/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tawsim.core.Annotation;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.Quotation;

/**
 * Which layers of a document a person made: the metadata entry {@value #KEY}, a comma-separated
 * list of layer names ({@code entities}, {@code quotes}) that the importers of annotation tools
 * write and the dataset builder reads.
 *
 * <p>The entry travels in native JSONL's {@code meta} like any metadata, so a corrected document
 * keeps it through {@code tawsim import}, {@code tawsim build} and back. Immutable; thread-safe.
 */
public final class HumanLayers {

  /** The metadata key. */
  public static final String KEY = "human_layers";

  private static final Map<Class<? extends Annotation>, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put(Entity.class, "entities");
    NAMES.put(Quotation.class, "quotes");
  }

  private HumanLayers() {}

  /**
   * {@return the document with these layers recorded as made by a person, beside any recorded
   * before}
   *
   * @param d the document
   * @param kinds the annotation classes of the layers
   * @throws IllegalArgumentException for a layer other than entities and quotations
   */
  public static Document mark(Document d, Collection<Class<? extends Annotation>> kinds) {
    Objects.requireNonNull(d, "d");
    Set<Class<? extends Annotation>> all = new LinkedHashSet<>(of(d));
    all.addAll(kinds);
    List<String> names = new ArrayList<>();
    for (Map.Entry<Class<? extends Annotation>, String> e : NAMES.entrySet()) {
      if (all.remove(e.getKey())) {
        names.add(e.getValue());
      }
    }
    if (!all.isEmpty()) {
      throw new IllegalArgumentException("only entities and quotations are recorded as human: " + all);
    }
    Map<String, String> meta = new LinkedHashMap<>(d.metadata());
    meta.put(KEY, String.join(",", names));
    return d.withMetadata(meta);
  }

  /**
   * {@return the layers recorded as made by a person; empty when none (names not known are
   * ignored)}
   *
   * @param d the document
   */
  public static Set<Class<? extends Annotation>> of(Document d) {
    String value = d.metadata().get(KEY);
    if (value == null || value.isEmpty()) {
      return Set.of();
    }
    Set<Class<? extends Annotation>> kinds = new LinkedHashSet<>();
    for (String name : value.split(",")) {
      NAMES.forEach((k, n) -> {
        if (n.equals(name.trim())) {
          kinds.add(k);
        }
      });
    }
    return kinds;
  }
}

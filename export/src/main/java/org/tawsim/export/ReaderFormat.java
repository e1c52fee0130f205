/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats Tawsim reads back, by the names {@link OutputFormat} writes them under: {@code
 * jsonl}, {@code conll}, {@code conllu}, {@code spacy}, {@code doccano}, {@code labelstudio} (every
 * output format but {@code hf}, whose rows hold tags without the text). {@link Formats#reader}
 * opens the reader of each.
 */
public enum ReaderFormat {
  /** Tawsim's native JSONL, every layer. */
  JSONL("jsonl"),
  /** CoNLL-2002/2003, token first and tag last ({@link org.tawsim.export.conll.ConllReader}). */
  CONLL("conll"),
  /** CoNLL-U with entity tags in MISC. */
  CONLLU("conllu"),
  /** spaCy / Prodigy JSONL. */
  SPACY("spacy"),
  /** doccano JSONL, labels or entities with relations. */
  DOCCANO("doccano"),
  /** Label Studio's JSON or JSON-MIN export. */
  LABELSTUDIO("labelstudio");

  private final String label;

  ReaderFormat(String label) {
    this.label = label;
  }

  /** {@return the format's name, such as {@code "conllu"}} */
  public String label() {
    return label;
  }

  /**
   * {@return the reader of what the output format writes, or empty for {@code hf}}
   *
   * @param written the output format
   */
  public static Optional<ReaderFormat> of(OutputFormat written) {
    Objects.requireNonNull(written, "written");
    return Arrays.stream(values()).filter(f -> f.label.equals(written.label())).findFirst();
  }

  /**
   * {@return the format with this name, ignoring case}
   *
   * @param label the format's name, such as {@code jsonl}
   * @throws IllegalArgumentException naming the valid names
   */
  public static ReaderFormat fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    for (ReaderFormat f : values()) {
      if (f.label.equalsIgnoreCase(label)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown input format '" + label + "' (expected one of: "
        + Arrays.stream(values()).map(ReaderFormat::label).collect(Collectors.joining(", ")) + ")");
  }
}

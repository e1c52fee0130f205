/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.export.conll.internal.ConllWriter;
import org.tawsim.export.conllu.ConlluWriter;
import org.tawsim.export.jsonl.DoccanoJsonlWriter;
import org.tawsim.export.jsonl.HfJsonlWriter;
import org.tawsim.export.jsonl.JsonlWriter;
import org.tawsim.export.jsonl.SpacyJsonlWriter;
import org.tawsim.export.labelstudio.LabelStudioWriter;

/**
 * The output formats by the names used everywhere (command line, dataset builder, API): {@code
 * jsonl}, {@code conll}, {@code conllu}, {@code spacy}, {@code hf}, {@code doccano}, {@code
 * labelstudio}; {@link Formats#writer} opens the {@link DocumentWriter} of each, and {@link
 * ReaderFormat} names the ones Tawsim reads back.
 *
 * <pre>{@code
 * OutputFormat f = OutputFormat.fromLabel("conll");
 * try (DocumentWriter w = Formats.writer(f, Path.of("train.conll"), ExportOptions.defaults())) {
 *   for (Document d : docs) w.write(d);
 * }
 * }</pre>
 *
 * <p>Every format but {@code jsonl}, {@code doccano} and {@code labelstudio} needs a token layer and
 * fails on a document without one, naming it. {@code hf} and {@code labelstudio} write a second
 * file, the label list and the labelling configuration ({@link #companionPath}). The files of
 * each format are described line by line in the project's {@code docs/formats.md}.
 */
public enum OutputFormat {
  /** Tawsim's native JSONL: every layer, readable back. */
  JSONL("jsonl", ".jsonl"),
  /** CoNLL-2002/2003. */
  CONLL("conll", ".conll"),
  /** CoNLL-U. */
  CONLLU("conllu", ".conllu"),
  /** spaCy / Prodigy JSONL. */
  SPACY("spacy", ".spacy.jsonl"),
  /** Hugging Face token classification JSONL plus a label file. */
  HF("hf", ".hf.jsonl"),
  /** doccano import JSONL. */
  DOCCANO("doccano", ".doccano.jsonl"),
  /** Label Studio tasks, a JSON array, plus the project's labelling configuration. */
  LABELSTUDIO("labelstudio", ".labelstudio.json");

  private final String label;
  private final String extension;

  OutputFormat(String label, String extension) {
    this.label = label;
    this.extension = extension;
  }

  /** {@return the format's name, such as {@code "conllu"}} */
  public String label() {
    return label;
  }

  /** {@return the usual file ending, such as {@code ".conll"} or {@code ".hf.jsonl"}} */
  public String extension() {
    return extension;
  }

  /**
   * {@return true when the bytes the format writes for a document do not depend on the documents
   * before it, so that a document can be encoded on its own ({@link WorkerEncoder})} False for
   * Label Studio's tasks: one JSON array, whose separators depend on the documents before.
   */
  public boolean encodesPerDocument() {
    return this != LABELSTUDIO;
  }

  /** {@return true when the format writes tokens, so documents need a token layer} */
  public boolean needsTokens() {
    return this != JSONL && this != DOCCANO && this != LABELSTUDIO;
  }

  /**
   * {@return the format with this name, ignoring case}
   *
   * @param label the format's name, such as {@code conll}
   * @throws IllegalArgumentException naming the valid names
   */
  public static OutputFormat fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    for (OutputFormat f : values()) {
      if (f.label.equalsIgnoreCase(label)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown output format '" + label + "' (expected one of: "
        + Arrays.stream(values()).map(OutputFormat::label).collect(Collectors.joining(", ")) + ")");
  }

  /**
   * Opens a writer onto a stream that the caller closes (after closing the writer).
   *
   * @param labels where {@code hf} writes its label list and {@code labelstudio} its labelling
   *     configuration when the writer is closed ({@link #companionPath}); ignored by the other
   *     formats, may be null for them and for {@code labelstudio} (no configuration then)
   * @throws IllegalArgumentException when the format is {@code hf} and {@code labels} is null
   */
  DocumentWriter open(OutputStream out, OutputStream labels, ExportOptions o)
      throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(o, "options");
    return switch (this) {
      case JSONL -> JsonlWriter.open(out, o);
      case CONLL -> ConllWriter.open(out, o);
      case CONLLU -> ConlluWriter.open(out, o);
      case SPACY -> SpacyJsonlWriter.open(out, o);
      case HF -> {
        if (labels == null) {
          throw new IllegalArgumentException(
              "format hf writes its label list beside the rows: give it a labels file");
        }
        yield HfJsonlWriter.open(out, labels, o);
      }
      case DOCCANO -> DoccanoJsonlWriter.open(out, o);
      case LABELSTUDIO -> LabelStudioWriter.open(out, labels);
    };
  }

  /**
   * Opens a writer onto a file (and, for {@code hf} and {@code labelstudio}, the file beside it at
   * {@link #companionPath}), creating or replacing them; closing the writer closes the files.
   */
  DocumentWriter open(Path file, ExportOptions o) throws IOException {
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    Path companion = companionPath(file);
    OutputStream labels = companion == null
        ? null
        : new BufferedOutputStream(Files.newOutputStream(companion), 1 << 12);
    DocumentWriter w;
    try {
      w = open(out, labels, o);
    } catch (IOException | RuntimeException e) {
      out.close();
      if (labels != null) {
        labels.close();
      }
      throw e;
    }
    return new Owning(w, out, labels);
  }

  /**
   * {@return where {@code hf} puts the label list of an output file: beside it, its name without
   * {@code .jsonl} followed by {@code .labels.json} ({@code train.hf.jsonl} gives {@code
   * train.hf.labels.json})}
   *
   * @param output the output file
   */
  public static Path labelsPath(Path output) {
    return output.resolveSibling(stem(output, ".jsonl") + ".labels.json");
  }

  /**
   * {@return the file a format writes beside its output, or null when it writes none: {@code hf}'s
   * label list ({@link #labelsPath}) and {@code labelstudio}'s labelling configuration, the output's
   * name without {@code .json} followed by {@code .config.xml} ({@code tasks.json} gives {@code
   * tasks.config.xml})}
   *
   * @param output the output file
   */
  public Path companionPath(Path output) {
    return switch (this) {
      case HF -> labelsPath(output);
      case LABELSTUDIO -> output.resolveSibling(stem(output, ".json") + ".config.xml");
      default -> null;
    };
  }

  private static String stem(Path output, String extension) {
    String name = output.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(extension)
        ? name.substring(0, name.length() - extension.length())
        : name;
  }

  /** A writer that closes the files it writes to with itself. */
  private record Owning(DocumentWriter writer, OutputStream out, OutputStream labels)
      implements DocumentWriter, java.io.Flushable {
    @Override
    public void write(Document d) throws IOException {
      writer.write(d);
    }

    @Override
    public void flush() throws IOException {
      ((java.io.Flushable) writer).flush();
    }

    @Override
    public void close() throws IOException {
      try (out; labels) {
        writer.close();
      }
    }
  }
}

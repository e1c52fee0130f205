/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.conll.ConllReader;
import org.tawsim.export.conllu.ConlluReader;
import org.tawsim.export.jsonl.DoccanoJsonlReader;
import org.tawsim.export.jsonl.JsonlReader;
import org.tawsim.export.jsonl.SpacyJsonlReader;
import org.tawsim.export.labelstudio.LabelStudioReader;

/**
 * The one entry point to every format: {@code writer} opens the writer of an {@link OutputFormat},
 * {@code reader} the reader of a {@link ReaderFormat}, onto a file or a stream.
 *
 * <pre>{@code
 * try (DocumentReader in = Formats.reader(ReaderFormat.JSONL, Path.of("annotated.jsonl"));
 *     DocumentWriter out = Formats.writer(OutputFormat.CONLL, Path.of("train.conll"), ExportOptions.defaults())) {
 *   for (Document d : in) {
 *     out.write(d);
 *   }
 * }
 * }</pre>
 *
 * <p>Ownership: what is opened from a {@link Path} is closed with the reader or writer. A writer
 * never closes a stream it was given (close the writer first, then the stream); a reader closes
 * the stream it reads, as the readers always have. Files are UTF-8 whatever the platform.
 *
 * <p>Readers hand a bad document to their {@link RejectHandler} (the overloads without one use
 * {@link RejectHandler#FAIL}: the first bad document stops reading) and tell of labels they meet
 * and regions they repair through {@code notices} (ignored by the overloads without it).
 */
public final class Formats {

  /**
   * How every notice of a repaired region begins (Label Studio's regions whose offsets disagree
   * with their text), so that a caller can count the repairs among the notices.
   */
  public static final String REPAIR_NOTICE = "repaired: ";

  private Formats() {}

  /**
   * Opens a writer onto a file (and, for {@code hf} and {@code labelstudio}, the file beside it at
   * {@link OutputFormat#companionPath}), creating or replacing them; closing the writer closes them.
   *
   * @param format the output format
   * @param file the output file
   * @param options the format's settings
   * @return the writer
   * @throws java.io.IOException when a file cannot be created
   */
  public static DocumentWriter writer(OutputFormat format, Path file, ExportOptions options)
      throws IOException {
    return format.open(Objects.requireNonNull(file, "file"), options);
  }

  /**
   * Opens a writer onto a stream that the caller closes after closing the writer.
   *
   * @param format the output format
   * @param out the stream to write to
   * @param options the format's settings
   * @return the writer
   * @throws IllegalArgumentException for {@code hf}, which needs a stream for its label list too
   *     ({@link #writer(OutputFormat, OutputStream, OutputStream, ExportOptions)})
   * @throws java.io.IOException when writing the format's opening fails
   */
  public static DocumentWriter writer(OutputFormat format, OutputStream out, ExportOptions options)
      throws IOException {
    return format.open(out, null, options);
  }

  /**
   * Opens a writer onto a stream, with the stream of its companion file: {@code hf}'s label list
   * (required for it) or {@code labelstudio}'s labelling configuration (may be null); ignored by the
   * other formats. The caller closes both streams after closing the writer.
   *
   * @param format the output format
   * @param out the stream to write to
   * @param companion the companion file's stream, or null
   * @param options the format's settings
   * @return the writer
   * @throws java.io.IOException when writing the format's opening fails
   */
  public static DocumentWriter writer(
      OutputFormat format, OutputStream out, OutputStream companion, ExportOptions options)
      throws IOException {
    return format.open(out, companion, options);
  }

  /**
   * Opens a reader of a file that stops at the first bad document.
   *
   * @param format the input format
   * @param file the file to read
   * @return the reader
   * @throws java.io.IOException when the file cannot be opened
   */
  public static DocumentReader reader(ReaderFormat format, Path file) throws IOException {
    return reader(format, file, RejectHandler.FAIL, notice -> {});
  }

  /**
   * Opens a reader of a file; the file is closed with the reader.
   *
   * @param format the input format
   * @param file the file to read
   * @param rejects what happens to a bad document
   * @param notices receives the labels met and the regions repaired
   * @return the reader
   * @throws java.io.IOException when the file cannot be opened
   */
  public static DocumentReader reader(
      ReaderFormat format, Path file, RejectHandler rejects, Consumer<String> notices)
      throws IOException {
    Objects.requireNonNull(file, "file");
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      return reader(format, file.toString(), in, rejects, notices);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Opens a reader of a stream that stops at the first bad document; the stream is closed with the
   * reader.
   *
   * @param name the input's name, for messages (and the document ids of CoNLL and CoNLL-U)
   * @param format the input format
   * @param in the stream to read
   * @return the reader
   * @throws java.io.IOException when the stream cannot be read
   */
  public static DocumentReader reader(ReaderFormat format, String name, InputStream in)
      throws IOException {
    return reader(format, name, in, RejectHandler.FAIL, notice -> {});
  }

  /**
   * {@return every document of a file, failing at the first bad one}
   *
   * @param format the input format
   * @param file the file to read
   * @throws java.io.IOException when the file cannot be read or holds a bad document
   */
  public static List<Document> readAll(ReaderFormat format, Path file) throws IOException {
    try (DocumentReader r = reader(format, file)) {
      return r.readAll();
    }
  }

  /**
   * {@return every document of a stream, which is closed, failing at the first bad one}
   *
   * @param format the input format
   * @param name the input's name, for messages
   * @param in the stream to read
   * @throws java.io.IOException when the stream cannot be read or holds a bad document
   */
  public static List<Document> readAll(ReaderFormat format, String name, InputStream in)
      throws IOException {
    try (DocumentReader r = reader(format, name, in)) {
      return r.readAll();
    }
  }

  /**
   * Opens a reader of a stream; the stream is closed with the reader.
   *
   * @param name the input's name, for messages (and the document ids of CoNLL and CoNLL-U)
   * @param format the input format
   * @param in the stream to read
   * @param rejects what happens to a bad document
   * @param notices receives the labels met and the regions repaired
   * @return the reader
   * @throws java.io.IOException when the stream cannot be read
   */
  public static DocumentReader reader(
      ReaderFormat format, String name, InputStream in, RejectHandler rejects,
      Consumer<String> notices) throws IOException {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(notices, "notices");
    return switch (format) {
      case JSONL -> new JsonlReader(name, in, rejects);
      case CONLL -> ConllReader.builder().build(name, in, rejects);
      case CONLLU -> new ConlluReader(name, in, rejects);
      case SPACY -> new SpacyJsonlReader(name, in, rejects, notices);
      case DOCCANO -> new DoccanoJsonlReader(name, in, rejects, notices);
      case LABELSTUDIO -> new LabelStudioReader(name, in, rejects, notices);
    };
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.internal.PreparedDocument;
import org.tawsim.export.internal.PreparedWriter;

/**
 * Makes the bytes a format writes for one document on any thread, so that the thread writing a
 * file in document order only copies them: the encoding of the formats, which would otherwise
 * cap a parallel run at the speed of one writing thread, runs on the annotation workers.
 *
 * <pre>{@code
 * WorkerEncoder conll = WorkerEncoder.of(OutputFormat.CONLL, options);
 * // on a worker
 * WorkerEncoder.Encoded e = conll.encode(annotated);
 * // on the writing thread, in document order, writer = Formats.writer(OutputFormat.CONLL, stream, options)
 * conll.write(e, annotated, stream, writer);
 * }</pre>
 *
 * <p><b>Several formats.</b> A document written in several formats is encoded in all of them by
 * {@link #encodeAll}, which prepares it once for their writers: its offsets are converted into
 * code points once, its text encoded as a JSON string once (the native JSONL, spaCy's and
 * doccano's write it), its tokens aligned once (CoNLL, CoNLL-U, spaCy's and Hugging Face's). Each
 * format's report still counts and warns the alignment's cases, as its writer alone would.
 *
 * <p><b>Same bytes.</b> The writers keep no state from one document to the next, but for two
 * things, which {@link #write} puts back in order: the cases of the {@link ExportReport} (counted
 * and warned in document order, from a recording report), and the label ids of {@code hf}, which
 * grow when a document holds an entity type not listed up front; such a document is not encoded
 * here ({@link Encoded#bytes} null) and the file's own writer writes it. A format that does not
 * {@linkplain OutputFormat#encodesPerDocument encode per document} (Label Studio's one JSON array)
 * is never encoded here: its file's writer writes every document.
 * A document whose encoding fails is left to the file's writer too, so that it fails there, in its
 * place, as it would have.
 * So a file written from encoded documents has the bytes the format's writer gives alone.
 *
 * <p>Thread-safe: each thread encodes with writers of its own.
 */
public final class WorkerEncoder {

  /**
   * One document encoded.
   *
   * @param bytes what the format writes for it, or null when the file's writer must write it
   * @param cases the report's cases of its encoding, to count in the file's report
   */
  public record Encoded(byte[] bytes, ExportReport cases) {}

  private final OutputFormat format;
  private final ExportOptions options;
  private final Set<EntityType> listedTypes;
  private final ThreadLocal<State> states = ThreadLocal.withInitial(this::newState);

  private WorkerEncoder(OutputFormat format, ExportOptions options) {
    this.format = format;
    this.options = options;
    this.listedTypes = new HashSet<>(options.hfTypes());
  }

  /**
   * {@return an encoder into this format with these settings (their report is the file's)}
   *
   * @param format the output format
   * @param options the format's settings
   */
  public static WorkerEncoder of(OutputFormat format, ExportOptions options) {
    return new WorkerEncoder(
        Objects.requireNonNull(format, "format"), Objects.requireNonNull(options, "options"));
  }

  /** One thread's writer, onto a buffer, with a report that records. */
  private record State(DocumentBytes buffer, ExportReport report, DocumentWriter writer) {}

  /**
   * The bytes of one document, as its writer passes them on when flushed: mostly in one write (a
   * document's bytes fit the writers' buffer), which is copied into an array of its exact size, the
   * one {@link Encoded#bytes} hands over. (Through a {@code ByteArrayOutputStream} every byte was
   * copied twice: into its buffer, then out of it.)
   */
  private static final class DocumentBytes extends OutputStream {
    private static final byte[] NONE = new byte[0];
    private byte[] bytes = NONE;
    private int size;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      Objects.checkFromIndexSize(off, len, b.length);
      if (size == 0) {
        bytes = Arrays.copyOfRange(b, off, off + len);
        size = len;
        return;
      }
      if (size + len > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + len, 2 * size));
      }
      System.arraycopy(b, off, bytes, size, len);
      size += len;
    }

    /** {@return the bytes written since the last call} */
    byte[] take() {
      byte[] taken = size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
      bytes = NONE;
      size = 0;
      return taken;
    }
  }

  private State newState() {
    DocumentBytes buffer = new DocumentBytes();
    ExportReport report = ExportReport.recording();
    try {
      return new State(
          buffer,
          report,
          format.open(buffer, OutputStream.nullOutputStream(), options.withReport(report)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // onto a byte buffer: does not happen
    }
  }

  /**
   * Encodes a document on the calling thread; see the class comment for a null {@code bytes}.
   *
   * @param d the annotated document
   * @return its bytes and report cases, or empty ones when the file's writer must write it
   */
  public Encoded encode(Document d) {
    return encode(PreparedDocument.of(Objects.requireNonNull(d, "d")));
  }

  /**
   * Encodes a document in several formats on the calling thread, preparing it once for all their
   * writers (see the class comment).
   *
   * @param d the annotated document
   * @param encoders one encoder per format, or null for a format not encoded here
   * @return what {@link #encode} gives for each encoder, in their order; null for a null encoder
   */
  public static Encoded[] encodeAll(Document d, List<WorkerEncoder> encoders) {
    PreparedDocument p = PreparedDocument.shared(Objects.requireNonNull(d, "d"));
    Encoded[] each = new Encoded[encoders.size()];
    for (int i = 0; i < each.length; i++) {
      WorkerEncoder e = encoders.get(i);
      each[i] = e == null ? null : e.encode(p);
    }
    return each;
  }

  private Encoded encode(PreparedDocument p) {
    Document d = p.document();
    if (!format.encodesPerDocument() || format == OutputFormat.HF && !typesListed(d)) {
      return new Encoded(null, null);
    }
    State s = states.get();
    try {
      if (s.writer() instanceof PreparedWriter w) {
        w.write(p);
      } else {
        s.writer().write(d);
      }
      ((Flushable) s.writer()).flush();
    } catch (IOException | RuntimeException e) {
      // a writer that failed halfway may hold half a document: start this thread afresh
      states.remove();
      return new Encoded(null, null);
    }
    return new Encoded(s.buffer().take(), s.report().drain());
  }

  private boolean typesListed(Document d) {
    for (Entity e : d.layer(Entity.class)) {
      if (!listedTypes.contains(e.type())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes an encoded document into its file, in document order: copies its bytes into {@code
   * file} and counts its cases in the options' report, or, when it was not encoded, has {@code
   * writer} write it (and flush, so that its bytes come before the next copied ones).
   *
   * @param file the stream {@code writer} writes to
   * @param writer the file's writer, opened by {@link OutputFormat#open} with the same options
   * @param e what {@link #encode} made of the document
   * @param d the document
   * @throws java.io.IOException when writing fails
   */
  public void write(Encoded e, Document d, OutputStream file, DocumentWriter writer)
      throws IOException {
    if (e.bytes() == null) {
      writer.write(d);
      ((Flushable) writer).flush();
      return;
    }
    e.cases().replayInto(options.report());
    file.write(e.bytes());
  }
}

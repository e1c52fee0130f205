/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.internal;

import java.io.IOException;
import java.util.Objects;
import org.tawsim.core.Document;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.text.CodePointOffsets;
import org.tawsim.export.conll.BoundaryPolicy;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.conll.TokenAlignment;

/**
 * A document with what the writers derive from it before writing a byte: its offset converter, its
 * text as a JSON string, its token alignment. A document written in several formats (the build
 * writes up to six, on the worker that annotated it: {@code WorkerEncoder}) is {@linkplain #shared
 * prepared once for all of them}, so that the offsets are converted, the text encoded and the
 * tokens aligned once, not once per writer:
 *
 * <pre>{@code
 * PreparedDocument p = PreparedDocument.shared(d);
 * jsonl.write(p);   // converts the offsets, encodes the text
 * spacy.write(p);   // aligns the tokens, copies the text's bytes
 * conllu.write(p);  // takes spaCy's alignment, replays its cases into its own report
 * }</pre>
 *
 * <p>A writer called alone prepares its own ({@link #of}): it encodes the text straight into its
 * sink and aligns into its own report, as if nothing were prepared. The alignment's cases are
 * recorded once and replayed into each writer's report, so every report counts and warns what the
 * writer alone would have, in the same order. Not thread-safe: one thread writes a prepared
 * document.
 */
public final class PreparedDocument {

  private final Document document;
  private final boolean shared;
  private CodePointOffsets offsets;
  private byte[] jsonText;
  /** By {@link BoundaryPolicy#ordinal}: the alignment, and the cases it reported. */
  private final TokenAlignment[] alignments = new TokenAlignment[BoundaryPolicy.values().length];
  private final ExportReport[] alignmentCases = new ExportReport[BoundaryPolicy.values().length];

  private PreparedDocument(Document document, boolean shared) {
    this.document = Objects.requireNonNull(document, "document");
    this.shared = shared;
  }

  /**
   * {@return a document prepared for one writer, which derives what it needs as it writes}
   *
   * @param d the document
   */
  public static PreparedDocument of(Document d) {
    return new PreparedDocument(d, false);
  }

  /**
   * {@return a document prepared for several writers, which derive each thing once}
   *
   * @param d the document
   */
  public static PreparedDocument shared(Document d) {
    return new PreparedDocument(d, true);
  }

  /** {@return the document} */
  public Document document() {
    return document;
  }

  /** {@return the converter of the text's offsets into code points, made at the first call} */
  public CodePointOffsets offsets() {
    if (offsets == null) {
      offsets = CodePointOffsets.of(document.text());
    }
    return offsets;
  }

  /**
   * Appends the text as a JSON string, quotes included ({@link Utf8Sink#appendJsonString}): for a
   * shared document, bytes encoded at the first call and copied at each.
   *
   * @param sink the writer's sink
   * @throws IOException when the sink cannot write
   */
  public void appendJsonText(Utf8Sink sink) throws IOException {
    String text = document.text();
    if (!shared) {
      sink.appendJsonString(text, 0, text.length());
      return;
    }
    if (jsonText == null) {
      jsonText = Utf8Sink.jsonString(text);
    }
    sink.append(jsonText);
  }

  /**
   * {@return the token alignment with this policy, its cases counted in {@code report}} For a shared
   * document, aligned at the first call with a policy, its cases replayed into each report.
   *
   * @param policy what happens to entities off token boundaries
   * @param report the writer's report
   * @throws InvalidInputException naming the document when it has no token layer
   */
  public TokenAlignment alignment(BoundaryPolicy policy, ExportReport report)
      throws InvalidInputException {
    if (!shared) {
      return TokenAlignment.of(document, policy, report);
    }
    int k = policy.ordinal();
    if (alignments[k] == null) {
      ExportReport cases = ExportReport.recording();
      alignments[k] = TokenAlignment.of(document, policy, cases);
      alignmentCases[k] = cases;
    }
    alignmentCases[k].replayInto(report);
    return alignments[k];
  }
}

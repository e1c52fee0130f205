/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.Span;
import org.tawsim.core.text.CodePointOffsets;
import org.tawsim.export.internal.CodePointSpans;
import org.tawsim.export.internal.EntityLabels;

/**
 * The line loop the readers of other tools' JSONL share: one JSON object per line, blank lines
 * skipped, a bad line handed to the {@link RejectHandler} naming the input and the line.
 */
abstract class ToolJsonlReader implements DocumentReader {

  private final InputStream in;
  private final JsonLines lines;
  private final RejectHandler rejects;
  final EntityLabels labels;

  ToolJsonlReader(String input, InputStream in, RejectHandler rejects, Consumer<String> notices) {
    Objects.requireNonNull(input, "input");
    this.in = Objects.requireNonNull(in, "in");
    this.lines = new JsonLines(input, in);
    this.rejects = Objects.requireNonNull(rejects, "rejects");
    this.labels = new EntityLabels(Objects.requireNonNull(notices, "notices"));
  }

  /** Returns the document of one line's object, with its human layers. */
  abstract Document parse(JsonNode root) throws InvalidInputException;

  @Override
  public final Optional<Document> read() throws IOException {
    return lines.read(rejects, root -> {
      try {
        return parse(root);
      } catch (IllegalArgumentException e) { // a layer a tool's file makes invalid
        throw lines.bad(e.getMessage(), e);
      }
    });
  }

  /** Returns a rejection of the current line. */
  final InvalidInputException bad(String reason) {
    return lines.bad(reason, null);
  }

  /** Returns the text, or rejects the line naming the document. */
  final String text(JsonNode root, String id) throws InvalidInputException {
    JsonNode t = root.get("text");
    if (t == null || !t.isTextual()) {
      throw bad("document '" + id + "' has no \"text\" string");
    }
    return t.textValue();
  }

  /** Returns the span of code-point offsets, checked against the text, in UTF-16 units. */
  final Span span(JsonNode start, JsonNode end, CodePointOffsets cp, String what)
      throws InvalidInputException {
    return CodePointSpans.span(start, end, cp, new CodePointSpans.Reject() {
      @Override
      public InvalidInputException notWhole() {
        return bad(what + " lacks whole-number offsets");
      }

      @Override
      public InvalidInputException outOfRange(long s, long e, int length) {
        return bad(what + " [" + s + ", " + e + ") is out of range for a text of " + length
            + " code points");
      }
    });
  }

  @Override
  public final void close() throws IOException {
    in.close();
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.tawsim.core.Document;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.io.StrictUtf8;

/**
 * The lines of a JSONL input as JSON objects, for the readers of this package: blank lines are
 * skipped; a line that is not UTF-8, not JSON or not an object goes to the {@link RejectHandler}
 * naming the input and the line, and reading goes on. Not thread-safe.
 */
final class JsonLines {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String input;
  private final StrictUtf8.LineReader lines;

  JsonLines(String input, InputStream in) {
    this.input = input;
    this.lines = new StrictUtf8.LineReader(input, in);
  }

  /**
   * Returns the next line that is not blank, not decoded yet (its bytes tell it is not blank), or
   * null at the end of the input.
   */
  StrictUtf8.Line nextLine(RejectHandler rejects) throws IOException {
    while (true) {
      StrictUtf8.Line line = lines.readRaw();
      if (line == null) {
        return null;
      }
      try {
        if (!line.isBlank()) {
          return line;
        }
      } catch (InvalidInputException e) {
        rejects.reject(e);
      }
    }
  }

  /** Returns a line's JSON object, or throws the line's rejection; thread-safe. */
  JsonNode object(StrictUtf8.Line line) throws InvalidInputException {
    try {
      JsonNode root = MAPPER.readTree(line.decode());
      if (root != null && root.isObject()) {
        return root;
      }
      throw bad(line.number(), "not a JSON object", null);
    } catch (JsonProcessingException e) {
      throw bad(line.number(), "not JSON (" + e.getOriginalMessage() + ")", e);
    }
  }

  /** Returns the next line's object, or null at the end of the input. */
  JsonNode next(RejectHandler rejects) throws IOException {
    while (true) {
      StrictUtf8.Line line = nextLine(rejects);
      if (line == null) {
        return null;
      }
      try {
        return object(line);
      } catch (InvalidInputException e) {
        rejects.reject(e);
      }
    }
  }

  /** Makes a document of one line's object, or rejects the line. */
  interface Parser {
    Document parse(JsonNode root) throws InvalidInputException;
  }

  /**
   * Returns the next line's document, or empty at the end of the input; a line that is no JSON
   * object, or that {@code parser} rejects, goes to {@code rejects} and reading goes on.
   */
  Optional<Document> read(RejectHandler rejects, Parser parser) throws IOException {
    while (true) {
      JsonNode root = next(rejects);
      if (root == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(parser.parse(root));
      } catch (InvalidInputException e) {
        rejects.reject(e);
      }
    }
  }

  /** Returns the number of the line last read, from 1. */
  int lineNumber() {
    return lines.lineNumber();
  }

  /** Returns a rejection of the line last read. */
  InvalidInputException bad(String reason, Throwable cause) {
    return bad(lines.lineNumber(), reason, cause);
  }

  /** Returns a rejection of that line; thread-safe. */
  InvalidInputException bad(int line, String reason, Throwable cause) {
    return new InvalidInputException(input, "line " + line, reason, cause);
  }
}

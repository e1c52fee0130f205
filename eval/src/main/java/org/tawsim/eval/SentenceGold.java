/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tawsim.core.Document;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.io.StrictUtf8;
import org.tawsim.core.text.CodePointOffsets;
import org.tawsim.export.internal.CodePointSpans;

/**
 * Reads gold sentences for {@link BoundaryScorer}, in either of two formats.
 *
 * <ul>
 *   <li><b>Text</b> (any name not ending in {@code .jsonl}): one sentence a line, an empty line
 *       between documents, OpenNLP's training format. A document's text is its lines, stripped,
 *       joined by one space (as corpora that lost their layout ship text) or, with {@link
 *       LineJoin#LINE_BREAK}, by a line break (as pages keep it); its ids are {@code FILE#1},
 *       {@code FILE#2}, ...
 *   <li><b>JSONL</b> ({@code .jsonl}): one document a line with {@code id}, {@code text} and {@code
 *       sentences}, each sentence either {@code [start, end]} or {@code {"start": s, "end": e}},
 *       in code points, end exclusive (Python string indices), as native JSONL writes them.
 * </ul>
 *
 * <p>The documents read have UTF-16 offsets. A bad line (invalid UTF-8, not JSON, a missing field,
 * a span out of range) is an {@link InvalidInputException} naming the file and the line.
 */
public final class SentenceGold {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** How the text format joins a document's lines into its text. */
  public enum LineJoin {
    /** One space: the text has lost its layout, a title runs into the next sentence. */
    SPACE(" "),
    /** A line break: the text keeps its layout. */
    LINE_BREAK("\n");

    private final String separator;

    LineJoin(String separator) {
      this.separator = separator;
    }
  }

  private SentenceGold() {}

  /**
   * Reads a gold file, choosing the format by its name.
   *
   * @param file a gold file: {@code .jsonl}, or one sentence a line
   * @return one document per gold document, with its sentence layer
   * @throws InvalidInputException naming the file and place of bad input
   */
  public static List<Document> read(Path file) throws IOException {
    return read(file, LineJoin.SPACE);
  }

  /**
   * Reads a gold file, choosing the format by its name; the text format's lines are joined as
   * {@code join} says (JSONL has its own text).
   *
   * @param file a gold file: {@code .jsonl}, or one sentence a line
   * @param join how the text format's lines are joined
   * @return one document per gold document, with its sentence layer
   * @throws InvalidInputException naming the file and place of bad input
   */
  public static List<Document> read(Path file, LineJoin join) throws IOException {
    String name = file.toString();
    String text = StrictUtf8.decode(name, Files.readAllBytes(file));
    return name.endsWith(".jsonl") ? readJsonl(name, text) : readText(name, text, join);
  }

  /**
   * Reads the text format, a document's lines joined by a space.
   *
   * @param input the input's name, for messages and document ids
   * @param content the file's text
   * @return one document per gold document, with its sentence layer
   */
  public static List<Document> readText(String input, String content) {
    return readText(input, content, LineJoin.SPACE);
  }

  /**
   * Reads the text format: one sentence a line, an empty line between documents.
   *
   * @param input the input's name, for messages and document ids
   * @param content the file's text
   * @param join how a document's lines are joined
   * @return one document per gold document, with its sentence layer
   */
  public static List<Document> readText(String input, String content, LineJoin join) {
    List<Document> docs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i <= lines.length; i++) {
      String s = i < lines.length ? lines[i].strip() : "";
      if (s.isEmpty()) {
        if (!sentences.isEmpty()) {
          docs.add(
              Document.of(input + "#" + (docs.size() + 1), text.toString())
                  .withLayer(Sentence.class, sentences));
          text.setLength(0);
          sentences = new ArrayList<>();
        }
        continue;
      }
      if (text.length() > 0) {
        text.append(join.separator);
      }
      int begin = text.length();
      text.append(s);
      sentences.add(new Sentence(new Span(begin, text.length())));
    }
    return docs;
  }

  /**
   * Reads the JSONL format.
   *
   * @param input the input's name, for messages
   * @param content the file's text
   * @return one document per line, with its sentence layer
   * @throws InvalidInputException naming the input and line of bad input
   */
  public static List<Document> readJsonl(String input, String content)
      throws InvalidInputException {
    List<Document> docs = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      docs.add(parse(input, "line " + (i + 1), line));
    }
    return docs;
  }

  private static Document parse(String input, String where, String line)
      throws InvalidInputException {
    JsonNode root;
    try {
      root = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(input, where, "not JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException(input, where, "not a JSON object");
    }
    JsonNode id = root.get("id");
    JsonNode text = root.get("text");
    JsonNode sentences = root.get("sentences");
    if (id == null || !(id.isTextual() || id.isIntegralNumber()) || id.asText().isEmpty()) {
      throw new InvalidInputException(input, where, "no \"id\" string or number");
    }
    if (text == null || !text.isTextual()) {
      throw new InvalidInputException(input, where, "no \"text\" string");
    }
    if (sentences == null || !sentences.isArray()) {
      throw new InvalidInputException(input, where, "no \"sentences\" array of gold spans");
    }
    String t = text.textValue();
    CodePointOffsets cp = CodePointOffsets.of(t);
    List<Sentence> list = new ArrayList<>();
    for (JsonNode s : sentences) {
      String neither = "a sentence is neither [start, end] nor {\"start\", \"end\"}: " + s;
      if (s.isArray() && s.size() != 2) {
        throw new InvalidInputException(input, where, neither);
      }
      Span span = CodePointSpans.span(s.isArray() ? s.get(0) : s.get("start"),
          s.isArray() ? s.get(1) : s.get("end"), cp, new CodePointSpans.Reject() {
            @Override
            public InvalidInputException notWhole() {
              return new InvalidInputException(input, where, neither);
            }

            @Override
            public InvalidInputException outOfRange(long b, long e, int length) {
              return new InvalidInputException(input, where, "sentence [" + b + ", " + e
                  + ") is out of range for a text of " + length + " code points");
            }
          });
      list.add(new Sentence(span));
    }
    return Document.of(id.asText(), t).withLayer(Sentence.class, list);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.Sentence;
import org.tawsim.core.Token;
import org.tawsim.export.conll.Chunk;
import org.tawsim.export.conll.TagScheme;

/**
 * Writes gold and predicted entities side by side in the layout CoNLL's {@code conlleval.pl} reads:
 * one {@code token gold predicted} line per token (single spaces, IOB2 tags), an empty line after
 * each sentence, {@code \n} line ends.
 *
 * <p>Entities must lie on token boundaries inside one sentence; {@link #aligned} keeps those that do,
 * so that a caller scores exactly what it writes. Tokens holding whitespace are written with {@code
 * _} in its place, since conlleval splits columns at spaces. Does not close the writer it was given.
 * Not thread-safe.
 */
public final class ConllevalWriter {

  private final Writer out;

  /**
   * Writes to {@code out}, which stays open.
   *
   * @param out where the lines go
   */
  public ConllevalWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Writes a document's sentences with both tag columns.
   *
   * @param document the document, with sentence and token layers
   * @param gold the gold entities
   * @param predicted the predicted entities
   * @throws IllegalArgumentException when an entity is not aligned with the tokens of one sentence
   * @throws java.io.IOException when writing fails
   */
  public void write(Document document, List<Entity> gold, List<Entity> predicted)
      throws IOException {
    List<Token> tokens = document.layer(Token.class);
    int next = 0;
    for (Sentence s : sentences(document)) {
      List<Token> inside = new ArrayList<>();
      while (next < tokens.size() && tokens.get(next).span().begin() < s.span().begin()) {
        next++;
      }
      while (next < tokens.size() && s.span().contains(tokens.get(next).span())) {
        inside.add(tokens.get(next++));
      }
      if (inside.isEmpty()) {
        continue;
      }
      List<String> goldTags = TagScheme.IOB2.encode(inside.size(), chunks(inside, s, gold, true));
      List<String> predictedTags =
          TagScheme.IOB2.encode(inside.size(), chunks(inside, s, predicted, true));
      for (int i = 0; i < inside.size(); i++) {
        String token = document.text(inside.get(i).span()).replaceAll("\\s", "_");
        out.write(token);
        out.write(' ');
        out.write(goldTags.get(i));
        out.write(' ');
        out.write(predictedTags.get(i));
        out.write('\n');
      }
      out.write('\n');
    }
  }

  /**
   * {@return the entities that start and end on token boundaries inside one sentence, in order}
   *
   * @param document the document, with sentence and token layers
   * @param entities the entities to keep or drop
   */
  public static List<Entity> aligned(Document document, List<Entity> entities) {
    List<Token> tokens = document.layer(Token.class);
    Map<Integer, Integer> begins = new HashMap<>();
    Map<Integer, Integer> ends = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      begins.put(tokens.get(i).span().begin(), i);
      ends.put(tokens.get(i).span().end(), i);
    }
    List<Sentence> sentences = sentences(document);
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      if (!begins.containsKey(e.span().begin()) || !ends.containsKey(e.span().end())) {
        continue;
      }
      for (Sentence s : sentences) {
        if (s.span().contains(e.span())) {
          out.add(e);
          break;
        }
      }
    }
    return out;
  }

  private static List<Sentence> sentences(Document document) {
    List<Sentence> sentences = document.layer(Sentence.class);
    return sentences.isEmpty() && !document.text().isEmpty()
        ? List.of(new Sentence(new org.tawsim.core.Span(0, document.text().length())))
        : sentences;
  }

  private static List<Chunk> chunks(List<Token> inside, Sentence s, List<Entity> entities,
      boolean strict) {
    List<Chunk> chunks = new ArrayList<>();
    for (Entity e : entities) {
      if (!s.span().contains(e.span())) {
        continue;
      }
      int start = -1;
      int end = -1;
      for (int i = 0; i < inside.size(); i++) {
        if (inside.get(i).span().begin() == e.span().begin()) {
          start = i;
        }
        if (inside.get(i).span().end() == e.span().end()) {
          end = i + 1;
        }
      }
      if (start < 0 || end <= start) {
        if (strict) {
          throw new IllegalArgumentException(
              "entity " + e + " is not aligned with the tokens of its sentence " + s.span());
        }
        continue;
      }
      chunks.add(new Chunk(start, end, e.type()));
    }
    chunks.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return chunks;
  }
}

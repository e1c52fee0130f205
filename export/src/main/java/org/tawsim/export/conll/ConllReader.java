/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.core.io.StrictUtf8;

/**
 * Reads CoNLL-2002/2003 style files (one token per line, two or more columns, an empty line between
 * sentences) into documents with sentences, tokens and entities.
 *
 * <pre>{@code
 * try (ConllReader r = ConllReader.builder().mapType("PERS", EntityType.PER)
 *         .build("anercorp-train.txt", in, RejectHandler.FAIL)) {
 *   for (Optional<Document> d = r.read(); d.isPresent(); d = r.read()) { ... }
 * }
 * }</pre>
 *
 * <p><b>Columns.</b> The token is the first column and the tag the last, unless set otherwise;
 * other columns (part of speech, chunk, placeholders) are ignored, and lines may differ in their
 * number of columns. Columns are separated by runs of spaces and tabs, or by single tabs only (then
 * a token may hold spaces). A trailing {@code \r} is dropped. Tags may be in any scheme, IOB1, IOB2,
 * BIOES, IO (see {@link TagScheme#decode}).
 *
 * <p><b>Documents.</b> A line whose first column is {@code -DOCSTART-} starts a new document (the
 * empty line after it is optional); without such lines the whole input is one document, or, if
 * {@link Builder#documentPerSentence} is set, each sentence is one. Ids are the id prefix (the input
 * name by default) followed by {@code -} and the document's number from 1.
 *
 * <p><b>Text.</b> CoNLL holds no text, so the reader rebuilds one: tokens joined by one space,
 * sentences by a newline. Token, sentence and entity spans point into that text; tokens have their
 * own text as normal form; entities have an empty source, as gold data has.
 *
 * <p>A bad line (invalid UTF-8, one column only, a tag that is neither {@code O} nor {@code
 * PREFIX-TYPE}, a type that is no valid {@link EntityType} name) rejects its document with an
 * {@link InvalidInputException} naming the input and the line, handed to the {@link RejectHandler};
 * reading goes on with the next document when the handler returns. Not thread-safe; closes the
 * stream when closed.
 */
public final class ConllReader implements DocumentReader {

  /** The first column of a line that starts a document. */
  public static final String DOCSTART = "-DOCSTART-";

  private final String input;
  private final InputStream in;
  private final StrictUtf8.LineReader lines;
  private final RejectHandler rejects;
  private final boolean tabOnly;
  private final int tokenColumn;
  private final int tagColumn;
  private final boolean perSentence;
  private final String idPrefix;
  private final Map<String, EntityType> typeMap;

  private int documentNumber;
  private boolean atEnd;
  /** A DOCSTART line was read that belongs to the next document. */
  private boolean pendingDocStart;
  /** The line being handled ends the document, so an error in it needs no skipping. */
  private boolean atBoundary;

  private ConllReader(Builder b, String input, InputStream in, RejectHandler rejects) {
    this.input = Objects.requireNonNull(input, "input");
    this.in = Objects.requireNonNull(in, "in");
    this.rejects = Objects.requireNonNull(rejects, "rejects");
    this.lines = new StrictUtf8.LineReader(input, in);
    this.tabOnly = b.tabOnly;
    this.tokenColumn = b.tokenColumn;
    this.tagColumn = b.tagColumn;
    this.perSentence = b.perSentence;
    this.idPrefix = b.idPrefix == null ? input : b.idPrefix;
    this.typeMap = Map.copyOf(b.typeMap);
  }

  /**
   * {@return a builder with the defaults: token first, tag last, any whitespace, no type mapping}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Settings of a {@link ConllReader}; not thread-safe, reusable. */
  public static final class Builder {
    private boolean tabOnly;
    private int tokenColumn = 0;
    private int tagColumn = -1;
    private boolean perSentence;
    private String idPrefix;
    private final Map<String, EntityType> typeMap = new HashMap<>();

    private Builder() {}

    /**
     * Splits columns at single tabs only, so that tokens may contain spaces. Default: off.
     *
     * @param tabOnly whether only tabs separate columns
     * @return this builder
     */
    public Builder tabSeparated(boolean tabOnly) {
      this.tabOnly = tabOnly;
      return this;
    }

    /**
     * Sets the token's column, from 0. Default 0.
     *
     * @param column the token's column
     * @return this builder
     */
    public Builder tokenColumn(int column) {
      if (column < 0) {
        throw new IllegalArgumentException("token column " + column + " is negative");
      }
      this.tokenColumn = column;
      return this;
    }

    /**
     * Sets the tag's column: from 0, or negative to count from the end (-1 is the last).
     *
     * @param column the tag's column
     * @return this builder
     */
    public Builder tagColumn(int column) {
      this.tagColumn = column;
      return this;
    }

    /**
     * Makes every sentence its own document. Default: documents end at {@code -DOCSTART-}.
     *
     * @param perSentence whether each sentence is a document
     * @return this builder
     */
    public Builder documentPerSentence(boolean perSentence) {
      this.perSentence = perSentence;
      return this;
    }

    /**
     * Sets what document ids start with. Default: the input's name.
     *
     * @param prefix the start of document ids
     * @return this builder
     */
    public Builder idPrefix(String prefix) {
      this.idPrefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /**
     * Reads the type {@code name} of the file (such as ANERcorp's {@code PERS}) as {@code type}.
     *
     * @param name the type as the file writes it
     * @param type the type to read it as
     * @return this builder
     */
    public Builder mapType(String name, EntityType type) {
      typeMap.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(type, "type"));
      return this;
    }

    /**
     * {@return a reader of this input}
     *
     * @param input the input's name, for messages and ids
     * @param in the bytes, UTF-8; closed with the reader
     * @param rejects what to do with a bad document
     */
    public ConllReader build(String input, InputStream in, RejectHandler rejects) {
      return new ConllReader(this, input, in, rejects);
    }
  }

  @Override
  public Optional<Document> read() throws IOException {
    while (!atEnd) {
      try {
        Optional<Document> d = readDocument();
        if (d.isPresent()) {
          return d;
        }
      } catch (InvalidInputException e) {
        if (!atBoundary && !atEnd) {
          skipRestOfDocument();
        }
        atBoundary = false;
        rejects.reject(e);
      }
    }
    return Optional.empty();
  }

  /** Reads up to the end of the next document; empty when the input held nothing more. */
  private Optional<Document> readDocument() throws IOException {
    DocumentBuilder doc = new DocumentBuilder();
    boolean started = pendingDocStart && !perSentence;
    pendingDocStart = false;
    while (true) {
      String line = lines.readLine();
      if (line == null) {
        atEnd = true;
        doc.endSentence();
        return started || doc.hasTokens() ? Optional.of(doc.build()) : Optional.empty();
      }
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      String[] columns = split(line);
      if (columns.length == 0) {
        atBoundary = perSentence;
        doc.endSentence();
        atBoundary = false;
        if (perSentence && doc.hasTokens()) {
          return Optional.of(doc.build());
        }
        continue;
      }
      if (columns[0].equals(DOCSTART)) {
        // the line starts the next document whatever happens to this one
        pendingDocStart = true;
        atBoundary = true;
        doc.endSentence();
        atBoundary = false;
        if (started || doc.hasTokens()) {
          return Optional.of(doc.build());
        }
        pendingDocStart = false;
        started = !perSentence;
        continue;
      }
      doc.add(columns, lines.lineNumber());
    }
  }

  private void skipRestOfDocument() throws IOException {
    while (true) {
      String line;
      try {
        line = lines.readLine();
      } catch (InvalidInputException e) {
        continue;
      }
      if (line == null) {
        atEnd = true;
        return;
      }
      String trimmed = line.strip();
      if (trimmed.startsWith(DOCSTART)) {
        pendingDocStart = true;
        return;
      }
      if (perSentence && trimmed.isEmpty()) {
        return;
      }
    }
  }

  private String[] split(String line) {
    if (tabOnly) {
      return line.isBlank() ? new String[0] : line.split("\t", -1);
    }
    String s = line.strip();
    return s.isEmpty() ? new String[0] : s.split("[ \t]+");
  }

  private InvalidInputException bad(int line, String reason) {
    return new InvalidInputException(input, "line " + line, reason);
  }

  /** Collects one document's text, sentences, tokens and entities. */
  private final class DocumentBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<Integer> tagLines = new ArrayList<>();
    private int sentenceFirstToken;

    boolean hasTokens() {
      return !tokens.isEmpty();
    }

    void add(String[] columns, int line) throws InvalidInputException {
      int tagIndex = tagColumn < 0 ? columns.length + tagColumn : tagColumn;
      if (columns.length < 2 || tokenColumn >= columns.length || tagIndex < 0
          || tagIndex >= columns.length || tagIndex == tokenColumn) {
        throw bad(line, "expected a token and a tag column, found " + columns.length
            + " column" + (columns.length == 1 ? "" : "s") + ": '" + String.join(" ", columns) + "'");
      }
      String token = columns[tokenColumn];
      if (token.isEmpty()) {
        throw bad(line, "empty token");
      }
      if (tags.isEmpty()) {
        if (text.length() > 0) {
          text.append('\n');
        }
        sentenceFirstToken = tokens.size();
      } else {
        text.append(' ');
      }
      int begin = text.length();
      text.append(token);
      tokens.add(new Token(new Span(begin, text.length()), token));
      tags.add(mapped(columns[tagIndex]));
      tagLines.add(line);
    }

    private String mapped(String tag) {
      if (typeMap.isEmpty() || tag.length() < 3 || tag.charAt(1) != '-') {
        return tag;
      }
      EntityType t = typeMap.get(tag.substring(2));
      return t == null ? tag : tag.substring(0, 2) + t.name();
    }

    void endSentence() throws InvalidInputException {
      if (tags.isEmpty()) {
        return;
      }
      List<Chunk> chunks;
      try {
        chunks = TagScheme.decode(tags);
      } catch (IllegalArgumentException e) {
        int at = badTag();
        throw bad(tagLines.get(at), e.getMessage().replaceFirst(" at token \\d+", ""));
      }
      for (Chunk c : chunks) {
        Span first = tokens.get(sentenceFirstToken + c.start()).span();
        Span last = tokens.get(sentenceFirstToken + c.end() - 1).span();
        entities.add(Entity.of(new Span(first.begin(), last.end()), c.type()));
      }
      sentences.add(
          new Sentence(
              new Span(tokens.get(sentenceFirstToken).span().begin(), text.length())));
      tags.clear();
      tagLines.clear();
    }

    /** Returns the index of the first tag that does not decode on its own. */
    private int badTag() {
      for (int i = 0; i < tags.size(); i++) {
        try {
          TagScheme.decode(List.of(tags.get(i)));
        } catch (IllegalArgumentException e) {
          return i;
        }
      }
      return 0;
    }

    Document build() {
      documentNumber++;
      return Document.of(idPrefix + "-" + documentNumber, text.toString())
          .withLayer(Sentence.class, sentences)
          .withLayer(Token.class, tokens)
          .withLayer(Entity.class, entities);
    }
  }

  /** {@return the number of the line last read, from 1} */
  public int lineNumber() {
    return lines.lineNumber();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conllu;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.Entity;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.core.io.StrictUtf8;
import org.tawsim.export.conll.Chunk;
import org.tawsim.export.conll.TagScheme;

/**
 * Reads CoNLL-U into documents with sentences, tokens and entities: what {@link ConlluWriter}
 * writes, and Universal Dependencies treebanks.
 *
 * <p><b>Documents.</b> {@code # newdoc} starts a document, its id from {@code # newdoc id = X}
 * (else the input name, {@code -} and the document's number from 1); without such comments the
 * whole input is one document.
 *
 * <p><b>Tokens and text.</b> Tokens are the surface tokens: a multiword-token line ({@code 3-4})
 * is one token and its word lines are not; empty nodes ({@code 5.1}) are skipped. The text is
 * rebuilt from the forms, joined by one space, nothing where MISC says {@code SpaceAfter=No}, or
 * the whitespace {@code SpacesAfter=} gives (UD escapes); the same rule joins sentences. So a file
 * of {@link ConlluWriter} gives back the document's text from its first token to its last.
 *
 * <p><b>Entities.</b> From {@code NER=TAG} in MISC (of the multiword-token line, else of its first
 * word), any tag scheme ({@link TagScheme#decode}); a token without it is {@code O}.
 *
 * <p>A line that is not a comment, an empty line or ten tab-separated columns, and a tag that does
 * not decode, reject the document with an {@link InvalidInputException} naming the input and the
 * line; reading goes on with the next {@code # newdoc}. Not thread-safe; closes the stream when
 * closed.
 */
public final class ConlluReader implements DocumentReader {

  private final String input;
  private final InputStream in;
  private final StrictUtf8.LineReader lines;
  private final RejectHandler rejects;
  private int documentNumber;
  private boolean atEnd;
  /** The id of a {@code # newdoc} line already read, which starts the next document. */
  private String pendingId;
  private boolean pendingDoc;

  /**
   * Creates a reader.
   *
   * @param input the input's name, for messages and ids
   * @param in the bytes, UTF-8; closed with the reader
   * @param rejects what to do with a bad document
   */
  public ConlluReader(String input, InputStream in, RejectHandler rejects) {
    this.input = Objects.requireNonNull(input, "input");
    this.in = Objects.requireNonNull(in, "in");
    this.rejects = Objects.requireNonNull(rejects, "rejects");
    this.lines = new StrictUtf8.LineReader(input, in);
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
        skipToNextDocument();
        rejects.reject(e);
      }
    }
    return Optional.empty();
  }

  private Optional<Document> readDocument() throws IOException {
    Builder doc = new Builder(pendingDoc ? pendingId : null);
    boolean started = pendingDoc;
    pendingDoc = false;
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
      if (line.startsWith("#")) {
        String id = newdoc(line);
        if (id != null) {
          doc.endSentence();
          if (started || doc.hasTokens()) {
            pendingDoc = true;
            pendingId = id;
            return Optional.of(doc.build());
          }
          doc.id = id.isEmpty() ? null : id;
          started = true;
        }
        continue;
      }
      if (line.isBlank()) {
        doc.endSentence();
        continue;
      }
      doc.add(line, lines.lineNumber());
    }
  }

  /** Returns the id of a {@code # newdoc} comment ("" without one), or null for other comments. */
  private static String newdoc(String comment) {
    String c = comment.substring(1).strip();
    if (!c.startsWith("newdoc")) {
      return null;
    }
    String rest = c.substring("newdoc".length()).strip();
    if (rest.isEmpty()) {
      return "";
    }
    if (rest.startsWith("id")) {
      rest = rest.substring(2).strip();
      if (rest.startsWith("=")) {
        return rest.substring(1).strip();
      }
    }
    return null;
  }

  private void skipToNextDocument() throws IOException {
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
      if (line.startsWith("#")) {
        String id = newdoc(line);
        if (id != null) {
          pendingDoc = true;
          pendingId = id.isEmpty() ? null : id;
          return;
        }
      }
    }
  }

  /** Collects one document. */
  private final class Builder {
    private String id;
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<Integer> tagLines = new ArrayList<>();
    /** What goes between the previous token and the next. */
    private String pendingSpace = "";
    private int sentenceFirstToken;
    /** Last word id covered by the current multiword token. */
    private int multiwordEnd;

    Builder(String id) {
      this.id = id == null || id.isEmpty() ? null : id;
    }

    boolean hasTokens() {
      return !tokens.isEmpty();
    }

    void add(String line, int number) throws InvalidInputException {
      String[] columns = line.split("\t", -1);
      if (columns.length != 10) {
        throw bad(number, "expected 10 tab-separated columns, found " + columns.length);
      }
      String idColumn = columns[0];
      if (idColumn.contains(".")) {
        return; // empty node: no surface token
      }
      int dash = idColumn.indexOf('-');
      int wordId;
      try {
        if (dash > 0) {
          multiwordEnd = Integer.parseInt(idColumn.substring(dash + 1));
          wordId = -1;
        } else {
          wordId = Integer.parseInt(idColumn);
        }
      } catch (NumberFormatException e) {
        throw bad(number, "ID '" + idColumn + "' is not a number, a range or a decimal");
      }
      String misc = columns[9];
      if (wordId > 0 && wordId <= multiwordEnd) {
        // a word of the multiword token: its NER counts only when the token line had none
        int last = tags.size() - 1;
        if (last >= 0 && tags.get(last) == null) {
          tags.set(last, ner(misc));
        }
        return;
      }
      String form = columns[1];
      if (form.isEmpty()) {
        throw bad(number, "empty FORM");
      }
      if (tags.isEmpty()) {
        sentenceFirstToken = tokens.size();
      }
      text.append(tokens.isEmpty() ? "" : pendingSpace);
      int begin = text.length();
      text.append(form);
      tokens.add(new Token(new Span(begin, text.length()), form));
      String tag = ner(misc);
      tags.add(dash > 0 && tag == null ? null : tag);
      tagLines.add(number);
      pendingSpace = spaceAfter(misc, number);
    }

    void endSentence() throws InvalidInputException {
      if (tags.isEmpty()) {
        return;
      }
      List<String> resolved = new ArrayList<>(tags.size());
      for (String t : tags) {
        resolved.add(t == null ? TagScheme.OUTSIDE : t);
      }
      List<Chunk> chunks;
      try {
        chunks = TagScheme.decode(resolved);
      } catch (IllegalArgumentException e) {
        int at = 0;
        for (int i = 0; i < resolved.size(); i++) {
          try {
            TagScheme.decode(List.of(resolved.get(i)));
          } catch (IllegalArgumentException bad) {
            at = i;
            break;
          }
        }
        throw bad(tagLines.get(at), e.getMessage().replaceFirst(" at token \\d+", ""));
      }
      for (Chunk c : chunks) {
        Span first = tokens.get(sentenceFirstToken + c.start()).span();
        Span last = tokens.get(sentenceFirstToken + c.end() - 1).span();
        entities.add(Entity.of(new Span(first.begin(), last.end()), c.type()));
      }
      sentences.add(new Sentence(new Span(tokens.get(sentenceFirstToken).span().begin(),
          tokens.get(tokens.size() - 1).span().end())));
      tags.clear();
      tagLines.clear();
      multiwordEnd = 0;
    }

    Document build() {
      documentNumber++;
      String docId = id != null ? id : input + "-" + documentNumber;
      return Document.of(docId, text.toString())
          .withLayer(Sentence.class, sentences)
          .withLayer(Token.class, tokens)
          .withLayer(Entity.class, entities);
    }
  }

  /** Returns the value of {@code NER=} in MISC, or null. */
  private static String ner(String misc) {
    for (String part : misc.split("\\|")) {
      if (part.startsWith("NER=")) {
        return part.substring(4);
      }
    }
    return null;
  }

  /** Returns the whitespace MISC says follows the token. */
  private String spaceAfter(String misc, int line) throws InvalidInputException {
    String space = " ";
    for (String part : misc.split("\\|")) {
      if (part.equals("SpaceAfter=No")) {
        space = "";
      } else if (part.startsWith("SpacesAfter=")) {
        return unescape(part.substring("SpacesAfter=".length()), line);
      }
    }
    return space;
  }

  private String unescape(String s, int line) throws InvalidInputException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        sb.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 's' -> sb.append(' ');
        case 't' -> sb.append('\t');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case '\\' -> sb.append('\\');
        case 'p' -> sb.append('|');
        case 'u' -> {
          try {
            sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          } catch (NumberFormatException | IndexOutOfBoundsException ex) {
            throw bad(line, "bad \\u escape in SpacesAfter=" + s);
          }
          i += 4;
        }
        default -> sb.append('\\').append(e);
      }
    }
    return sb.toString();
  }

  private InvalidInputException bad(int line, String reason) {
    return new InvalidInputException(input, "line " + line, reason);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import static org.tawsim.export.jsonl.JsonlFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.core.Zone;
import org.tawsim.core.ZoneType;
import org.tawsim.core.io.StrictUtf8;
import org.tawsim.core.text.CodePointOffsets;
import org.tawsim.export.internal.CodePointSpans;

/**
 * Reads native JSONL, and any JSONL with {@code id} and {@code text}, one document per line.
 *
 * <p>Offsets in the file are code points, end exclusive (see {@link JsonlWriter}); the documents
 * read have UTF-16 offsets. Fields of {@code meta} and any top-level field the format does not
 * define (a scraper's {@code url} or {@code title}) become metadata: strings as they are, other
 * values as their JSON text. An {@code id} may be a string or a whole number. Blank lines are
 * skipped.
 *
 * <p>A bad line (invalid UTF-8, not JSON, no {@code id} or {@code text}, a span out of range or
 * inside a surrogate pair) becomes an {@link InvalidInputException} naming the input and the line,
 * handed to the {@link RejectHandler}: {@link RejectHandler#FAIL} stops there, a collecting
 * handler records it and reading goes on with the next line. Not thread-safe; closes the stream
 * when closed.
 */
public final class JsonlReader implements DocumentReader {

  private static final Set<String> DEFINED =
      Set.of(ID, TEXT, META, ZONES, SENTENCES, TOKENS, ENTITIES, QUOTES);

  private final InputStream in;
  private final JsonLines lines;
  private final RejectHandler rejects;

  /**
   * Creates a reader.
   *
   * @param input the input's name, for messages
   * @param in the bytes; closed with the reader
   * @param rejects what to do with a bad line
   */
  public JsonlReader(String input, InputStream in, RejectHandler rejects) {
    Objects.requireNonNull(input, "input");
    this.in = Objects.requireNonNull(in, "in");
    this.lines = new JsonLines(input, in);
    this.rejects = Objects.requireNonNull(rejects, "rejects");
  }

  @Override
  public Optional<Document> read() throws IOException {
    return DocumentReader.readParsed(this, rejects);
  }

  /**
   * {@inheritDoc} Here the next line that is not blank, its bytes not decoded yet: decoding, JSON
   * parsing and the document's checks happen in {@link Pending#parse}, on any thread.
   */
  @Override
  public Optional<Pending> readPending() throws IOException {
    StrictUtf8.Line line = lines.nextLine(rejects);
    if (line == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Pending() {
          @Override
          public Document parse() throws InvalidInputException {
            return new LineParser(line.number()).parse(lines.object(line));
          }

          @Override
          public int length() {
            return line.length();
          }
        });
  }

  /** {@return the number of the line last read, from 1} */
  public int lineNumber() {
    return lines.lineNumber();
  }

  /**
   * Makes the document of one line's object; its rejections name that line. Reads no state of the
   * reader that reading changes, so it runs on any thread.
   */
  private final class LineParser {
    private final int line;

    LineParser(int line) {
      this.line = line;
    }

    Document parse(JsonNode root) throws InvalidInputException {
      String id = id(root.get(ID));
      JsonNode textNode = root.get(TEXT);
      if (textNode == null || !textNode.isTextual()) {
        throw bad("document '" + id + "' has no \"text\" string", null);
      }
      String text = textNode.textValue();
      Map<String, String> meta = new LinkedHashMap<>();
      JsonNode metaNode = root.get(META);
      if (metaNode != null && !metaNode.isNull()) {
        if (!metaNode.isObject()) {
          throw bad("\"meta\" is not an object", null);
        }
        metaNode.fields().forEachRemaining(e -> putMeta(meta, e.getKey(), e.getValue()));
      }
      root.fields()
          .forEachRemaining(
              e -> {
                if (!DEFINED.contains(e.getKey())) {
                  putMeta(meta, e.getKey(), e.getValue());
                }
              });
      try {
        return layers(Document.of(id, text, meta), root);
      } catch (IllegalArgumentException e) {
        throw bad(e.getMessage(), e);
      }
    }

    private String id(JsonNode node) throws InvalidInputException {
      if (node == null || node.isNull()) {
        throw bad("no \"id\"", null);
      }
      if (node.isTextual() && !node.textValue().isEmpty()) {
        return node.textValue();
      }
      if (node.isIntegralNumber()) {
        return node.asText();
      }
      throw bad("\"id\" must be a non-empty string or a whole number, not " + node, null);
    }

    private Document layers(Document d, JsonNode root) throws InvalidInputException {
      CodePointOffsets cp = CodePointOffsets.of(d.text());
      JsonNode zones = array(root, ZONES);
      if (zones != null) {
        List<Zone> list = new ArrayList<>();
        for (JsonNode z : zones) {
          list.add(new Zone(span(z, cp, ZONES), ZoneType.fromLabel(string(z, TYPE, ZONES))));
        }
        d = d.withLayer(Zone.class, list);
      }
      JsonNode sentences = array(root, SENTENCES);
      if (sentences != null) {
        List<Sentence> list = new ArrayList<>();
        for (JsonNode s : sentences) {
          list.add(new Sentence(span(s, cp, SENTENCES)));
        }
        d = d.withLayer(Sentence.class, list);
      }
      JsonNode tokens = array(root, TOKENS);
      if (tokens != null) {
        List<Token> list = new ArrayList<>();
        for (JsonNode t : tokens) {
          Span span = span(t, cp, TOKENS);
          JsonNode norm = t.get(NORM);
          list.add(new Token(span, norm == null || norm.isNull() ? d.text(span) : norm.asText()));
        }
        d = d.withLayer(Token.class, list);
      }
      JsonNode entities = array(root, ENTITIES);
      List<Entity> entityList = new ArrayList<>();
      if (entities != null) {
        for (JsonNode e : entities) {
          JsonNode source = e.get(SOURCE);
          entityList.add(
              new Entity(
                  span(e, cp, ENTITIES),
                  EntityType.of(string(e, TYPE, ENTITIES)),
                  source == null || source.isNull() ? "" : source.asText()));
        }
        d = d.withLayer(Entity.class, entityList);
      }
      JsonNode quotes = array(root, QUOTES);
      if (quotes != null) {
        List<Quotation> list = new ArrayList<>();
        for (JsonNode q : quotes) {
          list.add(quote(q, cp, entityList));
        }
        d = d.withLayer(Quotation.class, list);
      }
      return d;
    }

    private Quotation quote(JsonNode q, CodePointOffsets cp, List<Entity> entities)
        throws InvalidInputException {
      Span span = span(q, cp, QUOTES);
      JsonNode content = q.get(CONTENT);
      JsonNode unclosed = q.get(UNCLOSED);
      JsonNode kind = q.get(KIND);
      JsonNode link = q.get(SPEAKER_ENTITY);
      JsonNode implicit = q.get(SPEAKER_IMPLICIT);
      Span speaker = optionalSpan(q.get(SPEAKER), cp);
      if (implicit != null && implicit.asBoolean() && speaker == null) {
        throw bad("quote " + span + " has speaker_implicit but no speaker", null);
      }
      Entity speakerEntity = null;
      if (link != null && !link.isNull()) {
        if (!link.canConvertToInt() || link.intValue() < 0 || link.intValue() >= entities.size()) {
          throw bad("quote speaker_entity " + link + " is not an index into \"entities\"", null);
        }
        speakerEntity = entities.get(link.intValue());
      }
      return new Quotation(
          span,
          content == null || content.isNull() ? span : span(content, cp, CONTENT),
          kind == null || kind.isNull() ? QuoteKind.SPEECH : QuoteKind.fromLabel(kind.asText()),
          unclosed != null && unclosed.asBoolean(),
          speaker,
          optionalSpan(q.get(CUE), cp),
          speakerEntity,
          implicit != null && implicit.asBoolean());
    }

    private Span optionalSpan(JsonNode node, CodePointOffsets cp) throws InvalidInputException {
      return node == null || node.isNull() ? null : span(node, cp, QUOTES);
    }

    private JsonNode array(JsonNode root, String field) throws InvalidInputException {
      JsonNode node = root.get(field);
      if (node == null || node.isNull()) {
        return null;
      }
      if (!node.isArray()) {
        throw bad("\"" + field + "\" is not an array", null);
      }
      return node;
    }

    private String string(JsonNode node, String field, String where) throws InvalidInputException {
      JsonNode v = node.get(field);
      if (v == null || !v.isTextual()) {
        throw bad("an item of \"" + where + "\" has no \"" + field + "\" string: " + node, null);
      }
      return v.textValue();
    }

    private Span span(JsonNode node, CodePointOffsets cp, String where)
        throws InvalidInputException {
      return CodePointSpans.span(node.get(START), node.get(END), cp, new CodePointSpans.Reject() {
        @Override
        public InvalidInputException notWhole() {
          return bad("an item of \"" + where + "\" lacks whole-number \"start\" and \"end\": "
              + node, null);
        }

        @Override
        public InvalidInputException outOfRange(long s, long e, int length) {
          return bad("\"" + where + "\" span [" + s + ", " + e + ") is out of range for a text of "
              + length + " code points", null);
        }
      });
    }

    private InvalidInputException bad(String reason, Throwable cause) {
      return lines.bad(line, reason, cause);
    }
  }

  private static void putMeta(Map<String, String> meta, String key, JsonNode value) {
    if (value.isNull()) {
      return;
    }
    meta.put(key, value.isTextual() ? value.textValue() : value.toString());
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

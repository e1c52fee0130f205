/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import static org.tawsim.export.jsonl.JsonlFields.*;



import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;


import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Entity;
import org.tawsim.core.Quotation;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.core.TokenList;
import org.tawsim.core.Zone;
import org.tawsim.core.text.CodePointOffsets;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.internal.JsonOutput;

/**
 * Writes Tawsim's native JSONL: one document per line, offsets in code points, end exclusive.
 *
 * <pre>{@code
 * {"id":"a","text":"...","meta":{...},"zones":[{"start":0,"end":9,"type":"headline"}],
 *  "sentences":[{"start":0,"end":9}],"tokens":[{"start":0,"end":3,"norm":"..."}],
 *  "entities":[{"start":4,"end":9,"type":"PER","source":"rule:title+name"}],
 *  "quotes":[{"start":..,"end":..,"kind":"speech","unclosed":false,"speaker":{"start":..,"end":..},
 *             "speaker_implicit":true,"cue":{"start":..,"end":..},"content":{"start":..,"end":..},
 *             "speaker_entity":0}]}
 * }</pre>
 *
 * <p>Fields come in that fixed order; a layer the document does not have, or that is not among the
 * {@link JsonlLayer}s asked for, is omitted, an empty one is written as {@code []}. {@code content}
 * is the quotation without its marks, {@code speaker_implicit} says the speaker comes from an
 * earlier sentence, and {@code speaker_entity} is the index of the linked entity in {@code
 * entities}, each omitted when it adds nothing. Output is UTF-8 with {@code \n} after each
 * document and no other whitespace, so the same
 * document always gives the same bytes. Not thread-safe; closes the stream only if it opened it.
 */
public final class JsonlWriter implements DocumentWriter, java.io.Flushable {

  /**
   * The names written once per token and entity, encoded once: a name given as a String is
   * encoded again at every write, a char at a time (a tenth of {@code tawsim annotate}'s time).
   */
  private static final SerializableString START_NAME = new SerializedString(START);

  private static final SerializableString END_NAME = new SerializedString(END);
  private static final SerializableString NORM_NAME = new SerializedString(NORM);
  private static final SerializableString TYPE_NAME = new SerializedString(TYPE);
  private static final SerializableString SOURCE_NAME = new SerializedString(SOURCE);

  private final JsonGenerator json;
  private final OutputStream out;
  private final boolean closeStream;
  private final Set<JsonlLayer> layers;

  private JsonlWriter(OutputStream out, boolean closeStream, Set<JsonlLayer> layers)
      throws IOException {
    this.out = Objects.requireNonNull(out, "out");
    this.closeStream = closeStream;
    this.layers = layers.isEmpty() ? EnumSet.noneOf(JsonlLayer.class) : EnumSet.copyOf(layers);
    this.json = JsonOutput.generator(out);
    json.setRootValueSeparator(null);
  }

  /**
   * {@return a writer of every layer onto a stream that the caller closes}
   *
   * @param out the stream to write to
   * @throws java.io.IOException when the stream cannot be opened for writing
   */
  static JsonlWriter to(OutputStream out) throws IOException {
    return new JsonlWriter(out, false, JsonlLayer.all());
  }

  /**
   * {@return a writer of these layers only onto a stream that the caller closes}
   *
   * @param out the stream to write to
   * @param layers the layers to write
   * @throws java.io.IOException when the stream cannot be opened for writing
   */
  static JsonlWriter to(OutputStream out, Set<JsonlLayer> layers) throws IOException {
    return new JsonlWriter(out, false, Objects.requireNonNull(layers, "layers"));
  }
  /**
   * {@return a writer of the layers asked for onto a stream that the caller closes}
   *
   * @param out the stream to write to
   * @param o the settings: the layers
   * @throws java.io.IOException when the stream cannot be opened for writing
   * @hidden Not API: {@link org.tawsim.export.Formats#writer} opens this writer; public only
   * because {@code Formats} lives in another package.
   */
  public static DocumentWriter open(OutputStream out, ExportOptions o)
      throws IOException {
    return to(out, o.layers());
  }




  @Override
  public void write(Document d) throws IOException {
    CodePointOffsets cp = CodePointOffsets.of(d.text());
    json.writeStartObject();
    json.writeStringField(ID, d.id());
    json.writeStringField(TEXT, d.text());
    if (!d.metadata().isEmpty()) {
      json.writeObjectFieldStart(META);
      for (Map.Entry<String, String> e : d.metadata().entrySet()) {
        json.writeStringField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
    }
    if (layers.contains(JsonlLayer.ZONES) && d.hasLayer(Zone.class)) {
      json.writeArrayFieldStart(ZONES);
      for (Zone z : d.layer(Zone.class)) {
        json.writeStartObject();
        span(z.span(), cp);
        json.writeStringField(TYPE, z.type().label());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (layers.contains(JsonlLayer.SENTENCES) && d.hasLayer(Sentence.class)) {
      json.writeArrayFieldStart(SENTENCES);
      for (Sentence s : d.layer(Sentence.class)) {
        spanObject(s.span(), cp);
      }
      json.writeEndArray();
    }
    if (layers.contains(JsonlLayer.TOKENS) && d.hasLayer(Token.class)) {
      json.writeArrayFieldStart(TOKENS);
      TokenList tokens = d.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        json.writeStartObject();
        span(tokens.begin(i), tokens.end(i), cp);
        json.writeFieldName(NORM_NAME);
        json.writeString(tokens.norm(i));
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    List<Entity> entities = d.layer(Entity.class);
    boolean withEntities = layers.contains(JsonlLayer.ENTITIES) && d.hasLayer(Entity.class);
    if (withEntities) {
      json.writeArrayFieldStart(ENTITIES);
      for (Entity e : entities) {
        json.writeStartObject();
        span(e.span(), cp);
        json.writeFieldName(TYPE_NAME);
        json.writeString(e.type().name());
        json.writeFieldName(SOURCE_NAME);
        json.writeString(e.source());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (layers.contains(JsonlLayer.QUOTES) && d.hasLayer(Quotation.class)) {
      json.writeArrayFieldStart(QUOTES);
      for (Quotation q : d.layer(Quotation.class)) {
        quote(q, withEntities ? entities : null, cp);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeRaw('\n');
  }

  private void quote(Quotation q, List<Entity> entities, CodePointOffsets cp) throws IOException {
    json.writeStartObject();
    span(q.span(), cp);
    json.writeStringField(KIND, q.kind().label());
    json.writeBooleanField(UNCLOSED, q.unclosed());
    nullableSpan(SPEAKER, q.speaker(), cp);
    if (q.speakerImplicit()) {
      json.writeBooleanField(SPEAKER_IMPLICIT, true);
    }
    nullableSpan(CUE, q.cue(), cp);
    if (!q.content().equals(q.span())) {
      json.writeFieldName(CONTENT);
      spanObject(q.content(), cp);
    }
    // without the entity layer the index would point at nothing: the speaker span stays
    if (q.speakerEntity() != null && entities != null) {
      int index = indexOf(entities, q.speakerEntity());
      if (index < 0) {
        throw new IllegalArgumentException(
            "quotation " + q.span() + " links to an entity that is not in the entity layer");
      }
      json.writeNumberField(SPEAKER_ENTITY, index);
    }
    json.writeEndObject();
  }

  /**
   * Returns the index of the first entity equal to {@code e}, or -1: what {@link List#indexOf}
   * gives, found by a binary search on the span, since a layer is sorted by span. (A linear search
   * for each quotation made writing a long document quadratic: quotations times entities.)
   */
  static int indexOf(List<Entity> entities, Entity e) {
    Span span = e.span();
    int lo = 0;
    int hi = entities.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entities.get(mid).span().compareTo(span) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < entities.size() && entities.get(i).span().equals(span); i++) {
      if (entities.get(i).equals(e)) {
        return i;
      }
    }
    return -1;
  }

  private void nullableSpan(String field, Span span, CodePointOffsets cp) throws IOException {
    json.writeFieldName(field);
    if (span == null) {
      json.writeNull();
    } else {
      spanObject(span, cp);
    }
  }

  private void spanObject(Span span, CodePointOffsets cp) throws IOException {
    json.writeStartObject();
    span(span, cp);
    json.writeEndObject();
  }

  private void span(Span span, CodePointOffsets cp) throws IOException {
    span(span.begin(), span.end(), cp);
  }

  private void span(int begin, int end, CodePointOffsets cp) throws IOException {
    json.writeFieldName(START_NAME);
    json.writeNumber(cp.toCodePoint(begin));
    json.writeFieldName(END_NAME);
    json.writeNumber(cp.toCodePoint(end));
  }

  /** Flushes what was written to the stream. */
  public void flush() throws IOException {
    json.flush();
  }

  @Override
  public void close() throws IOException {
    json.close();
    if (closeStream) {
      out.close();
    } else {
      out.flush();
    }
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import static org.tawsim.export.internal.Utf8Sink.ascii;
import static org.tawsim.export.jsonl.JsonlFields.*;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tawsim.core.Annotation;
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
import org.tawsim.export.JsonlLayer;
import org.tawsim.export.internal.PreparedDocument;
import org.tawsim.export.internal.PreparedWriter;
import org.tawsim.export.internal.Utf8Sink;

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
 * document always gives the same bytes: the bytes a Jackson generator writes (emoji as their UTF-8
 * bytes, control characters and lone surrogates escaped). Not thread-safe; closes the stream only
 * if it opened it.
 */
public final class JsonlWriter implements PreparedWriter {

  // Lines are written by hand onto a UTF-8 sink, each constant part encoded once: a document is
  // mostly small numbers and short strings, where a JSON generator's per-value bookkeeping cost
  // more than the bytes (this writer was an eighth of `tawsim annotate`'s CPU through Jackson).
  private static final byte[] ID_FIELD = ascii("{\"" + ID + "\":");
  private static final byte[] TEXT_FIELD = field(TEXT);
  private static final byte[] META_FIELD = ascii(",\"" + META + "\":{");
  private static final byte[] START_FIELD = ascii("{\"" + START + "\":");
  private static final byte[] END_FIELD = field(END);
  private static final byte[] NORM_FIELD = field(NORM);
  private static final byte[] TYPE_FIELD = field(TYPE);
  private static final byte[] SOURCE_FIELD = field(SOURCE);
  private static final byte[] KIND_FIELD = field(KIND);
  private static final byte[] UNCLOSED_FIELD = field(UNCLOSED);
  private static final byte[] SPEAKER_FIELD = field(SPEAKER);
  private static final byte[] SPEAKER_IMPLICIT_TRUE = ascii(",\"" + SPEAKER_IMPLICIT + "\":true");
  private static final byte[] CUE_FIELD = field(CUE);
  private static final byte[] CONTENT_FIELD = field(CONTENT);
  private static final byte[] SPEAKER_ENTITY_FIELD = field(SPEAKER_ENTITY);
  private static final byte[] TRUE = ascii("true");
  private static final byte[] FALSE = ascii("false");
  private static final byte[] NULL = ascii("null");
  private static final byte[] LINE_END = ascii("}\n");

  /** The opening of each layer's array, by {@link JsonlLayer#ordinal}. */
  private static final byte[][] LAYER_FIELDS = new byte[JsonlLayer.values().length][];

  static {
    for (JsonlLayer layer : JsonlLayer.values()) {
      LAYER_FIELDS[layer.ordinal()] = ascii(",\"" + layer.label() + "\":[");
    }
  }

  /** {@code ,"name":} in ASCII. */
  private static byte[] field(String name) {
    return ascii(",\"" + name + "\":");
  }

  private final Utf8Sink sink;
  private final Set<JsonlLayer> layers;

  private JsonlWriter(OutputStream out, boolean closeStream, Set<JsonlLayer> layers) {
    this.layers = layers.isEmpty() ? EnumSet.noneOf(JsonlLayer.class) : EnumSet.copyOf(layers);
    this.sink = new Utf8Sink(out, closeStream);
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
   */
  public static DocumentWriter open(OutputStream out, ExportOptions o)
      throws IOException {
    return to(out, o.layers());
  }

  @Override
  public void write(PreparedDocument p) throws IOException {
    Document d = p.document();
    CodePointOffsets cp = p.offsets();
    sink.append(ID_FIELD);
    string(d.id());
    sink.append(TEXT_FIELD);
    p.appendJsonText(sink);
    if (!d.metadata().isEmpty()) {
      sink.append(META_FIELD);
      boolean first = true;
      for (Map.Entry<String, String> e : d.metadata().entrySet()) {
        if (!first) {
          sink.append(',');
        }
        first = false;
        string(e.getKey());
        sink.append(':');
        string(e.getValue());
      }
      sink.append('}');
    }
    if (open(JsonlLayer.ZONES, d, Zone.class)) {
      List<Zone> zones = d.layer(Zone.class);
      for (int i = 0; i < zones.size(); i++) {
        comma(i);
        span(zones.get(i).span(), cp);
        sink.append(TYPE_FIELD);
        string(zones.get(i).type().label());
        sink.append('}');
      }
      sink.append(']');
    }
    if (open(JsonlLayer.SENTENCES, d, Sentence.class)) {
      List<Sentence> sentences = d.layer(Sentence.class);
      for (int i = 0; i < sentences.size(); i++) {
        comma(i);
        spanObject(sentences.get(i).span(), cp);
      }
      sink.append(']');
    }
    if (open(JsonlLayer.TOKENS, d, Token.class)) {
      TokenList tokens = d.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        comma(i);
        span(tokens.begin(i), tokens.end(i), cp);
        sink.append(NORM_FIELD);
        string(tokens.norm(i));
        sink.append('}');
      }
      sink.append(']');
    }
    List<Entity> entities = d.layer(Entity.class);
    boolean withEntities = open(JsonlLayer.ENTITIES, d, Entity.class);
    if (withEntities) {
      for (int i = 0; i < entities.size(); i++) {
        comma(i);
        Entity e = entities.get(i);
        span(e.span(), cp);
        sink.append(TYPE_FIELD);
        string(e.type().name());
        sink.append(SOURCE_FIELD);
        string(e.source());
        sink.append('}');
      }
      sink.append(']');
    }
    if (open(JsonlLayer.QUOTES, d, Quotation.class)) {
      List<Quotation> quotes = d.layer(Quotation.class);
      for (int i = 0; i < quotes.size(); i++) {
        comma(i);
        quote(quotes.get(i), withEntities ? entities : null, cp);
      }
      sink.append(']');
    }
    sink.append(LINE_END);
  }

  /** Opens the array of a layer that is asked for and that the document has; says whether. */
  private boolean open(JsonlLayer layer, Document d, Class<? extends Annotation> kind)
      throws IOException {
    if (!layers.contains(layer) || !d.hasLayer(kind)) {
      return false;
    }
    sink.append(LAYER_FIELDS[layer.ordinal()]);
    return true;
  }

  private void comma(int index) throws IOException {
    if (index > 0) {
      sink.append(',');
    }
  }

  private void string(String s) throws IOException {
    sink.appendJsonString(s, 0, s.length());
  }

  private void quote(Quotation q, List<Entity> entities, CodePointOffsets cp) throws IOException {
    span(q.span(), cp);
    sink.append(KIND_FIELD);
    string(q.kind().label());
    sink.append(UNCLOSED_FIELD).append(q.unclosed() ? TRUE : FALSE);
    sink.append(SPEAKER_FIELD);
    nullableSpan(q.speaker(), cp);
    if (q.speakerImplicit()) {
      sink.append(SPEAKER_IMPLICIT_TRUE);
    }
    sink.append(CUE_FIELD);
    nullableSpan(q.cue(), cp);
    if (!q.content().equals(q.span())) {
      sink.append(CONTENT_FIELD);
      spanObject(q.content(), cp);
    }
    // without the entity layer the index would point at nothing: the speaker span stays
    if (q.speakerEntity() != null && entities != null) {
      int index = indexOf(entities, q.speakerEntity());
      if (index < 0) {
        throw new IllegalArgumentException(
            "quotation " + q.span() + " links to an entity that is not in the entity layer");
      }
      sink.append(SPEAKER_ENTITY_FIELD).append(index);
    }
    sink.append('}');
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

  private void nullableSpan(Span span, CodePointOffsets cp) throws IOException {
    if (span == null) {
      sink.append(NULL);
    } else {
      spanObject(span, cp);
    }
  }

  private void spanObject(Span span, CodePointOffsets cp) throws IOException {
    span(span, cp);
    sink.append('}');
  }

  private void span(Span span, CodePointOffsets cp) throws IOException {
    span(span.begin(), span.end(), cp);
  }

  /** Opens an object with its {@code start} and {@code end}, in code points. */
  private void span(int begin, int end, CodePointOffsets cp) throws IOException {
    sink.append(START_FIELD).append(cp.toCodePoint(begin));
    sink.append(END_FIELD).append(cp.toCodePoint(end));
  }

  /** Flushes what was written to the stream. */
  public void flush() throws IOException {
    sink.flush();
  }

  @Override
  public void close() throws IOException {
    sink.close();
  }
}

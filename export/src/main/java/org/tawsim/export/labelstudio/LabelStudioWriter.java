/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.labelstudio;

import static org.tawsim.export.internal.QuotationParts.CUE;
import static org.tawsim.export.internal.QuotationParts.SPEAKER;
import static org.tawsim.export.labelstudio.LabelStudioFields.*;



import com.fasterxml.jackson.core.JsonGenerator;


import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Entity;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;
import org.tawsim.core.text.CodePointOffsets;
import org.tawsim.export.internal.JsonOutput;

/**
 * Writes Label Studio tasks: one JSON array, one task per line, each document's annotations as a
 * prediction a person then corrects.
 *
 * <pre>{@code
 * [
 * {"data":{"id":"news-1","text":"قال بوتين ...","meta":{"source":"rss"}},
 *  "predictions":[{"model_version":"tawsim","result":[
 *    {"id":"e4_9","from_name":"label","to_name":"text","type":"labels",
 *     "value":{"start":4,"end":9,"text":"بوتين","labels":["PER"]}},
 *    {"id":"q12_30","from_name":"quote","to_name":"text","type":"labels",
 *     "value":{"start":12,"end":30,"text":"...","labels":["SPEECH"]}},
 *    {"id":"s4_9","from_name":"quote", ... "labels":["SPEAKER"]}},
 *    {"from_id":"q12_30","to_id":"s4_9","type":"relation","direction":"right","labels":["speaker"]}]}]}
 * ]
 * }</pre>
 *
 * <p>Entities are regions of the {@code label} control, labelled with the type name exactly;
 * quotations are regions of the {@code quote} control labelled with their kind ({@code SPEECH},
 * {@code INDIRECT}, {@code OTHER}), and their speaker and cue regions of that control ({@code
 * SPEAKER}, {@code CUE}), linked from the quotation by relations {@code speaker} and {@code cue}. A
 * speaker or cue that two quotations share is one region. Offsets are code points, end exclusive,
 * as Label Studio counts them; {@code value.text} is the slice they cover. Region ids come from the
 * control and the offsets ({@code e4_9}, a second region on the same span {@code e4_9_2}), so the
 * same documents give the same bytes. {@code data.meta} holds the metadata, when there is any.
 *
 * <p>When given a configuration stream, {@link #close} writes there the project's labelling
 * configuration with every entity type written. Output is UTF-8. Not
 * thread-safe; closes the task stream only if it opened it, never the configuration stream.
 */
public final class LabelStudioWriter implements DocumentWriter, java.io.Flushable {

  /** The {@code model_version} of every prediction. */
  public static final String MODEL_VERSION = "tawsim";

  private final JsonGenerator json;
  private final OutputStream out;
  private final boolean closeStream;
  private final OutputStream config;
  private final Set<String> types = new TreeSet<>();
  private boolean first = true;

  private LabelStudioWriter(OutputStream out, boolean closeStream, OutputStream config)
      throws IOException {
    this.out = Objects.requireNonNull(out, "out");
    this.closeStream = closeStream;
    this.config = config;
    this.json = JsonOutput.generator(out);
    json.setRootValueSeparator(null);
    json.writeRaw('[');
  }

  /**
   * {@return a writer onto a stream, closed with the writer when {@code closeStream}}
   *
   * @param config where {@link #close} writes the labelling configuration; null for none
   * @param out the stream to write to
   * @param closeStream whether closing the writer closes the stream
   * @throws java.io.IOException when the stream cannot be opened for writing
   */
  static LabelStudioWriter of(OutputStream out, boolean closeStream, OutputStream config)
      throws IOException {
    return new LabelStudioWriter(out, closeStream, config);
  }

  /**
   * {@return a writer onto a stream that the caller closes, as is the configuration's}
   *
   * @param out the stream to write to
   * @param config where {@link #close} writes the labelling configuration; null for none
   * @throws java.io.IOException when the stream cannot be opened for writing
   */
  public static DocumentWriter open(OutputStream out, OutputStream config) throws IOException {
    return of(out, false, config);
  }

  @Override
  public void write(Document d) throws IOException {
    CodePointOffsets cp = CodePointOffsets.of(d.text());
    json.writeRaw(first ? "\n" : ",\n");
    first = false;
    json.writeStartObject();
    json.writeObjectFieldStart("data");
    json.writeStringField("id", d.id());
    json.writeStringField("text", d.text());
    if (!d.metadata().isEmpty()) {
      json.writeObjectFieldStart("meta");
      for (Map.Entry<String, String> e : d.metadata().entrySet()) {
        json.writeStringField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeArrayFieldStart("predictions");
    json.writeStartObject();
    json.writeStringField("model_version", MODEL_VERSION);
    json.writeArrayFieldStart("result");
    Set<String> ids = new HashSet<>();
    for (Entity e : d.layer(Entity.class)) {
      types.add(e.type().name());
      region(d, cp, id('e', e.span(), cp, ids), ENTITY_CONTROL, e.span(), e.type().name());
    }
    Map<Span, String> speakers = new HashMap<>();
    Map<Span, String> cues = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (Quotation q : d.layer(Quotation.class)) {
      String quote = id('q', q.span(), cp, ids);
      region(d, cp, quote, QUOTE_CONTROL, q.span(), q.kind().name());
      link(d, cp, quote, q.speaker(), 's', SPEAKER, speakers, ids, relations);
      link(d, cp, quote, q.cue(), 'c', CUE, cues, ids, relations);
    }
    // after every region, so that a reader meets both ends of a relation first
    for (String[] r : relations) {
      json.writeStartObject();
      json.writeStringField("from_id", r[0]);
      json.writeStringField("to_id", r[1]);
      json.writeStringField("type", "relation");
      json.writeStringField("direction", "right");
      json.writeArrayFieldStart("labels");
      json.writeString(r[2]);
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Writes the speaker's or cue's region (once per span) and notes the relation to it. */
  private void link(Document d, CodePointOffsets cp, String quote, Span target, char prefix,
      String label, Map<Span, String> seen, Set<String> ids, List<String[]> relations)
      throws IOException {
    if (target == null) {
      return;
    }
    String id = seen.get(target);
    if (id == null) {
      id = id(prefix, target, cp, ids);
      seen.put(target, id);
      region(d, cp, id, QUOTE_CONTROL, target, label);
    }
    relations.add(new String[] {quote, id, label.toLowerCase(Locale.ROOT)});
  }

  private void region(Document d, CodePointOffsets cp, String id, String control, Span span,
      String label) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", id);
    json.writeStringField("from_name", control);
    json.writeStringField("to_name", TEXT_OBJECT);
    json.writeStringField("type", "labels");
    json.writeObjectFieldStart("value");
    json.writeNumberField("start", cp.toCodePoint(span.begin()));
    json.writeNumberField("end", cp.toCodePoint(span.end()));
    json.writeStringField("text", d.text(span));
    json.writeArrayFieldStart("labels");
    json.writeString(label);
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  /** Returns {@code prefix start_end} in code points, with {@code _2}, {@code _3}... when taken. */
  private static String id(char prefix, Span span, CodePointOffsets cp, Set<String> ids) {
    String base = prefix + Integer.toString(cp.toCodePoint(span.begin())) + "_"
        + cp.toCodePoint(span.end());
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "_" + n;
    }
    return id;
  }

  /** Passes what was written on to the stream. */
  @Override
  public void flush() throws IOException {
    json.flush();
  }

  /** Ends the array, then writes the configuration when a stream was given for it. */
  @Override
  public void close() throws IOException {
    json.writeRaw("\n]\n");
    json.close();
    if (config != null) {
      config.write(LabelStudioConfig.xml(types).getBytes(StandardCharsets.UTF_8));
      config.flush();
    }
    if (closeStream) {
      out.close();
    } else {
      out.flush();
    }
  }
}

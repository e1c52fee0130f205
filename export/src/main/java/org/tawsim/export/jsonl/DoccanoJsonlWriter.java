/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import static org.tawsim.export.internal.Utf8Sink.ascii;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Entity;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;
import org.tawsim.core.text.CodePointOffsets;
import org.tawsim.export.DoccanoLayout;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.internal.QuotationParts;
import org.tawsim.export.internal.PreparedDocument;
import org.tawsim.export.internal.PreparedWriter;
import org.tawsim.export.internal.Utf8Sink;

/**
 * Writes doccano's import JSONL, offsets in code points, end exclusive, in one of its two layouts.
 *
 * <p>{@link DoccanoLayout#SPANS}, for sequence labelling projects: {@code
 * {"id":"news-1","text":"...","label":[[4,18,"PER"],[22,27,"LOC"]]}}, the entities only.
 *
 * <p>{@link DoccanoLayout#RELATIONS}, for relation projects, which holds quotations too: {@code
 * {"id":..,"text":..,"entities":[{"id":0,"label":"PER","start_offset":4,"end_offset":18},...],
 * "relations":[{"id":0,"from_id":7,"to_id":8,"type":"SPEAKER"},...]}}. Entities come first (ids from
 * 0 in layer order), then per quotation a {@code QUOTE} span and, when known, its {@code SPEAKER}
 * and {@code CUE} spans, linked from the quote by relations of those types.
 *
 * <p>Spans are the annotations' own, exactly: doccano works on characters, so no token layer is
 * needed and nothing is aligned, expanded or dropped. {@code id} is the document id (doccano keeps
 * unknown fields as metadata). Output is UTF-8, one line per document, byte-stable. Not
 * thread-safe; closes the stream only if it opened it.
 */
public final class DoccanoJsonlWriter implements PreparedWriter {

  private static final byte[] ID_FIELD = ascii("{\"id\":");
  private static final byte[] TEXT_FIELD = ascii(",\"text\":");
  private static final byte[] LABEL_FIELD = ascii(",\"label\":[");
  private static final byte[] ENTITIES_FIELD = ascii(",\"entities\":[");
  private static final byte[] RELATIONS_FIELD = ascii("],\"relations\":[");
  private static final byte[] LINE_END = ascii("}\n");

  private final Utf8Sink sink;
  private final DoccanoLayout layout;

  private DoccanoJsonlWriter(OutputStream out, boolean closeStream, DoccanoLayout layout)
      throws IOException {
    this.layout = Objects.requireNonNull(layout, "layout");
    this.sink = new Utf8Sink(out, closeStream);
  }

  /**
   * {@return a writer of the {@link DoccanoLayout#SPANS} layout onto a stream the caller closes}
   *
   * @param out the stream to write to
   * @throws java.io.IOException when the stream cannot be opened for writing
   */
  static DoccanoJsonlWriter to(OutputStream out) throws IOException {
    return new DoccanoJsonlWriter(out, false, DoccanoLayout.SPANS);
  }

  /**
   * {@return a writer of a layout, closing the stream with itself when {@code closeStream}}
   *
   * @param out the stream to write to
   * @param closeStream whether closing the writer closes the stream
   * @param layout spans or relations
   * @throws java.io.IOException when the stream cannot be opened for writing
   */
  static DoccanoJsonlWriter of(OutputStream out, boolean closeStream, DoccanoLayout layout)
      throws IOException {
    return new DoccanoJsonlWriter(out, closeStream, layout);
  }

  /**
   * {@return a writer with these settings onto a stream that the caller closes}
   *
   * @param out the stream to write to
   * @param o the settings: the layout
   * @throws java.io.IOException when the stream cannot be opened for writing
   */
  public static DocumentWriter open(OutputStream out, ExportOptions o)
      throws IOException {
    return of(out, false, o.doccanoLayout());
  }

  @Override
  public void write(PreparedDocument p) throws IOException {
    Document d = p.document();
    CodePointOffsets cp = p.offsets();
    sink.append(ID_FIELD);
    string(d.id());
    sink.append(TEXT_FIELD);
    p.appendJsonText(sink);
    if (layout == DoccanoLayout.SPANS) {
      sink.append(LABEL_FIELD);
      boolean first = true;
      for (Entity e : d.layer(Entity.class)) {
        sink.append(first ? "[" : ",[");
        first = false;
        sink.append(cp.toCodePoint(e.span().begin())).append(',');
        sink.append(cp.toCodePoint(e.span().end())).append(',');
        string(e.type().name());
        sink.append(']');
      }
      sink.append(']');
    } else {
      relations(d, cp);
    }
    sink.append(LINE_END);
  }

  private void relations(Document d, CodePointOffsets cp) throws IOException {
    List<Entity> entities = d.layer(Entity.class);
    List<Quotation> quotes = d.layer(Quotation.class);
    sink.append(ENTITIES_FIELD);
    int id = 0;
    for (Entity e : entities) {
      entity(id++, e.type().name(), e.span(), cp);
    }
    for (Quotation q : quotes) {
      entity(id++, "QUOTE", q.span(), cp);
      if (q.speaker() != null) {
        entity(id++, QuotationParts.SPEAKER, q.speaker(), cp);
      }
      if (q.cue() != null) {
        entity(id++, QuotationParts.CUE, q.cue(), cp);
      }
    }
    sink.append(RELATIONS_FIELD);
    int next = entities.size();
    int relation = 0;
    for (Quotation q : quotes) {
      int quote = next++;
      if (q.speaker() != null) {
        relation(relation++, quote, next++, QuotationParts.SPEAKER);
      }
      if (q.cue() != null) {
        relation(relation++, quote, next++, QuotationParts.CUE);
      }
    }
    sink.append(']');
  }

  private void entity(int id, String label, Span span, CodePointOffsets cp) throws IOException {
    sink.append(id == 0 ? "{\"id\":" : ",{\"id\":").append(id);
    sink.append(",\"label\":");
    string(label);
    sink.append(",\"start_offset\":").append(cp.toCodePoint(span.begin()));
    sink.append(",\"end_offset\":").append(cp.toCodePoint(span.end())).append('}');
  }

  private void relation(int id, int from, int to, String type) throws IOException {
    sink.append(id == 0 ? "{\"id\":" : ",{\"id\":").append(id);
    sink.append(",\"from_id\":").append(from);
    sink.append(",\"to_id\":").append(to);
    sink.append(",\"type\":");
    string(type);
    sink.append('}');
  }

  private void string(String s) throws IOException {
    sink.appendJsonString(s, 0, s.length());
  }

  /** Passes what was written on to the stream. */
  public void flush() throws IOException {
    sink.flush();
  }

  @Override
  public void close() throws IOException {
    sink.close();
  }
}

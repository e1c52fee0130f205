/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tawsim.core.Annotation;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.Span;
import org.tawsim.core.text.CodePointOffsets;
import org.tawsim.export.HumanLayers;
import org.tawsim.export.internal.QuotationParts;
import org.tawsim.export.internal.ToolFields;

/**
 * Reads doccano's JSONL (what it exports, and what {@link DoccanoJsonlWriter} writes) into
 * documents with the person's layers, offsets in code points in the file.
 *
 * <p>Both layouts: {@code "label": [[start, end, "PER"], ...]} gives entities; {@code "entities":
 * [{"id", "label", "start_offset", "end_offset"}]} with {@code "relations"} gives entities, and
 * quotations from the spans labelled {@code QUOTE} (speech; or {@code SPEECH}, {@code INDIRECT},
 * {@code OTHER}) with the {@code SPEAKER} and {@code CUE} spans their relations point to. The id is
 * {@code id}. The layers read are marked with {@link HumanLayers}. A label outside Tawsim's usual
 * types becomes a new type, with a notice. A bad line is handed to the {@link RejectHandler}
 * naming the input and the line. Not thread-safe; closes the stream when closed.
 */
public final class DoccanoJsonlReader extends ToolJsonlReader {

  /**
   * Creates a reader.
   *
   * @param input the input's name, for messages
   * @param in the bytes (UTF-8); closed with the reader
   * @param rejects what to do with a bad line
   * @param notices hears of each new label
   */
  public DoccanoJsonlReader(
      String input, InputStream in, RejectHandler rejects, Consumer<String> notices) {
    super(input, in, rejects, notices);
  }

  @Override
  Document parse(JsonNode root) throws InvalidInputException {
    String id = ToolFields.id(root.get("id"));
    if (id == null) {
      throw bad("no \"id\" (a non-empty string or a whole number)");
    }
    String text = text(root, id);
    CodePointOffsets cp = CodePointOffsets.of(text);
    Document d = Document.of(id, text);
    List<Entity> entities = new ArrayList<>();
    JsonNode label = root.get("label");
    JsonNode spans = root.get("entities");
    if (spans != null && spans.isArray()) {
      return relations(d, spans, root.path("relations"), cp);
    }
    if (label != null && label.isArray()) {
      for (JsonNode l : label) {
        if (!l.isArray() || l.size() < 3) {
          throw bad("a \"label\" item is not [start, end, label]: " + l);
        }
        entities.add(Entity.of(span(l.get(0), l.get(1), cp, "label " + l), labels.type(l.get(2).asText())));
      }
    }
    return HumanLayers.mark(d.withLayer(Entity.class, entities), List.of(Entity.class));
  }

  private Document relations(Document d, JsonNode spans, JsonNode relations, CodePointOffsets cp)
      throws InvalidInputException {
    Map<String, Span> byId = new HashMap<>();
    Map<String, QuoteKind> quoteKinds = new LinkedHashMap<>();
    List<Entity> entities = new ArrayList<>();
    for (JsonNode s : spans) {
      String sid = s.path("id").asText();
      String l = s.path("label").asText();
      Span span = span(s.get("start_offset"), s.get("end_offset"), cp, "entity " + s);
      byId.put(sid, span);
      QuoteKind kind = quoteKind(l);
      if (kind != null) {
        quoteKinds.put(sid, kind);
      } else if (!l.equals(QuotationParts.SPEAKER) && !l.equals(QuotationParts.CUE)) {
        entities.add(Entity.of(span, labels.type(l)));
      }
    }
    Map<String, Span> speakers = new HashMap<>();
    Map<String, Span> cues = new HashMap<>();
    for (JsonNode r : relations) {
      String from = r.path("from_id").asText();
      String to = r.path("to_id").asText();
      String type = r.path("type").asText();
      if (quoteKinds.containsKey(from) && byId.containsKey(to)) {
        if (type.equals(QuotationParts.SPEAKER)) {
          speakers.put(from, byId.get(to));
        } else if (type.equals(QuotationParts.CUE)) {
          cues.put(from, byId.get(to));
        }
      }
    }
    List<Quotation> quotes = new ArrayList<>();
    for (Map.Entry<String, QuoteKind> q : quoteKinds.entrySet()) {
      quotes.add(QuotationParts.of(d.text(), byId.get(q.getKey()), q.getValue(),
          speakers.get(q.getKey()), cues.get(q.getKey()), entities));
    }
    List<Class<? extends Annotation>> human = List.of(Entity.class, Quotation.class);
    return HumanLayers.mark(
        d.withLayer(Entity.class, entities).withLayer(Quotation.class, quotes), human);
  }

  /** Returns the kind a span's label names, or null for an entity, speaker or cue label. */
  private static QuoteKind quoteKind(String label) {
    try {
      return QuoteKind.fromLabel(label);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

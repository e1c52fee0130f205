/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Reads spaCy / Prodigy JSONL (what Prodigy's {@code db-out} gives, and what {@link
 * SpacyJsonlWriter} writes) into documents with the person's layers, offsets in code points in
 * the file.
 *
 * <p>{@code spans} give the entities ({@code start}, {@code end}, {@code label}); {@code quotes}
 * the quotations with their {@code kind}, and {@code relations} their speakers and cues (the
 * {@code child_span} of a relation labelled {@code SPEAKER} or {@code CUE} whose {@code head_span}
 * is the quotation). The id is {@code meta.id} (else {@code id}); the other fields of {@code meta}
 * become metadata. Tokens are not read: the layers read are the human ones, marked with {@link
 * HumanLayers}. Prodigy's rejected answers ({@code "answer": "reject"} or {@code "ignore"}) are
 * rejected lines. A label outside Tawsim's usual types becomes a new type, with a notice. Not
 * thread-safe; closes the stream when closed.
 */
public final class SpacyJsonlReader extends ToolJsonlReader {

  /**
   * Creates a reader.
   *
   * @param input the input's name, for messages
   * @param in the bytes (UTF-8); closed with the reader
   * @param rejects what to do with a bad line
   * @param notices hears of each new label
   */
  public SpacyJsonlReader(
      String input, InputStream in, RejectHandler rejects, Consumer<String> notices) {
    super(input, in, rejects, notices);
  }

  @Override
  Document parse(JsonNode root) throws InvalidInputException {
    JsonNode meta = root.path("meta");
    String id = ToolFields.id(meta.get("id"));
    if (id == null) {
      id = ToolFields.id(root.get("id"));
    }
    if (id == null) {
      throw bad("no \"meta.id\" or \"id\" (a non-empty string or a whole number)");
    }
    String answer = root.path("answer").asText("accept");
    if (!answer.equals("accept")) {
      throw bad("document '" + id + "': Prodigy answer '" + answer + "', not accepted");
    }
    String text = text(root, id);
    Map<String, String> metadata = ToolFields.metadata(meta, List.of("id"));
    CodePointOffsets cp = CodePointOffsets.of(text);
    List<Entity> entities = new ArrayList<>();
    for (JsonNode s : root.path("spans")) {
      entities.add(Entity.of(span(s.get("start"), s.get("end"), cp, "span " + s),
          labels.type(s.path("label").asText())));
    }
    Document d = Document.of(id, text, metadata).withLayer(Entity.class, entities);
    if (!root.has("quotes")) {
      return HumanLayers.mark(d, List.of(Entity.class));
    }
    Map<Span, Span> speakers = new HashMap<>();
    Map<Span, Span> cues = new HashMap<>();
    for (JsonNode r : root.path("relations")) {
      String label = r.path("label").asText();
      if (label.equals(QuotationParts.SPEAKER) || label.equals(QuotationParts.CUE)) {
        JsonNode h = r.path("head_span");
        JsonNode c = r.path("child_span");
        (label.equals(QuotationParts.SPEAKER) ? speakers : cues).put(
            span(h.get("start"), h.get("end"), cp, "relation head " + h),
            span(c.get("start"), c.get("end"), cp, "relation child " + c));
      }
    }
    List<Quotation> quotes = new ArrayList<>();
    for (JsonNode q : root.path("quotes")) {
      Span span = span(q.get("start"), q.get("end"), cp, "quote " + q);
      QuoteKind kind = q.hasNonNull("kind") ? QuoteKind.fromLabel(q.get("kind").asText())
          : QuoteKind.SPEECH;
      Quotation quote = QuotationParts.of(text, span, kind, speakers.get(span), cues.get(span),
          entities);
      if (q.has("unclosed") && q.get("unclosed").asBoolean() != quote.unclosed()) {
        quote = new Quotation(quote.span(), quote.content(), kind, q.get("unclosed").asBoolean(),
            quote.speaker(), quote.cue(), quote.speakerEntity());
      }
      quotes.add(quote);
    }
    List<Class<? extends Annotation>> human = List.of(Entity.class, Quotation.class);
    return HumanLayers.mark(d.withLayer(Quotation.class, quotes), human);
  }
}

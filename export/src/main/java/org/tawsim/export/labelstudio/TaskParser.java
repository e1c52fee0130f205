/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.labelstudio;

import static org.tawsim.export.internal.QuotationParts.CUE;
import static org.tawsim.export.internal.QuotationParts.SPEAKER;
import static org.tawsim.export.labelstudio.LabelStudioFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Quotation;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Span;
import org.tawsim.core.text.CodePointOffsets;
import org.tawsim.export.Formats;
import org.tawsim.export.HumanLayers;
import org.tawsim.export.internal.EntityLabels;
import org.tawsim.export.internal.QuotationParts;
import org.tawsim.export.internal.CodePointSpans;

/** Turns the result of one annotation into the entity and quotation layers of its document. */
final class TaskParser {

  int repairs;
  private final String input;
  private final EntityLabels labels;
  private final Consumer<String> notices;
  private final Set<String> unknownControls = new HashSet<>();

  TaskParser(String input, EntityLabels labels, Consumer<String> notices) {
    this.input = input;
    this.labels = labels;
    this.notices = notices;
  }

  /** A labelled region of the text, its span already checked against the text. */
  private record Region(String id, String control, Span span, String label) {}

  /**
   * Returns the document with its human layers.
   *
   * @throws InvalidInputException naming the task and the region that cannot be placed
   * @throws IllegalArgumentException for a quotation that cannot be built
   */
  Document document(Document d, JsonNode result, String where) throws InvalidInputException {
    String text = d.text();
    int[] cps = text.codePoints().toArray();
    CodePointOffsets cp = CodePointOffsets.of(text);
    List<Region> regions = new ArrayList<>();
    List<JsonNode> relations = new ArrayList<>();
    List<String> repaired = new ArrayList<>();
    if (result != null && result.isArray()) {
      int n = 0;
      for (JsonNode r : result) {
        n++;
        if ("relation".equals(r.path("type").asText())) {
          relations.add(r);
          continue;
        }
        JsonNode value = r.get("value");
        JsonNode rl = value == null ? null : value.get("labels");
        if (rl == null || !rl.isArray() || !value.has("start") || !value.has("end")) {
          continue; // not a labelled span of the text (a choice, a comment...)
        }
        String rid = r.path("id").asText("#" + n);
        String control = r.path("from_name").asText();
        if (!control.equals(ENTITY_CONTROL) && !control.equals(QUOTE_CONTROL)) {
          if (unknownControls.add(control)) {
            notices.accept("regions of the control '" + control + "' are not imported (entities"
                + " come from '" + ENTITY_CONTROL + "', quotations from '" + QUOTE_CONTROL + "')");
          }
          continue;
        }
        Span span = place(cps, cp, value, where, rid, repaired);
        for (JsonNode label : rl) {
          regions.add(new Region(rid, control, span, label.asText()));
        }
      }
    }
    List<Entity> entities = new ArrayList<>();
    Map<String, Region> byId = new HashMap<>();
    for (Region r : regions) {
      byId.putIfAbsent(r.id(), r);
      if (r.control().equals(ENTITY_CONTROL)) {
        entities.add(Entity.of(r.span(), labels.type(r.label())));
      }
    }
    List<Quotation> quotes = quotations(text, regions, relations, byId, entities, where);
    // told only now: a repair in a task rejected later is no repair
    repaired.forEach(notices);
    repairs += repaired.size();
    Document out = d.withLayer(Entity.class, entities).withLayer(Quotation.class, quotes);
    return HumanLayers.mark(out, List.of(Entity.class, Quotation.class));
  }

  /**
   * Returns the span in UTF-16 units: that of the offsets (in code points) when the text there is
   * {@code value.text} (or there is none), else the nearest place of that text within reach.
   */
  private Span place(int[] cps, CodePointOffsets cp, JsonNode value, String where, String rid,
      List<String> repaired) throws InvalidInputException {
    Span checked = CodePointSpans.span(value.get("start"), value.get("end"), cp,
        new CodePointSpans.Reject() {
          @Override
          public InvalidInputException notWhole() {
            return new InvalidInputException(input, where + ", region " + rid, "offsets ["
                + value.get("start") + ", " + value.get("end") + ") are not whole numbers");
          }

          @Override
          public InvalidInputException outOfRange(long s, long e, int length) {
            return new InvalidInputException(input, where + ", region " + rid, "offsets [" + s
                + ", " + e + ") out of range for a text of " + length + " code points");
          }
        });
    JsonNode expected = value.get("text");
    if (expected == null || !expected.isTextual()) {
      return checked;
    }
    int start = cp.toCodePoint(checked.begin());
    int end = cp.toCodePoint(checked.end());
    String want = expected.textValue();
    String there = new String(cps, start, end - start);
    if (there.equals(want)) {
      return checked;
    }
    int moved = RegionRepair.nearest(cps, start, want);
    if (moved < 0) {
      throw new InvalidInputException(input, where + ", region " + rid, "value.text '" + want
          + "' is not at [" + start + ", " + end + ") (which holds '" + there
          + "') nor within " + RegionRepair.REACH + " characters of it");
    }
    int movedEnd = moved + want.codePointCount(0, want.length());
    repaired.add(Formats.REPAIR_NOTICE + where + ", region " + rid + ": [" + start + ", " + end
        + ") moved to [" + moved + ", " + movedEnd + "), where its text '" + want + "' is");
    return new Span(cp.toUtf16(moved), cp.toUtf16(movedEnd));
  }

  private List<Quotation> quotations(String text, List<Region> regions,
      List<JsonNode> relations, Map<String, Region> byId, List<Entity> entities, String where)
      throws InvalidInputException {
    Map<String, Span> speakers = new HashMap<>();
    Map<String, Span> cues = new HashMap<>();
    for (JsonNode rel : relations) {
      Region a = byId.get(rel.path("from_id").asText());
      Region b = byId.get(rel.path("to_id").asText());
      if (a == null || b == null) {
        throw new InvalidInputException(input, where + ", relation " + rel.path("from_id").asText()
            + " -> " + rel.path("to_id").asText(), "links a region the annotation does not have");
      }
      // a person may draw the arrow either way: the quotation is the end that is not SPEAKER/CUE
      Region quote = isPart(a) ? b : a;
      Region part = quote == a ? b : a;
      if (isPart(quote) || !isPart(part)) {
        continue;
      }
      (part.label().equals(SPEAKER) ? speakers : cues).put(quote.id(), part.span());
    }
    List<Quotation> quotes = new ArrayList<>();
    for (Region r : regions) {
      if (r.control().equals(QUOTE_CONTROL) && !isPart(r)) {
        QuoteKind kind;
        try {
          kind = QuoteKind.fromLabel(r.label());
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException(input, where + ", region " + r.id(), "quote label '" + r.label()
              + "' is none of SPEECH, QUOTE, INDIRECT, OTHER, SPEAKER, CUE");
        }
        quotes.add(QuotationParts.of(text, r.span(), kind, speakers.get(r.id()), cues.get(r.id()),
            entities));
      }
    }
    return quotes;
  }

  private static boolean isPart(Region r) {
    return r.control().equals(QUOTE_CONTROL)
        && (r.label().equals(SPEAKER) || r.label().equals(CUE));
  }
}

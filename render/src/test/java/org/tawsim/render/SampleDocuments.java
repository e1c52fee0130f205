/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Zone;
import org.tawsim.core.ZoneType;

/** Documents annotated by hand for the HTML tests: Arabic, an emoji, markup in the text. */
final class SampleDocuments {

  static final String NEWS_TEXT =
      "بيروت - وكالات:\n"
          + "قال الرئيس ميشال عون 😀 إن «لبنان لن يسمح بالفوضى في بيروت». "
          + "وأضاف أن الحكومة ستجتمع غدا.";

  static final String SCRIPT_ID = "<script>window.__tawsimInjected = 'id';</script>";

  static final String SCRIPT_TEXT =
      "<script>window.__tawsimInjected = 'text';</script> نص عربي "
          + "<img src=x onerror=\"window.__tawsimInjected='img'\"> & \"quotes\"";

  static final EntityType EVENT = EntityType.of("EVENT");

  private SampleDocuments() {}

  /** Returns the span of the {@code nth} (from 0) occurrence of {@code part} in {@code text}. */
  static Span find(String text, String part, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(part, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + part + "' occurs fewer than " + (nth + 1) + " times");
      }
    }
    return new Span(at, at + part.length());
  }

  static Span find(String text, String part) {
    return find(text, part, 0);
  }

  /**
   * A news item: dateline and body zones, two sentences, entities (one after an emoji, two inside
   * the quotation, one of a user type), a speech quotation and an indirect one with the same
   * speaker.
   */
  static Document news() {
    String t = NEWS_TEXT;
    int newline = t.indexOf('\n');
    Span speaker = find(t, "ميشال عون");
    Entity per = new Entity(speaker, EntityType.PER, "rule:title+name");
    Span first = new Span(newline + 1, t.indexOf("». ") + 2);
    Span second = new Span(find(t, "وأضاف").begin(), t.length());
    return Document.of("news-1", t, Map.of("url", "https://example.org/a?x=1&y=<2>"))
        .withLayer(Zone.class, List.of(
            new Zone(new Span(0, newline), ZoneType.DATELINE),
            new Zone(new Span(newline + 1, t.length()), ZoneType.BODY)))
        .withLayer(Sentence.class, List.of(new Sentence(first), new Sentence(second)))
        .withLayer(Entity.class, List.of(
            new Entity(find(t, "بيروت", 0), EntityType.LOC, "gazetteer:cities"),
            per,
            new Entity(find(t, "لبنان"), EntityType.LOC, "gazetteer:countries"),
            new Entity(find(t, "بيروت", 1), EntityType.LOC, "gazetteer:cities"),
            new Entity(find(t, "بالفوضى"), EVENT, ""),
            new Entity(find(t, "الحكومة"), EntityType.ORG, "")))
        .withLayer(Quotation.class, List.of(
            new Quotation(
                find(t, "«لبنان لن يسمح بالفوضى في بيروت»"),
                find(t, "لبنان لن يسمح بالفوضى في بيروت"),
                QuoteKind.SPEECH, false, speaker, find(t, "قال"), per),
            new Quotation(
                find(t, "أن الحكومة ستجتمع غدا"),
                find(t, "أن الحكومة ستجتمع غدا"),
                QuoteKind.INDIRECT, false, speaker, find(t, "وأضاف"), per)));
  }

  /** A document whose id, metadata and text hold markup that must show as text. */
  static Document scripted() {
    String t = SCRIPT_TEXT;
    return Document.of(SCRIPT_ID, t, Map.of("title", "<script>window.__tawsimInjected='meta'</script>"))
        .withLayer(Sentence.class, List.of(new Sentence(new Span(0, t.length()))))
        .withLayer(Entity.class, List.of(new Entity(find(t, "نص"), EntityType.MISC, "<b>src</b>")));
  }

  /** A short document with an entity crossing its sentence boundary, number {@code n}. */
  static Document numbered(int n) {
    String t = "هذه الوثيقة رقم " + n + ". زارت سارة القاهرة أمس.";
    int stop = t.indexOf(". ") + 1;
    return Document.of("doc-" + n, t)
        .withLayer(Sentence.class, List.of(
            new Sentence(new Span(0, stop)), new Sentence(new Span(stop + 1, t.length()))))
        .withLayer(Entity.class, List.of(
            new Entity(find(t, "رقم " + n + ". زارت"), EntityType.MISC, "crossing"),
            new Entity(find(t, "سارة"), EntityType.PER, ""),
            new Entity(find(t, "القاهرة"), EntityType.LOC, "")));
  }

  /** The news item, the scripted document, then numbered documents 3 to {@code last}. */
  static List<Document> corpus(int last) {
    List<Document> docs = new ArrayList<>();
    docs.add(news());
    docs.add(scripted());
    for (int n = 3; n <= last; n++) {
      docs.add(numbered(n));
    }
    return docs;
  }
}

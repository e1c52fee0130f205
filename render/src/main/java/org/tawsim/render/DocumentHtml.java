/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.Quotation;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Zone;

/**
 * Renders one document as an HTML {@code <section>}: a header with its id, counts and metadata,
 * then its text with the annotations as nested spans.
 *
 * <p>The section's id is {@code d} and the document's number in the corpus (from 1), since a
 * document id may hold any character; the id itself is in {@code data-id}. Elements, from outer to
 * inner at equal spans (see {@link Markup}):
 *
 * <ul>
 *   <li>zone: {@code span.z} with {@code data-zone} (its type's label);
 *   <li>sentence: {@code span.s}, with {@code s0}/{@code s1} alternating and {@code data-s} its
 *       number from 1;
 *   <li>quotation: {@code span.q.q-<kind>} ({@code q-unclosed} too when unclosed), {@code
 *       data-kind}, {@code data-q} its number from 1, and on its first fragment the id {@code
 *       d<n>-q<k>};
 *   <li>speaker and cue: {@code span.sp} and {@code span.cue}, {@code data-q} listing the numbers of
 *       the quotations they belong to (one span may be the speaker of several);
 *   <li>entity: {@code span.e.t-<TYPE>} with {@code data-type}, and a title naming its source.
 * </ul>
 *
 * <p>Tokens are not drawn. Everything taken from the document is escaped.
 */
final class DocumentHtml {

  private static final int ZONE = 0;
  private static final int SENTENCE = 1;
  private static final int QUOTATION = 2;
  private static final int SPEAKER_OR_CUE = 3;
  private static final int ENTITY = 4;

  private DocumentHtml() {}

  /** Appends the section of document number {@code number} (from 1). */
  static void section(StringBuilder out, Document d, int number) {
    String anchor = "d" + number;
    out.append("<section class=\"doc\" id=\"").append(anchor).append("\" data-id=\"");
    HtmlEscaper.escape(out, d.id()).append("\">\n<header><h2><a href=\"#").append(anchor)
        .append("\">").append(number).append("</a><bdi>");
    HtmlEscaper.escape(out, d.id()).append("</bdi></h2>\n<p class=\"counts\" dir=\"ltr\">");
    counts(out, d);
    out.append("</p>\n");
    if (!d.metadata().isEmpty()) {
      out.append("<dl class=\"meta\">");
      for (Map.Entry<String, String> e : d.metadata().entrySet()) {
        out.append("<dt><bdi>");
        HtmlEscaper.escape(out, e.getKey()).append("</bdi></dt><dd><bdi>");
        HtmlEscaper.escape(out, e.getValue()).append("</bdi></dd>");
      }
      out.append("</dl>\n");
    }
    out.append("</header>\n<div class=\"text\" dir=\"rtl\">");
    Markup.render(out, d.text(), marks(d, anchor));
    out.append("</div>\n</section>\n");
  }

  private static void counts(StringBuilder out, Document d) {
    String text = d.text();
    out.append(text.codePointCount(0, text.length())).append(" characters");
    if (d.hasLayer(Sentence.class)) {
      out.append(" \u00B7 ").append(d.layer(Sentence.class).size()).append(" sentences");
    }
    if (d.hasLayer(Entity.class)) {
      out.append(" \u00B7 ").append(d.layer(Entity.class).size()).append(" entities");
    }
    if (d.hasLayer(Quotation.class)) {
      out.append(" \u00B7 ").append(d.layer(Quotation.class).size()).append(" quotations");
    }
  }

  /** Returns the marks of every drawn layer of {@code d}. */
  static List<Markup.Mark> marks(Document d, String anchor) {
    List<Markup.Mark> marks = new ArrayList<>();
    for (Zone z : d.layer(Zone.class)) {
      marks.add(mark(z.span(), ZONE, "z", " data-zone=\"" + z.type().label() + "\"", ""));
    }
    List<Sentence> sentences = d.layer(Sentence.class);
    for (int i = 0; i < sentences.size(); i++) {
      marks.add(
          mark(sentences.get(i).span(), SENTENCE, "s s" + (i % 2), " data-s=\"" + (i + 1) + "\"", ""));
    }
    List<Quotation> quotations = d.layer(Quotation.class);
    Map<Span, StringBuilder> speakers = new TreeMap<>();
    Map<Span, StringBuilder> cues = new TreeMap<>();
    for (int i = 0; i < quotations.size(); i++) {
      Quotation q = quotations.get(i);
      int number = i + 1;
      String kind = q.kind().label();
      String title = kind + (q.unclosed() ? ", unclosed" : "");
      marks.add(
          mark(
              q.span(),
              QUOTATION,
              "q q-" + kind + (q.unclosed() ? " q-unclosed" : ""),
              " data-kind=\"" + kind + "\" data-q=\"" + number + "\" title=\"" + title + "\"",
              " id=\"" + anchor + "-q" + number + "\""));
      if (q.speaker() != null) {
        append(speakers, q.speaker(), number);
      }
      if (q.cue() != null) {
        append(cues, q.cue(), number);
      }
    }
    speakers.forEach(
        (span, numbers) ->
            marks.add(
                mark(
                    span,
                    SPEAKER_OR_CUE,
                    "sp",
                    " data-q=\"" + numbers + "\" title=\"speaker of quotation " + numbers + "\"",
                    "")));
    cues.forEach(
        (span, numbers) ->
            marks.add(mark(span, SPEAKER_OR_CUE, "cue", " data-q=\"" + numbers + "\"", "")));
    for (Entity e : d.layer(Entity.class)) {
      String type = e.type().name();
      StringBuilder title = new StringBuilder(type);
      if (!e.source().isEmpty()) {
        HtmlEscaper.escape(title.append(" \u00B7 "), e.source());
      }
      marks.add(
          mark(
              e.span(),
              ENTITY,
              "e t-" + type,
              " data-type=\"" + type + "\" title=\"" + title + "\"",
              ""));
    }
    return marks;
  }

  private static void append(Map<Span, StringBuilder> bySpan, Span span, int number) {
    StringBuilder numbers = bySpan.get(span);
    if (numbers == null) {
      bySpan.put(span, new StringBuilder().append(number));
    } else {
      numbers.append(' ').append(number);
    }
  }

  private static Markup.Mark mark(
      Span span, int rank, String classes, String attributes, String firstAttributes) {
    return new Markup.Mark(span.begin(), span.end(), rank, classes, attributes, firstAttributes);
  }
}

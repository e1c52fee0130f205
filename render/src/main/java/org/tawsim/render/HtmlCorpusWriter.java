/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.Sentence;

/**
 * The writer {@link HtmlRenderer#writer} returns: pages of documents go to a temporary file as
 * they fill; on {@link #close()} the head (which needs the corpus counts and the set of entity
 * types), the corpus view, the pages and the script are written to the output in that order.
 *
 * <p>Memory holds the current page and the counts. The temporary file is deleted on close, also
 * when writing fails. Not thread-safe.
 */
final class HtmlCorpusWriter implements DocumentWriter {

  private static final Map<QuoteKind, String> KIND_COLOURS =
      Map.of(QuoteKind.SPEECH, "#b3261e", QuoteKind.INDIRECT, "#1f5fbf", QuoteKind.OTHER, "#777777");

  private final HtmlRenderer renderer;
  private final OutputStream out;
  private final Path spoolPath;
  private final Writer spool;
  private final CorpusStatistics statistics = new CorpusStatistics();
  private final StringBuilder pageIndex = new StringBuilder();
  private final StringBuilder pageDocuments = new StringBuilder();
  private int documents;
  private int pages;
  private boolean closed;

  HtmlCorpusWriter(HtmlRenderer renderer, OutputStream out, Path spoolDirectory)
      throws IOException {
    this.renderer = renderer;
    this.out = out;
    this.spoolPath =
        spoolDirectory == null
            ? Files.createTempFile("tawsim-render-", ".part")
            : Files.createTempFile(spoolDirectory, "tawsim-render-", ".part");
    this.spool = Files.newBufferedWriter(spoolPath, StandardCharsets.UTF_8);
  }

  @Override
  public void write(Document d) throws IOException {
    Objects.requireNonNull(d, "document");
    if (closed) {
      throw new IllegalStateException("the HTML writer is closed");
    }
    documents++;
    statistics.add(d);
    indexRow(d, documents);
    DocumentHtml.section(pageDocuments, d, documents);
    if (documents % renderer.pageSize() == 0) {
      flushPage();
    }
  }

  private void indexRow(Document d, int number) {
    pageIndex.append("<tr><td class=\"n\"><a href=\"#d").append(number).append("\">")
        .append(number).append("</a></td><td><a href=\"#d").append(number).append("\"><bdi>");
    HtmlEscaper.escape(pageIndex, d.id()).append("</bdi></a></td><td class=\"n\">")
        .append(d.text().codePointCount(0, d.text().length())).append("</td><td class=\"n\">")
        .append(d.layer(Sentence.class).size()).append("</td><td class=\"n\">")
        .append(d.layer(Entity.class).size()).append("</td><td class=\"n\">")
        .append(d.layer(Quotation.class).size()).append("</td></tr>\n");
  }

  private void flushPage() throws IOException {
    if (pageDocuments.length() == 0) {
      return;
    }
    pages++;
    int first = (pages - 1) * renderer.pageSize() + 1;
    StringBuilder page = new StringBuilder(pageDocuments.length() + pageIndex.length() + 512);
    page.append("<div class=\"page\" id=\"p").append(pages).append("\" data-page=\"")
        .append(pages).append('"').append(pages > 1 ? " hidden" : "").append(">\n")
        .append("<details class=\"index-box\"><summary>Documents ").append(first).append('\u2013')
        .append(documents).append(" (index)</summary>\n<table class=\"index\"><thead><tr>")
        .append("<th>#</th><th>id</th><th>characters</th><th>sentences</th><th>entities</th>")
        .append("<th>quotations</th></tr></thead><tbody>\n")
        .append(pageIndex).append("</tbody></table></details>\n")
        .append(pageDocuments).append("</div>\n");
    spool.append(page);
    pageIndex.setLength(0);
    pageDocuments.setLength(0);
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      flushPage();
      spool.close();
      String css = styleSheet();
      Writer page = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      page.write(head(css));
      page.write(body());
      page.flush();
      Files.copy(spoolPath, out);
      page.write(tail());
      page.flush();
    } finally {
      spool.close();
      Files.deleteIfExists(spoolPath);
    }
  }

  /** Deletes the temporary file and writes nothing; the writer is closed afterwards. */
  void discard() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      spool.close();
    } finally {
      Files.deleteIfExists(spoolPath);
    }
  }

  private String styleSheet() {
    StringBuilder css = new StringBuilder(PageAssets.CSS);
    for (EntityType type : statistics.entitiesByType().keySet()) {
      css.append(".t-").append(type.name()).append("{background:").append(TypeColours.of(type))
          .append("}\n");
    }
    for (QuoteKind kind : QuoteKind.values()) {
      css.append(".qk-").append(kind.label()).append("{border-bottom:3px ")
          .append(kind == QuoteKind.SPEECH ? "solid" : kind == QuoteKind.INDIRECT ? "dashed" : "dotted")
          .append(' ').append(KIND_COLOURS.get(kind)).append("}\n");
    }
    return css.toString();
  }

  private String head(String css) {
    StringBuilder h = new StringBuilder(css.length() + 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src ")
        .append(PageAssets.cspHash(css)).append("; script-src ").append(PageAssets.cspHash(PageAssets.JS))
        .append("; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Tawsim\">\n<title>");
    HtmlEscaper.escape(h, renderer.title()).append("</title>\n<style>").append(css)
        .append("</style>\n</head>\n");
    return h.toString();
  }

  private String body() {
    CorpusStatistics s = statistics;
    StringBuilder b = new StringBuilder(8192);
    b.append("<body>\n<header class=\"top\"><h1>");
    HtmlEscaper.escape(b, renderer.title()).append("</h1>\n<p class=\"summary\" dir=\"ltr\">")
        .append(s.documents()).append(" documents \u00B7 ").append(s.sentences())
        .append(" sentences \u00B7 ").append(s.entities()).append(" entities \u00B7 ")
        .append(s.quotations()).append(" quotations \u00B7 ").append(pages).append(" pages of ")
        .append(renderer.pageSize()).append("</p>\n");
    legend(b);
    b.append("</header>\n");
    toolbar(b);
    b.append("<main>\n<details class=\"stats-box\" open><summary>Corpus statistics</summary>\n")
        .append("<section class=\"stats\" id=\"stats\">\n");
    totals(b);
    List<SvgChart.Bar> types = new ArrayList<>();
    s.entitiesByType().forEach((t, n) -> types.add(new SvgChart.Bar(t.name(), n, TypeColours.of(t))));
    SvgChart.bars(b, "chart-entities", "Entities per type", types);
    List<SvgChart.Bar> kinds = new ArrayList<>();
    s.quotationsByKind().forEach((k, n) -> kinds.add(new SvgChart.Bar(k.label(), n, KIND_COLOURS.get(k))));
    SvgChart.bars(b, "chart-quotations", "Quotations per kind", kinds);
    SvgChart.histogram(
        b, "chart-sentences", "Sentence lengths", s.sentenceLengths(), "words", "sentences");
    b.append("</section>\n</details>\n");
    if (documents == 0) {
      b.append("<p class=\"empty\">No documents.</p>\n");
    }
    return b.toString();
  }

  private void legend(StringBuilder b) {
    b.append("<ul class=\"legend\" dir=\"ltr\">");
    statistics.entitiesByType().forEach(
        (t, n) ->
            b.append("<li><span class=\"swatch t-").append(t.name()).append("\">").append(t.name())
                .append("</span> ").append(n).append("</li>"));
    for (QuoteKind k : QuoteKind.values()) {
      b.append("<li><span class=\"swatch qk-").append(k.label()).append("\">").append(k.label())
          .append(" quotation</span></li>");
    }
    b.append("<li><span class=\"swatch legend-sp\">speaker</span></li>")
        .append("<li><span class=\"swatch legend-cue\">cue</span></li></ul>\n");
  }

  private void toolbar(StringBuilder b) {
    b.append("<nav class=\"toolbar\" dir=\"ltr\" aria-label=\"pages and layers\">\n")
        .append("<span class=\"pager\"><button type=\"button\" id=\"first\">first</button> ")
        .append("<button type=\"button\" id=\"prev\">previous</button> ")
        .append("<label>page <input type=\"number\" id=\"page-number\" min=\"1\" max=\"")
        .append(Math.max(1, pages)).append("\" value=\"1\"></label> of <span id=\"page-count\">")
        .append(pages).append("</span> ")
        .append("<button type=\"button\" id=\"next\">next</button> ")
        .append("<button type=\"button\" id=\"last\">last</button></span>\n")
        .append("<form id=\"find\"><input type=\"search\" id=\"find-id\" placeholder=\"document id\"")
        .append(" aria-label=\"document id\"> <button type=\"submit\">go</button> ")
        .append("<span id=\"find-status\" role=\"status\"></span></form>\n")
        .append("<label><input type=\"checkbox\" id=\"toggle-sentences\" data-toggle=\"show-sentences\">")
        .append(" sentences</label>\n")
        .append("<label><input type=\"checkbox\" id=\"toggle-zones\" data-toggle=\"show-zones\">")
        .append(" zones</label>\n")
        .append("<label><input type=\"checkbox\" id=\"toggle-links\" data-toggle=\"hide-links\"")
        .append(" data-inverse checked> speaker arrows</label>\n")
        .append("<label><input type=\"checkbox\" id=\"toggle-labels\" data-toggle=\"hide-labels\"")
        .append(" data-inverse checked> labels</label>\n</nav>\n");
  }

  private void totals(StringBuilder b) {
    CorpusStatistics s = statistics;
    b.append("<table class=\"totals\" dir=\"ltr\"><tbody>\n");
    row(b, "documents", s.documents());
    row(b, "characters", s.characters());
    row(b, "sentences", s.sentences());
    row(b, "tokens", s.tokens());
    row(b, "entities", s.entities());
    row(b, "quotations", s.quotations());
    row(b, "quotations with a speaker", s.quotationsWithSpeaker());
    s.zonesByType().forEach((z, n) -> row(b, "zones: " + z.label(), n));
    b.append("</tbody></table>\n");
  }

  private static void row(StringBuilder b, String name, long value) {
    b.append("<tr><th>").append(name).append("</th><td class=\"n\">").append(value)
        .append("</td></tr>\n");
  }

  private static String tail() {
    return "</main>\n<script>" + PageAssets.JS + "</script>\n</body>\n</html>\n";
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;



import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;


import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.core.text.CodePointOffsets;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.conll.BoundaryPolicy;
import org.tawsim.export.conll.Chunk;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.conll.TokenAlignment;
import org.tawsim.export.internal.JsonOutput;
import org.tawsim.export.internal.QuotationParts;

/**
 * Writes the JSONL that spaCy and Prodigy read: one document per line with its tokens and entity
 * spans, offsets in code points, end exclusive, {@code token_end} inclusive as Prodigy has it.
 *
 * <pre>{@code
 * {"text":"قال بوتين ...",
 *  "tokens":[{"text":"قال","start":0,"end":3,"id":0,"ws":true}, ...],
 *  "spans":[{"start":4,"end":9,"token_start":1,"token_end":1,"label":"PER"}],
 *  "quotes":[{"start":..,"end":..,"token_start":..,"token_end":..,"label":"QUOTE","kind":"speech",
 *             "unclosed":false}],
 *  "relations":[{"head":..,"child":..,"head_span":{...,"label":"QUOTE"},
 *                "child_span":{...,"label":"SPEAKER"},"label":"SPEAKER"}],
 *  "meta":{"id":"news-1", ...metadata}}
 * }</pre>
 *
 * <p>{@code spans} holds the entities only, as Prodigy's {@code ner} recipes and spaCy's {@code
 * Doc.ents} want them: aligned to tokens by {@link TokenAlignment} (so {@code start}/{@code end} fall
 * on token boundaries, and nested or cross-sentence entities are left out, each counted in the
 * {@link ExportReport}). Quotations, which overlap entities, are kept apart: {@code quotes} gives
 * each quotation's exact span and kind, and {@code relations}, in Prodigy's relation format, links
 * a quotation (head) to its speaker and to its cue (children, labels {@code SPEAKER} and {@code
 * CUE}); {@code head} and {@code child} are the first tokens of the spans. {@code quotes} and
 * {@code relations} appear only when the document has a quotation layer. A span that covers no
 * token has no {@code token_start}/{@code token_end}, and no relation is written to it.
 *
 * <p>{@code ws} tells whether whitespace follows the token, so that spaCy rebuilds the text. A
 * document without a token layer fails naming it. Output is UTF-8, one line per document,
 * byte-stable. Not thread-safe; closes the stream only if it opened it.
 */
public final class SpacyJsonlWriter implements DocumentWriter, java.io.Flushable {

  /** The names written once per token, encoded once (Jackson encodes a String name at each write). */
  private static final SerializableString TEXT = new SerializedString("text");

  private static final SerializableString START = new SerializedString("start");
  private static final SerializableString END = new SerializedString("end");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString WS = new SerializedString("ws");

  private final JsonGenerator json;
  private final OutputStream out;
  private final boolean closeStream;
  private final BoundaryPolicy boundaries;
  private final ExportReport report;

  private SpacyJsonlWriter(OutputStream out, boolean closeStream, BoundaryPolicy boundaries,
      ExportReport report) throws IOException {
    this.out = Objects.requireNonNull(out, "out");
    this.closeStream = closeStream;
    this.boundaries = Objects.requireNonNull(boundaries, "boundaries");
    this.report = Objects.requireNonNull(report, "report");
    this.json = JsonOutput.generator(out);
    json.setRootValueSeparator(null);
  }

  /**
   * {@return a writer (entities expanded to tokens, counted only) onto a stream the caller closes}
   *
   * @param out the stream to write to
   * @throws java.io.IOException when the stream cannot be opened for writing
   */
  static SpacyJsonlWriter to(OutputStream out) throws IOException {
    return new SpacyJsonlWriter(out, false, BoundaryPolicy.EXPAND, ExportReport.counting());
  }

  /**
   * {@return a writer onto a stream, closed with the writer when {@code closeStream}}
   *
   * @param out the stream to write to
   * @param closeStream whether closing the writer closes the stream
   * @param boundaries what happens to entities off token boundaries
   * @param report where adjustments are counted and warned about
   * @throws java.io.IOException when the stream cannot be opened for writing
   */
  static SpacyJsonlWriter of(OutputStream out, boolean closeStream, BoundaryPolicy boundaries,
      ExportReport report) throws IOException {
    return new SpacyJsonlWriter(out, closeStream, boundaries, report);
  }

  /**
   * {@return a writer with these settings onto a stream that the caller closes}
   *
   * @param out the stream to write to
   * @param o the settings: boundaries, report
   * @throws java.io.IOException when the stream cannot be opened for writing
   * @hidden Not API: {@link org.tawsim.export.Formats#writer} opens this writer; public only
   * because {@code Formats} lives in another package.
   */
  public static DocumentWriter open(OutputStream out, ExportOptions o)
      throws IOException {
    return of(out, false, o.boundaries(), o.report());
  }

  @Override
  public void write(Document d) throws IOException {
    TokenAlignment a = TokenAlignment.of(d, boundaries, report);
    CodePointOffsets cp = CodePointOffsets.of(d.text());
    String text = d.text();
    List<Token> tokens = a.tokens();
    char[] chars = text.toCharArray();
    json.writeStartObject();
    json.writeStringField("text", text);
    json.writeArrayFieldStart("tokens");
    for (int i = 0; i < tokens.size(); i++) {
      Span s = tokens.get(i).span();
      json.writeStartObject();
      json.writeFieldName(TEXT);
      json.writeString(chars, s.begin(), s.length());
      json.writeFieldName(START);
      json.writeNumber(cp.toCodePoint(s.begin()));
      json.writeFieldName(END);
      json.writeNumber(cp.toCodePoint(s.end()));
      json.writeFieldName(ID);
      json.writeNumber(i);
      json.writeFieldName(WS);
      json.writeBoolean(s.end() < text.length() && Character.isWhitespace(text.charAt(s.end())));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("spans");
    for (int s = 0; s < a.sentenceCount(); s++) {
      int offset = a.sentenceStart(s);
      for (Chunk c : a.chunks(s)) {
        int first = offset + c.start();
        int last = offset + c.end() - 1;
        json.writeStartObject();
        json.writeNumberField("start", cp.toCodePoint(tokens.get(first).span().begin()));
        json.writeNumberField("end", cp.toCodePoint(tokens.get(last).span().end()));
        json.writeNumberField("token_start", first);
        json.writeNumberField("token_end", last);
        json.writeStringField("label", c.type().name());
        json.writeEndObject();
      }
    }
    json.writeEndArray();
    if (d.hasLayer(Quotation.class)) {
      quotations(d.layer(Quotation.class), tokens, cp);
    }
    json.writeObjectFieldStart("meta");
    json.writeStringField("id", d.id());
    for (Map.Entry<String, String> e : d.metadata().entrySet()) {
      if (!e.getKey().equals("id")) {
        json.writeStringField(e.getKey(), e.getValue());
      }
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
  }

  private void quotations(List<Quotation> quotes, List<Token> tokens, CodePointOffsets cp)
      throws IOException {
    json.writeArrayFieldStart("quotes");
    for (Quotation q : quotes) {
      json.writeStartObject();
      span(q.span(), "QUOTE", tokens, cp);
      json.writeStringField("kind", q.kind().label());
      json.writeBooleanField("unclosed", q.unclosed());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("relations");
    for (Quotation q : quotes) {
      relation(q.span(), q.speaker(), QuotationParts.SPEAKER, tokens, cp);
      relation(q.span(), q.cue(), QuotationParts.CUE, tokens, cp);
    }
    json.writeEndArray();
  }

  private void relation(Span head, Span child, String label, List<Token> tokens, CodePointOffsets cp)
      throws IOException {
    if (child == null) {
      return;
    }
    int[] h = tokenRange(head, tokens);
    int[] c = tokenRange(child, tokens);
    if (h == null || c == null) {
      return;
    }
    json.writeStartObject();
    json.writeNumberField("head", h[0]);
    json.writeNumberField("child", c[0]);
    json.writeFieldName("head_span");
    json.writeStartObject();
    span(head, "QUOTE", tokens, cp);
    json.writeEndObject();
    json.writeFieldName("child_span");
    json.writeStartObject();
    span(child, label, tokens, cp);
    json.writeEndObject();
    json.writeStringField("label", label);
    json.writeEndObject();
  }

  private void span(Span s, String label, List<Token> tokens, CodePointOffsets cp) throws IOException {
    json.writeNumberField("start", cp.toCodePoint(s.begin()));
    json.writeNumberField("end", cp.toCodePoint(s.end()));
    int[] range = tokenRange(s, tokens);
    if (range != null) {
      json.writeNumberField("token_start", range[0]);
      json.writeNumberField("token_end", range[1]);
    }
    json.writeStringField("label", label);
  }

  /** Returns the first and last (inclusive) tokens overlapping the span, or null when none. */
  static int[] tokenRange(Span s, List<Token> tokens) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= s.begin()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int first = lo;
    int last = first - 1;
    while (last + 1 < tokens.size() && tokens.get(last + 1).span().begin() < s.end()) {
      last++;
    }
    return last >= first && !s.isEmpty() ? new int[] {first, last} : null;
  }

  /** Passes what was written on to the stream. */
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

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import static org.tawsim.export.internal.Utf8Sink.ascii;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;
import org.tawsim.core.TokenList;
import org.tawsim.core.text.CodePointOffsets;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.conll.BoundaryPolicy;
import org.tawsim.export.conll.Chunk;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.conll.TokenAlignment;
import org.tawsim.export.internal.QuotationParts;
import org.tawsim.export.internal.PreparedDocument;
import org.tawsim.export.internal.PreparedWriter;
import org.tawsim.export.internal.Utf8Sink;

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
public final class SpacyJsonlWriter implements PreparedWriter {

  // Lines are written by hand onto a UTF-8 sink, each constant part encoded once, as the native
  // JSONL writer does: the bytes a Jackson generator wrote, at a fraction of its cost per value.
  private static final byte[] TEXT_FIELD = ascii("{\"text\":");
  private static final byte[] TOKENS_FIELD = ascii(",\"tokens\":[");
  private static final byte[] TOKEN_TEXT = ascii("{\"text\":");
  private static final byte[] START_FIELD = ascii(",\"start\":");
  private static final byte[] END_FIELD = ascii(",\"end\":");
  private static final byte[] ID_FIELD = ascii(",\"id\":");
  private static final byte[] WS_TRUE = ascii(",\"ws\":true}");
  private static final byte[] WS_FALSE = ascii(",\"ws\":false}");
  private static final byte[] SPANS_FIELD = ascii("],\"spans\":[");
  private static final byte[] SPAN_START = ascii("{\"start\":");
  private static final byte[] TOKEN_START_FIELD = ascii(",\"token_start\":");
  private static final byte[] TOKEN_END_FIELD = ascii(",\"token_end\":");
  private static final byte[] LABEL_FIELD = ascii(",\"label\":");
  private static final byte[] QUOTES_FIELD = ascii(",\"quotes\":[");
  private static final byte[] KIND_FIELD = ascii(",\"kind\":");
  private static final byte[] UNCLOSED_TRUE = ascii(",\"unclosed\":true}");
  private static final byte[] UNCLOSED_FALSE = ascii(",\"unclosed\":false}");
  private static final byte[] RELATIONS_FIELD = ascii("],\"relations\":[");
  private static final byte[] HEAD_FIELD = ascii("{\"head\":");
  private static final byte[] CHILD_FIELD = ascii(",\"child\":");
  private static final byte[] HEAD_SPAN_FIELD = ascii(",\"head_span\":{\"start\":");
  private static final byte[] CHILD_SPAN_FIELD = ascii("},\"child_span\":{\"start\":");
  private static final byte[] META_FIELD = ascii(",\"meta\":{\"id\":");
  private static final byte[] LINE_END = ascii("}}\n");


  private final Utf8Sink sink;
  private final BoundaryPolicy boundaries;
  private final ExportReport report;

  private SpacyJsonlWriter(OutputStream out, boolean closeStream, BoundaryPolicy boundaries,
      ExportReport report) throws IOException {
    this.boundaries = Objects.requireNonNull(boundaries, "boundaries");
    this.report = Objects.requireNonNull(report, "report");
    this.sink = new Utf8Sink(out, closeStream);
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
   */
  public static DocumentWriter open(OutputStream out, ExportOptions o)
      throws IOException {
    return of(out, false, o.boundaries(), o.report());
  }

  @Override
  public void write(PreparedDocument p) throws IOException {
    Document d = p.document();
    TokenAlignment a = p.alignment(boundaries, report);
    CodePointOffsets cp = p.offsets();
    String text = d.text();
    TokenList tokens = a.tokens();
    sink.append(TEXT_FIELD);
    p.appendJsonText(sink);
    sink.append(TOKENS_FIELD);
    for (int i = 0; i < tokens.size(); i++) {
      int begin = tokens.begin(i);
      int end = tokens.end(i);
      if (i > 0) {
        sink.append(',');
      }
      sink.append(TOKEN_TEXT).appendJsonString(text, begin, end);
      sink.append(START_FIELD).append(cp.toCodePoint(begin));
      sink.append(END_FIELD).append(cp.toCodePoint(end));
      sink.append(ID_FIELD).append(i);
      boolean ws = end < text.length() && Character.isWhitespace(text.charAt(end));
      sink.append(ws ? WS_TRUE : WS_FALSE);
    }
    sink.append(SPANS_FIELD);
    boolean first = true;
    for (int s = 0; s < a.sentenceCount(); s++) {
      int offset = a.sentenceStart(s);
      for (Chunk c : a.chunks(s)) {
        int firstToken = offset + c.start();
        int lastToken = offset + c.end() - 1;
        if (!first) {
          sink.append(',');
        }
        first = false;
        sink.append(SPAN_START).append(cp.toCodePoint(tokens.begin(firstToken)));
        sink.append(END_FIELD).append(cp.toCodePoint(tokens.end(lastToken)));
        sink.append(TOKEN_START_FIELD).append(firstToken);
        sink.append(TOKEN_END_FIELD).append(lastToken);
        sink.append(LABEL_FIELD);
        string(c.type().name());
        sink.append('}');
      }
    }
    sink.append(']');
    if (d.hasLayer(Quotation.class)) {
      quotations(d.layer(Quotation.class), tokens, cp);
    }
    sink.append(META_FIELD);
    string(d.id());
    for (Map.Entry<String, String> e : d.metadata().entrySet()) {
      if (!e.getKey().equals("id")) {
        sink.append(',');
        string(e.getKey());
        sink.append(':');
        string(e.getValue());
      }
    }
    sink.append(LINE_END);
  }

  private void string(String s) throws IOException {
    sink.appendJsonString(s, 0, s.length());
  }

  private void quotations(List<Quotation> quotes, TokenList tokens, CodePointOffsets cp)
      throws IOException {
    sink.append(QUOTES_FIELD);
    for (int i = 0; i < quotes.size(); i++) {
      Quotation q = quotes.get(i);
      if (i > 0) {
        sink.append(',');
      }
      sink.append(SPAN_START);
      span(q.span(), "QUOTE", tokens, cp);
      sink.append(KIND_FIELD);
      string(q.kind().label());
      sink.append(q.unclosed() ? UNCLOSED_TRUE : UNCLOSED_FALSE);
    }
    sink.append(RELATIONS_FIELD);
    boolean first = true;
    for (Quotation q : quotes) {
      first &= !relation(q.span(), q.speaker(), QuotationParts.SPEAKER, tokens, cp, first);
      first &= !relation(q.span(), q.cue(), QuotationParts.CUE, tokens, cp, first);
    }
    sink.append(']');
  }

  /** Writes a relation from a quotation to its speaker or cue when both cover tokens; says whether. */
  private boolean relation(Span head, Span child, String label, TokenList tokens,
      CodePointOffsets cp, boolean first) throws IOException {
    if (child == null) {
      return false;
    }
    int[] h = tokenRange(head, tokens);
    int[] c = tokenRange(child, tokens);
    if (h == null || c == null) {
      return false;
    }
    if (!first) {
      sink.append(',');
    }
    sink.append(HEAD_FIELD).append(h[0]);
    sink.append(CHILD_FIELD).append(c[0]);
    sink.append(HEAD_SPAN_FIELD);
    span(head, "QUOTE", tokens, cp);
    sink.append(CHILD_SPAN_FIELD);
    span(child, label, tokens, cp);
    sink.append('}');
    sink.append(LABEL_FIELD);
    string(label);
    sink.append('}');
    return true;
  }

  /** Writes a span's fields after its opening {@code {"start":}, up to its label. */
  private void span(Span s, String label, TokenList tokens, CodePointOffsets cp) throws IOException {
    sink.append(cp.toCodePoint(s.begin()));
    sink.append(END_FIELD).append(cp.toCodePoint(s.end()));
    int[] range = tokenRange(s, tokens);
    if (range != null) {
      sink.append(TOKEN_START_FIELD).append(range[0]);
      sink.append(TOKEN_END_FIELD).append(range[1]);
    }
    sink.append(LABEL_FIELD);
    string(label);
  }

  /** Returns the first and last (inclusive) tokens overlapping the span, or null when none. */
  static int[] tokenRange(Span s, TokenList tokens) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.end(mid) <= s.begin()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int first = lo;
    int last = first - 1;
    while (last + 1 < tokens.size() && tokens.begin(last + 1) < s.end()) {
      last++;
    }
    return last >= first && !s.isEmpty() ? new int[] {first, last} : null;
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

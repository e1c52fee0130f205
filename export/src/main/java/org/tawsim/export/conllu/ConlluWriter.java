/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conllu;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Span;
import org.tawsim.core.TokenList;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.conll.BoundaryPolicy;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.conll.TagScheme;
import org.tawsim.export.conll.TokenAlignment;
import org.tawsim.export.internal.PreparedDocument;
import org.tawsim.export.internal.PreparedWriter;
import org.tawsim.export.internal.Utf8Sink;

/**
 * Writes CoNLL-U: ten tab-separated columns per token, comments before each sentence, an empty line
 * after it, with the entity tag and the spacing in MISC.
 *
 * <pre>{@code
 * # newdoc id = news-1
 * # sent_id = news-1-1
 * # text = قال الرئيس فلاديمير بوتين.
 * 1	قال	_	_	_	_	_	_	_	NER=O
 * 2	الرئيس	_	_	_	_	_	_	_	NER=O
 * 3	فلاديمير	_	_	_	_	_	_	_	NER=B-PER
 * 4	بوتين	_	_	_	_	_	_	_	NER=I-PER|SpaceAfter=No
 * 5	.	_	_	_	_	_	_	_	NER=O|SpacesAfter=\n
 * }</pre>
 *
 * <p>Columns: ID (from 1 in each sentence), FORM (the token's text), then {@code _} for LEMMA, UPOS,
 * XPOS, FEATS, HEAD, DEPREL and DEPS, which Tawsim does not produce, and MISC. MISC holds, in this
 * order, {@code NER=} with the token's tag (every token, {@code O} included, in the configured
 * scheme, IOB2 by default), {@code SpaceAfter=No} when the next character of the document is not
 * whitespace, and {@code SpacesAfter=} when the whitespace after the token is not one space (UD's
 * escapes: a backslash then {@code s}, {@code t}, {@code n} or {@code r}, other characters as a
 * backslash, {@code u} and four hex digits). So the text can be rebuilt: forms joined as SpaceAfter and SpacesAfter say give
 * the document's text from its first token to its last.
 *
 * <p>Comments: {@code # newdoc id} before the first sentence of each document, {@code # sent_id}
 * (document id, {@code -}, the sentence's number from 1) and {@code # text} (the sentence's text,
 * line breaks and tabs as spaces). Sentences, tokens and entities come from {@link TokenAlignment},
 * with its stated policies; a FORM cannot hold a tab or a line break, so those become spaces,
 * counted in the {@link ExportReport}. A document with no token layer fails naming it.
 *
 * <p>Output is UTF-8 with {@code \n} line ends, byte-stable. Not thread-safe; closes the stream only
 * if it opened it.
 */
public final class ConlluWriter implements PreparedWriter {

  private static final String EMPTY_COLUMNS = "\t_\t_\t_\t_\t_\t_\t_\t";

  // the constant parts of the lines, encoded once rather than at every sentence or token
  private static final byte[] NEWDOC = Utf8Sink.ascii("# newdoc id = ");
  private static final byte[] SENT_ID = Utf8Sink.ascii("# sent_id = ");
  private static final byte[] TEXT = Utf8Sink.ascii("# text = ");
  private static final byte[] NO_SPACE_AFTER = Utf8Sink.ascii("|SpaceAfter=No");

  private final Utf8Sink sink;
  private final TagScheme scheme;
  private final BoundaryPolicy boundaries;
  private final ExportReport report;
  private final StringBuilder line = new StringBuilder(256);
  private String[] tags = new String[64];
  /** Per tag, the empty columns and the NER attribute, encoded once: the writer's hot path. */
  private final java.util.IdentityHashMap<String, byte[]> nerColumns = new java.util.IdentityHashMap<>();

  private ConlluWriter(OutputStream out, boolean closeStream, TagScheme scheme,
      BoundaryPolicy boundaries, ExportReport report) {
    this.sink = new Utf8Sink(out, closeStream);
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.boundaries = Objects.requireNonNull(boundaries, "boundaries");
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * {@return a writer with IOB2 tags and expanded entities onto a stream the caller closes}
   *
   * @param out the stream to write to
   */
  static ConlluWriter to(OutputStream out) {
    return new ConlluWriter(out, false, TagScheme.IOB2, BoundaryPolicy.EXPAND, ExportReport.counting());
  }

  /**
   * {@return a writer onto a stream}
   *
   * @param closeStream whether closing the writer closes the stream
   * @param out the stream to write to
   * @param scheme the tag scheme
   * @param boundaries what happens to entities off token boundaries
   * @param report where adjustments are counted and warned about
   */
  static ConlluWriter of(OutputStream out, boolean closeStream, TagScheme scheme,
      BoundaryPolicy boundaries, ExportReport report) {
    return new ConlluWriter(out, closeStream, scheme, boundaries, report);
  }

  /**
   * {@return a writer with these settings onto a stream that the caller closes}
   *
   * @param out the stream to write to
   * @param o the settings: scheme, boundaries, report
   */
  public static DocumentWriter open(OutputStream out, ExportOptions o) {
    return of(out, false, o.scheme(), o.boundaries(), o.report());
  }

  @Override
  public void write(PreparedDocument p) throws IOException {
    Document d = p.document();
    TokenAlignment a = p.alignment(boundaries, report);
    String text = d.text();
    TokenList tokens = a.tokens();
    String id = a.sentenceCount() == 0 ? null : oneLine(d.id());
    for (int s = 0; s < a.sentenceCount(); s++) {
      int from = a.sentenceStart(s);
      int to = a.sentenceEnd(s);
      int n = to - from;
      if (tags.length < n) {
        tags = new String[Math.max(n, tags.length * 2)];
      }
      scheme.encode(a.chunks(s), tags, n);
      if (s == 0) {
        sink.append(NEWDOC).append(id).append('\n');
      }
      sink.append(SENT_ID).append(id).append('-').append(s + 1).append('\n');
      sink.append(TEXT);
      int begin = tokens.begin(from);
      int end = tokens.end(to - 1);
      appendOneLine(text, begin, end);
      sink.append('\n');
      for (int i = 0; i < n; i++) {
        int t = from + i;
        sink.append(i + 1).append('\t');
        form(d, tokens.begin(t), tokens.end(t));
        sink.append(nerColumns.computeIfAbsent(tags[i], tag -> (EMPTY_COLUMNS + "NER=" + tag)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        spacing(text, tokens.end(t), i + 1 < n ? tokens.begin(t + 1) : -1);
        sink.append('\n');
      }
      sink.append('\n');
    }
  }

  /** Appends SpaceAfter / SpacesAfter for the whitespace from {@code end} up to the next token. */
  private void spacing(String text, int end, int nextBegin) throws IOException {
    int stop = end;
    int limit = nextBegin >= 0 ? nextBegin : text.length();
    while (stop < limit && Character.isWhitespace(text.charAt(stop))) {
      stop++;
    }
    if (stop == end) {
      if (end < text.length()) {
        sink.append(NO_SPACE_AFTER);
      }
      return;
    }
    if (stop == end + 1 && text.charAt(end) == ' ') {
      return;
    }
    sink.append("|SpacesAfter=");
    for (int i = end; i < stop; i++) {
      char c = text.charAt(i);
      switch (c) {
        case ' ' -> sink.append("\\s");
        case '\t' -> sink.append("\\t");
        case '\n' -> sink.append("\\n");
        case '\r' -> sink.append("\\r");
        default -> sink.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
  }

  private void form(Document d, int begin, int end) throws IOException {
    String text = d.text();
    for (int i = begin; i < end; i++) {
      if (breaksLine(text.charAt(i))) {
        line.setLength(0);
        for (int j = begin; j < end; j++) {
          char c = text.charAt(j);
          line.append(breaksLine(c) ? ' ' : c);
        }
        report.tokenRewritten("document '" + d.id() + "': token " + new Span(begin, end)
            + " holds a tab or line break; written with spaces");
        sink.append(line);
        return;
      }
    }
    sink.append(text, begin, end);
  }

  private void appendOneLine(String text, int begin, int end) throws IOException {
    int start = begin;
    for (int i = begin; i < end; i++) {
      if (breaksLine(text.charAt(i))) {
        sink.append(text, start, i).append(' ');
        start = i + 1;
      }
    }
    sink.append(text, start, end);
  }

  private static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(breaksLine(c) ? ' ' : c);
    }
    return sb.toString();
  }

  /** Tabs and the characters Java or Python readers end a line at. */
  static boolean breaksLine(char c) {
    if (c >= ' ' && c < 0x85 || c > 0x85 && c < 0x2028 || c > 0x2029) {
      return false; // fast path: nearly every character
    }
    return c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C'
        || c == '\u001C' || c == '\u001D' || c == '\u001E' || c == '\u0085'
        || c == '\u2028' || c == '\u2029';
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

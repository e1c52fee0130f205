/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Span;
import org.tawsim.core.TokenList;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.conll.BoundaryPolicy;
import org.tawsim.export.conll.ConllLayout;
import org.tawsim.export.conll.ConllReader;
import org.tawsim.export.conll.DocStart;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.conll.TagScheme;
import org.tawsim.export.conll.TokenAlignment;
import org.tawsim.export.internal.PreparedDocument;
import org.tawsim.export.internal.PreparedWriter;
import org.tawsim.export.internal.Utf8Sink;

/**
 * Writes CoNLL-2002/2003 style files: one token per line with its entity tag, an empty line after
 * each sentence, and optionally a {@code -DOCSTART-} line and an empty line before each document.
 *
 * <pre>{@code
 * -DOCSTART- -X- O O
 *
 * قال -X- -X- O
 * فلاديمير -X- -X- B-PER
 * بوتين -X- -X- I-PER
 * }</pre>
 *
 * <p>Opened by {@link org.tawsim.export.Formats#writer} for {@link
 * org.tawsim.export.OutputFormat#CONLL}, with the settings of {@link ExportOptions}. The defaults
 * ({@link ConllLayout#CONLL2003}) give the four columns of CoNLL-2003 (token, two {@code -X-}
 * placeholders, tag), single spaces, IOB2 tags and spaCy's {@code -DOCSTART- -X- O O}: OpenNLP's
 * {@code Conll03NameSampleStream}, spaCy's {@code conll_ner} converter and {@code conlleval}
 * (after a prediction column is added) read it. {@link ConllLayout#CONLL2002} gives the three
 * columns OpenNLP's {@code Conll02NameSampleStream} requires, {@link ConllLayout#TWO_COLUMNS} the
 * {@code TOKEN TAG} lines of ANERcorp.
 *
 * <p><b>Policies, stated.</b> Sentences, tokens and entities come from {@link TokenAlignment}: no
 * sentence layer means one sentence; entities off token boundaries are expanded or dropped ({@link
 * BoundaryPolicy}); nested, overlapping and cross-sentence entities are dropped; empty tokens are
 * skipped. A token containing whitespace (any {@link Character#isWhitespace} or {@link
 * Character#isSpaceChar} character, or U+0085), which readers would split into columns, is written
 * with each such character replaced by the replacement (default {@code _}). Each case is counted in
 * the {@link ExportReport} with a warning. A document with no token layer fails with an {@link
 * org.tawsim.core.InvalidInputException} naming it, before anything of it is written.
 *
 * <p>Output is UTF-8 with {@code \n} line ends; the same document always gives the same bytes. Not
 * thread-safe; closes the stream only if it opened it.
 */
public final class ConllWriter implements PreparedWriter {

  private final Utf8Sink sink;
  private final ConllColumn[] columns;
  private final char separator;
  private final String docStart;
  private final TagScheme scheme;
  private final BoundaryPolicy boundaries;
  private final ExportReport report;
  private final char replacement;
  private String[] tags = new String[64];
  /** Per tag, everything of a line after the token, encoded once: the writer's hot path. */
  private final java.util.IdentityHashMap<String, byte[]> suffixes = new java.util.IdentityHashMap<>();

  private ConllWriter(Builder b, OutputStream out, boolean closeStream) {
    this.sink = new Utf8Sink(out, closeStream);
    this.columns = b.columns.toArray(new ConllColumn[0]);
    this.separator = b.separator;
    this.docStart = line(b.docStart, b.columns, b.separator);
    this.scheme = b.scheme;
    this.boundaries = b.boundaries;
    this.report = b.report;
    this.replacement = b.replacement;
  }

  /**
   * {@return a writer with these settings onto a stream that the caller closes}
   *
   * @param out the stream to write to
   * @param o the settings: layout, document line, tabs, scheme, boundaries, report
   */
  public static DocumentWriter open(OutputStream out, ExportOptions o) {
    Builder b = switch (o.conllLayout()) {
      case CONLL2003 -> builder().conll2003();
      case CONLL2002 -> builder().conll2002();
      case TWO_COLUMNS -> builder().twoColumns();
    };
    b.scheme(o.scheme()).boundaries(o.boundaries()).report(o.report())
        .tabSeparated(o.tabSeparated());
    if (o.docStart() != null) {
      b.docStart(o.docStart());
    }
    return b.to(out);
  }

  /** {@return a builder with the CoNLL-2003 defaults} */
  static Builder builder() {
    return new Builder();
  }

  /** Settings of a {@link ConllWriter}; reusable, not thread-safe. */
  static final class Builder {
    private List<ConllColumn> columns =
        List.of(ConllColumn.TOKEN, ConllColumn.X, ConllColumn.X, ConllColumn.TAG);
    private char separator = ' ';
    private DocStart docStart = DocStart.SPACY;
    private TagScheme scheme = TagScheme.IOB2;
    private BoundaryPolicy boundaries = BoundaryPolicy.EXPAND;
    private ExportReport report = ExportReport.counting();
    private char replacement = '_';

    private Builder() {}

    /**
     * CoNLL-2003: {@code TOKEN -X- -X- TAG}, {@code -DOCSTART- -X- O O}. The default.
     *
     * @return this builder
     */
    Builder conll2003() {
      return columns(ConllColumn.TOKEN, ConllColumn.X, ConllColumn.X, ConllColumn.TAG)
          .docStart(DocStart.SPACY);
    }

    /**
     * CoNLL-2002: {@code TOKEN -X- TAG}, {@code -DOCSTART- -X- O}.
     *
     * @return this builder
     */
    Builder conll2002() {
      return columns(ConllColumn.TOKEN, ConllColumn.X, ConllColumn.TAG).docStart(DocStart.COLUMNS);
    }

    /**
     * ANERcorp style: {@code TOKEN TAG}, no document lines.
     *
     * @return this builder
     */
    Builder twoColumns() {
      return columns(ConllColumn.TOKEN, ConllColumn.TAG).docStart(DocStart.NONE);
    }

    /**
     * Sets the columns: the token first, one tag column (or more, all alike), placeholders.
     *
     * @param columns the columns, in order
     * @return this builder
     * @throws IllegalArgumentException when the token is not first or there is no tag column
     */
    Builder columns(ConllColumn... columns) {
      List<ConllColumn> list = List.of(columns);
      if (list.isEmpty() || list.get(0) != ConllColumn.TOKEN
          || list.stream().skip(1).anyMatch(c -> c.kind() == ConllColumn.Kind.TOKEN)) {
        throw new IllegalArgumentException("the token must be the first column, and only the first: " + list);
      }
      if (list.stream().noneMatch(c -> c.kind() == ConllColumn.Kind.TAG)) {
        throw new IllegalArgumentException("no tag column in " + list);
      }
      this.columns = list;
      return this;
    }

    /**
     * Separates columns with a tab instead of a space.
     *
     * @param tab whether a tab separates columns
     * @return this builder
     */
    Builder tabSeparated(boolean tab) {
      this.separator = tab ? '\t' : ' ';
      return this;
    }

    /**
     * Sets the document line.
     *
     * @param docStart the document line
     * @return this builder
     */
    Builder docStart(DocStart docStart) {
      this.docStart = Objects.requireNonNull(docStart, "docStart");
      return this;
    }

    /**
     * Sets the tag scheme. Default {@link TagScheme#IOB2}.
     *
     * @param scheme the tag scheme
     * @return this builder
     */
    Builder scheme(TagScheme scheme) {
      this.scheme = Objects.requireNonNull(scheme, "scheme");
      return this;
    }

    /**
     * Sets what happens to entities off token boundaries. Default {@link BoundaryPolicy#EXPAND}.
     *
     * @param boundaries the boundary policy
     * @return this builder
     */
    Builder boundaries(BoundaryPolicy boundaries) {
      this.boundaries = Objects.requireNonNull(boundaries, "boundaries");
      return this;
    }

    /**
     * Sets where changes and losses are counted and warned about. Default: counted only.
     *
     * @param report the report
     * @return this builder
     */
    Builder report(ExportReport report) {
      this.report = Objects.requireNonNull(report, "report");
      return this;
    }

    /**
     * Sets what whitespace inside a token becomes. Default {@code _}.
     *
     * @param c the replacement character
     * @return this builder
     * @throws IllegalArgumentException when the replacement is itself whitespace
     */
    Builder spaceReplacement(char c) {
      if (isSpace(c)) {
        throw new IllegalArgumentException("the replacement of spaces cannot be a space");
      }
      this.replacement = c;
      return this;
    }

    /**
     * {@return a writer onto a stream that the caller closes}
     *
     * @param out the stream to write to
     */
    ConllWriter to(OutputStream out) {
      return new ConllWriter(this, out, false);
    }

    /**
     * {@return a writer that owns the stream and closes it with itself}
     *
     * @param out the stream to write to
     */
    ConllWriter owning(OutputStream out) {
      return new ConllWriter(this, out, true);
    }
  }

  /** Returns true for the characters that CoNLL readers take as column or line separators. */
  static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    if (c < 0x1680 && c != 0x85 && c != 0xA0) {
      return false; // fast path: Arabic and most letters; no space character lies below U+1680
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** Returns the document line, without its newline, for these columns; empty for {@code NONE}. */
  private static String line(DocStart docStart, List<ConllColumn> columns, char separator) {
    return switch (docStart) {
      case NONE -> "";
      case BARE -> ConllReader.DOCSTART;
      case SPACY -> "-DOCSTART- -X- O O";
      case CONLL2003 -> "-DOCSTART- -X- -X- O";
      case COLUMNS -> {
        StringBuilder sb = new StringBuilder(ConllReader.DOCSTART);
        boolean first = true;
        for (ConllColumn c : columns) {
          if (first && c.kind() == ConllColumn.Kind.TOKEN) {
            first = false;
            continue;
          }
          first = false;
          sb.append(separator).append(c.kind() == ConllColumn.Kind.TAG ? TagScheme.OUTSIDE : "-X-");
        }
        yield sb.toString();
      }
    };
  }

  @Override
  public void write(PreparedDocument p) throws IOException {
    Document d = p.document();
    TokenAlignment a = p.alignment(boundaries, report);
    if (!docStart.isEmpty()) {
      sink.append(docStart).append('\n').append('\n');
    }
    String text = d.text();
    TokenList tokens = a.tokens();
    for (int s = 0; s < a.sentenceCount(); s++) {
      int from = a.sentenceStart(s);
      int n = a.sentenceEnd(s) - from;
      if (tags.length < n) {
        tags = new String[Math.max(n, tags.length * 2)];
      }
      String[] sentenceTags = tags;
      scheme.encode(a.chunks(s), sentenceTags, n);
      for (int i = 0; i < n; i++) {
        token(d, text, tokens.begin(from + i), tokens.end(from + i));
        sink.append(suffix(sentenceTags[i]));
      }
      sink.append('\n');
    }
  }

  /** Returns the columns after the token (the token is always first) and the newline, as UTF-8. */
  private byte[] suffix(String tag) {
    byte[] bytes = suffixes.get(tag);
    if (bytes == null) {
      StringBuilder sb = new StringBuilder();
      for (int c = 1; c < columns.length; c++) {
        sb.append(separator);
        sb.append(columns[c].kind() == ConllColumn.Kind.TAG ? tag : columns[c].placeholder());
      }
      bytes = sb.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      suffixes.put(tag, bytes);
    }
    return bytes;
  }

  private void token(Document d, String text, int begin, int end) throws IOException {
    for (int i = begin; i < end; i++) {
      if (isSpace(text.charAt(i))) {
        StringBuilder sb = new StringBuilder(end - begin);
        for (int j = begin; j < end; j++) {
          char c = text.charAt(j);
          sb.append(isSpace(c) ? replacement : c);
        }
        Span span = new Span(begin, end);
        report.tokenRewritten("document '" + d.id() + "': token " + span + " '"
            + d.text(span) + "' holds whitespace; written as '" + sb + "'");
        sink.append(sb);
        return;
      }
    }
    sink.append(text, begin, end);
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

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tawsim.annotate.Annotators;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;
import org.tawsim.core.Quotation;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;

/**
 * Lists who said what: every attributed quotation of a set of documents as a row of document,
 * speaker, cue and quote, printed as a tab-separated table.
 *
 * <p>Speech with quotation marks and reported speech without them ({@code قال الوزير إن ...}) are
 * both listed; quotation marks around names and titles (kind {@code other}) are not. A speaker the
 * entity tagger knows carries its entity type.
 */
public final class WhoSaidWhat {

  private WhoSaidWhat() {}

  /**
   * One quotation.
   *
   * @param document the document's id
   * @param kind {@code speech} or {@code indirect}
   * @param speaker who said it, or {@code ?} when the text does not say
   * @param speakerType the speaker's entity type (PER, ORG...), or empty when it is no entity
   * @param cue the speech verb or expression ({@code وقال}, {@code بحسب}), or empty
   * @param quote the quoted words, without the marks
   */
  public record Row(
      String document, String kind, String speaker, String speakerType, String cue, String quote) {

    /** Returns the row as tab-separated fields. */
    public String tsv() {
      return String.join("\t", document, kind, speaker, speakerType, cue, quote);
    }
  }

  /** Returns the attributed quotations of one annotated document, in text order. */
  public static List<Row> rows(Document doc) {
    Objects.requireNonNull(doc, "doc");
    List<Row> rows = new ArrayList<>();
    for (Quotation q : doc.layer(Quotation.class)) { // layers are sorted by span

      if (q.kind() == QuoteKind.OTHER) {
        continue;
      }
      rows.add(new Row(
          doc.id(),
          q.kind().label(),
          q.speakerSpan().map(doc::text).orElse("?"),
          q.speakerEntity() == null ? "" : q.speakerEntity().type().name(),
          q.cueSpan().map(doc::text).orElse(""),
          doc.text(q.content()).replace('\n', ' ')));
    }
    return rows;
  }

  /** Annotates one text and returns its attributed quotations. */
  public static List<Row> run(String id, String text) {
    return rows(Annotators.defaultPipeline().annotate(Document.of(id, text)));
  }

  /**
   * Annotates the text files under {@code input} and returns their attributed quotations.
   *
   * @throws IOException when a file cannot be read
   */
  public static List<Row> run(Path input) throws IOException {
    Pipeline pipeline = Annotators.defaultPipeline();
    List<Row> rows = new ArrayList<>();
    try (InputReader in = new InputReader(List.of(input.toString()), InputFormat.TXT,
        RejectHandler.FAIL, InputStream.nullInputStream())) {
      for (Optional<Document> d = in.read(); d.isPresent(); d = in.read()) {
        rows.addAll(rows(pipeline.annotate(d.get())));
      }
    }
    return rows;
  }

  /** Returns the rows as a table with a header line, tab-separated. */
  public static String table(List<Row> rows) {
    StringBuilder b = new StringBuilder("document\tkind\tspeaker\tspeaker type\tcue\tquote\n");
    for (Row r : rows) {
      b.append(r.tsv()).append('\n');
    }
    return b.toString();
  }

  /** Prints who said what in a folder of text files (default {@code samples/ntrex}). */
  public static void main(String[] args) throws IOException {
    Utf8Out.print(table(run(Path.of(args.length > 0 ? args[0] : "samples/ntrex"))));
  }
}

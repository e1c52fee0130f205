/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tawsim.annotate.Annotators;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.Pipeline;
import org.tawsim.core.Quotation;
import org.tawsim.core.Sentence;

/**
 * Annotates one Arabic text with the default pipeline and lists its sentences, entities and
 * quotations: the first thing to try.
 *
 * <pre>{@code
 * QuickStart.Result r = QuickStart.run("id", text);
 * r.entities();   // ["PER مايك بومبيو", ...]
 * }</pre>
 */
public final class QuickStart {

  /** A short news text written for this example. */
  static final String TEXT =
      "وصل وزير الخارجية الأمريكي مايك بومبيو إلى القاهرة يوم الأحد في زيارة تستمر يومين. "
          + "وقال بومبيو في مؤتمر صحفي: «نريد أن نرى السلام في المنطقة». "
          + "وأضاف أن الولايات المتحدة ستواصل دعم مصر.\n";

  private QuickStart() {}

  /**
   * What the pipeline found, as text.
   *
   * @param sentences each sentence's text, in order
   * @param entities {@code TYPE text} for each entity, in order
   * @param quotations {@code kind: speaker | cue | content} for each quotation, in order; an unknown
   *     speaker or cue is {@code -}
   */
  public record Result(List<String> sentences, List<String> entities, List<String> quotations) {

    /** Copies the lists. */
    public Result {
      sentences = List.copyOf(sentences);
      entities = List.copyOf(entities);
      quotations = List.copyOf(quotations);
    }

    /** Returns the result as lines to print. */
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      b.append("sentences:\n");
      sentences.forEach(s -> b.append("  ").append(s).append('\n'));
      b.append("entities:\n");
      entities.forEach(e -> b.append("  ").append(e).append('\n'));
      b.append("quotations:\n");
      quotations.forEach(q -> b.append("  ").append(q).append('\n'));
      return b.toString();
    }
  }

  /** Annotates {@code text} (a document called {@code id}) and returns what was found. */
  public static Result run(String id, String text) {
    Objects.requireNonNull(text, "text");
    Pipeline pipeline = Annotators.defaultPipeline();
    Document doc = pipeline.annotate(Document.of(id, text));

    List<String> sentences = new ArrayList<>();
    for (Sentence s : doc.layer(Sentence.class)) {
      sentences.add(doc.text(s.span()));
    }
    List<String> entities = new ArrayList<>();
    for (Entity e : doc.layer(Entity.class)) {
      entities.add(e.type() + " " + doc.text(e.span()));
    }
    List<String> quotations = new ArrayList<>();
    for (Quotation q : doc.layer(Quotation.class)) {
      String speaker = q.speakerSpan().map(doc::text).orElse("-");
      String cue = q.cueSpan().map(doc::text).orElse("-");
      quotations.add(q.kind().label() + ": " + speaker + " | " + cue + " | " + doc.text(q.content()));
    }
    return new Result(sentences, entities, quotations);
  }

  /** Prints what the pipeline finds in a short text. */
  public static void main(String[] args) {
    Utf8Out.print(run("quick-start", TEXT));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;

/** Renders every quotation the tagger finds in a passage, for table tests that state them all. */
final class Passages {

  private static final QuotationTagger TAGGER = new QuotationTagger();

  private Passages() {}

  /**
   * Returns the passage's quotations in text order, each as {@code kind|quote|speaker|cue} (a
   * dash for none; an implicit speaker is prefixed with {@code ^}), joined by {@code " ; "}.
   */
  static String tag(String passage) {
    return render(passage, TAGGER.annotate(Document.of("t", passage)).layer(Quotation.class));
  }

  /**
   * Renders the quotations of a passage whose entity layer holds the given persons, each at the
   * first place its text occurs (and sorted), as {@link #tag(String)} does.
   */
  static String tagWithPersons(String passage, List<String> persons) {
    List<Entity> entities = new ArrayList<>();
    for (String p : persons) {
      int b = passage.indexOf(p);
      if (b < 0) {
        throw new IllegalArgumentException("not in the passage: " + p);
      }
      entities.add(new Entity(new Span(b, b + p.length()), EntityType.PER, "test"));
    }
    entities.sort(Comparator.comparingInt((Entity e) -> e.span().begin()));
    Document d = Document.of("t", passage).withLayer(Entity.class, entities);
    return render(passage, TAGGER.annotate(d).layer(Quotation.class));
  }

  static String render(String text, List<Quotation> quotations) {
    return quotations.stream()
        .sorted(Comparator.comparingInt((Quotation q) -> q.span().begin())
            .thenComparing(q -> -q.span().end()))
        .map(q -> q.kind().label()
            + "|" + show(text, q.span())
            + "|" + (q.speakerImplicit() ? "^" : "") + show(text, q.speaker())
            + "|" + show(text, q.cue()))
        .collect(Collectors.joining(" ; "));
  }

  private static String show(String text, Span span) {
    return span == null ? "-" : span.coveredText(text);
  }
}

package org.tawsim.annotate.quotes;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.tawsim.core.Document;
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

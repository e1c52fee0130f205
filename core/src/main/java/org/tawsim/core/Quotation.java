package org.tawsim.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A quotation, with who said it when the text says so.
 *
 * @param span the whole segment, quotation marks included; for {@link QuoteKind#INDIRECT} speech
 *     the reported content
 * @param content the quoted words without the marks (equal to {@code span} when there are none)
 * @param kind speech, indirect speech or other use of quotation marks
 * @param unclosed true when the closing mark is missing and the quotation runs to the end of its
 *     paragraph
 * @param speaker the explicit mention of the source, or null when unknown
 * @param cue the speech verb or expression, clitics included, or null when there is none
 * @param speakerEntity the entity the speaker is linked to, or null when it is not an entity
 */
public record Quotation(
    Span span,
    Span content,
    QuoteKind kind,
    boolean unclosed,
    Span speaker,
    Span cue,
    Entity speakerEntity)
    implements Annotation {

  /** Rejects a null span, content or kind, and content outside the span. */
  public Quotation {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(kind, "kind");
    if (!span.contains(content)) {
      throw new IllegalArgumentException(
          "quotation content " + content + " lies outside its span " + span);
    }
  }

  /** Returns the speaker span, if the text names one. */
  public Optional<Span> speakerSpan() {
    return Optional.ofNullable(speaker);
  }

  /** Returns the cue span, if there is one. */
  public Optional<Span> cueSpan() {
    return Optional.ofNullable(cue);
  }
}

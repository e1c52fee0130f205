/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
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
 * @param speakerImplicit true when the quotation's own sentence names no speaker and the speaker
 *     is the most recent explicit one before it (a continuation: وأضاف: «...»)
 */
public record Quotation(
    Span span,
    Span content,
    QuoteKind kind,
    boolean unclosed,
    Span speaker,
    Span cue,
    Entity speakerEntity,
    boolean speakerImplicit)
    implements Annotation {

  /**
   * A quotation whose speaker, if any, is named in its own sentence.
   *
   * @param span the whole segment, quotation marks included
   * @param content the quoted words without the marks
   * @param kind speech, indirect speech or other use of quotation marks
   * @param unclosed true when the closing mark is missing
   * @param speaker the explicit mention of the source, or null when unknown
   * @param cue the speech verb or expression, or null when there is none
   * @param speakerEntity the entity the speaker is linked to, or null
   */
  public Quotation(
      Span span,
      Span content,
      QuoteKind kind,
      boolean unclosed,
      Span speaker,
      Span cue,
      Entity speakerEntity) {
    this(span, content, kind, unclosed, speaker, cue, speakerEntity, false);
  }

  /**
   * Rejects a null span, content or kind, content outside the span, and an implicit speaker that
   * is not there.
   *
   * @param span the whole segment, quotation marks included
   * @param content the quoted words without the marks, inside {@code span}
   * @param kind speech, indirect speech or other use of quotation marks
   * @param unclosed true when the closing mark is missing
   * @param speaker the explicit mention of the source, or null when unknown
   * @param cue the speech verb or expression, or null when there is none
   * @param speakerEntity the entity the speaker is linked to, or null
   * @param speakerImplicit true when the speaker is carried over from an earlier sentence; then
   *     {@code speaker} is not null
   */
  public Quotation {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(kind, "kind");
    if (!span.contains(content)) {
      throw new IllegalArgumentException(
          "quotation content " + content + " lies outside its span " + span);
    }
    if (speakerImplicit && speaker == null) {
      throw new IllegalArgumentException("quotation " + span + " has an implicit speaker but none");
    }
  }

  /** {@return the speaker span, if the text names one} */
  public Optional<Span> speakerSpan() {
    return Optional.ofNullable(speaker);
  }

  /** {@return the cue span, if there is one} */
  public Optional<Span> cueSpan() {
    return Optional.ofNullable(cue);
  }
}

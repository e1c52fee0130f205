/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

/**
 * A value attached to a span of a document's text: the closed set of things Tawsim annotates.
 *
 * <p>Annotations are immutable records; a {@link Document} keeps one sorted list per kind.
 */
public sealed interface Annotation permits Zone, Sentence, Token, Entity, Quotation {

  /** {@return the span the annotation covers, in UTF-16 offsets of the document text} */
  Span span();
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.internal;

import java.util.List;
import org.tawsim.core.Entity;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;

/**
 * Rebuilds a {@link Quotation} from the separate spans an annotation tool keeps (the quotation,
 * its speaker, its cue), as the importers read them. Not API.
 */
public final class QuotationParts {

  /** Label of a speaker span, and of the relation from a quotation to it, in the tools' files. */
  public static final String SPEAKER = "SPEAKER";
  /** Label of a cue span, and of the relation from a quotation to it, in the tools' files. */
  public static final String CUE = "CUE";

  private QuotationParts() {}

  /**
   * {@return the quotation: its content is the span without the quotation marks at its ends (any
   * character of Unicode's initial or final quote punctuation, and {@code "} and {@code '}), its
   * speaker entity the entity with exactly the speaker's span, else the
   * longest entity inside it (as the tagger links {@code الرئيس فلاديمير بوتين} to the person
   * {@code فلاديمير بوتين}), if any} Tools do not keep the
   * unclosed flag: a quotation that opens with a mark and does not end with one is unclosed (it
   * runs to the end of its paragraph).
   */
  public static Quotation of(String text, Span span, QuoteKind kind, Span speaker, Span cue,
      List<Entity> entities) {
    int b = span.begin();
    int e = span.end();
    while (b < e && isMark(text.charAt(b))) {
      b++;
    }
    boolean opened = b > span.begin();
    while (e > b && isMark(text.charAt(e - 1))) {
      e--;
    }
    boolean unclosed = opened && e == span.end();
    Entity speakerEntity = null;
    if (speaker != null) {
      for (Entity en : entities) {
        if (en.span().equals(speaker)) {
          speakerEntity = en;
          break;
        }
        if (speaker.contains(en.span())
            && (speakerEntity == null || en.span().length() > speakerEntity.span().length())) {
          speakerEntity = en;
        }
      }
    }
    return new Quotation(span, new Span(b, e), kind, unclosed, speaker, cue, speakerEntity);
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return c == '"' || c == '\'' || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION;
  }
}

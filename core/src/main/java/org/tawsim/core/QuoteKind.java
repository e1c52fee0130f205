package org.tawsim.core;

import java.util.Locale;

/** What a {@link Quotation} is. */
public enum QuoteKind {
  /** Words the text attributes to a source, partial quotations of a few words included. */
  SPEECH,
  /** Reported speech without quotation marks: {@code قال ... إن ...}. */
  INDIRECT,
  /** Marks around a name, title, term, heading or dateline, or scare quotes. */
  OTHER;

  /** Returns the lower-case name used in files, such as {@code "speech"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the kind with the given file label, ignoring case.
   *
   * @throws IllegalArgumentException naming the label and the valid ones when there is none
   */
  public static QuoteKind fromLabel(String label) {
    return Labels.parse(QuoteKind.class, label);
  }
}

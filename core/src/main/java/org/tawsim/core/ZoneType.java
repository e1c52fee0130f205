/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.util.Locale;

/** The parts of a scraped news page that a {@link Zone} can mark. */
public enum ZoneType {
  /** The article's running text. */
  BODY,
  /** The article's title. */
  HEADLINE,
  /** A heading inside the article. */
  SUBHEADING,
  /** A place-and-source line that opens an article, such as {@code عواصم - وكالات:}. */
  DATELINE,
  /** The author line. */
  BYLINE,
  /** A line naming the source, such as {@code المصدر:}. */
  SOURCE,
  /** A keyword or tag list, such as {@code كلمات دلالية:}. */
  KEYWORDS,
  /** A block of links to or text of other articles, such as {@code إقرأ أيضاً:}. */
  RELATED,
  /** A bulleted or numbered list. */
  LIST,
  /** Anything else on the page: menus, captions, boilerplate. */
  OTHER;

  /** {@return the lower-case name used in files, such as {@code "headline"}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the zone type with the given file label, ignoring case}
   *
   * @param label a label as files write it
   * @throws IllegalArgumentException naming the label and the valid ones when there is none
   */
  public static ZoneType fromLabel(String label) {
    return Labels.parse(ZoneType.class, label);
  }
}

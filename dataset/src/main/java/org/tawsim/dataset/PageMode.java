/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

/**
 * Which text of a scraped page the builder annotates and exports, chosen from the page's zones.
 *
 * <p>A page is read as a main article (headline, dateline, byline, subheadings, body paragraphs
 * and lists) followed by furniture: the source line, the keyword list and related-article blocks.
 * A related block may hold a whole second article (headline, dateline, body) after its marker.
 */
public enum PageMode {
  /**
   * The main article only: from its first article zone to its last, up to the first source,
   * keyword or related zone. The default: keywords and link lists are not sentences a model
   * should learn from, and unannotated names in them would teach it that they are not entities.
   */
  ARTICLE,
  /**
   * The main article, and every article inside a related block as a document of its own, with the
   * id {@code PAGE#related-N} (N from 1).
   */
  ARTICLES,
  /** The whole page text as one document, zones and all. */
  WHOLE
}

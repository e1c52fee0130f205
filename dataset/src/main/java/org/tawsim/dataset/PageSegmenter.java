/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tawsim.core.Document;
import org.tawsim.core.Span;
import org.tawsim.core.Zone;
import org.tawsim.core.ZoneType;
import org.tawsim.core.text.CodePointOffsets;

/**
 * Cuts a zoned page into the documents a {@link PageMode} exports, never changing the page: each
 * cut is a new document whose text is a contiguous part of the page's text.
 *
 * <p>A cut that covers the whole text is the page itself, zones and all. Otherwise the main article keeps the
 * page's id and metadata, a related article gets the id {@code PAGE#related-N} and no metadata of
 * the page (its title or URL would be wrong), and both record where they came from as metadata:
 * {@value #ORIGIN_ID} (the page id), {@value #ORIGIN_START} and {@value #ORIGIN_END} (the cut's
 * offsets in the page text, in code points, end exclusive, like every offset that leaves Tawsim).
 * A part counts as an article only when it has a body or list zone. Thread-safe.
 */
final class PageSegmenter {

  static final String ORIGIN_ID = "origin_id";
  static final String ORIGIN_START = "origin_start";
  static final String ORIGIN_END = "origin_end";
  static final String RELATED_SUFFIX = "#related-";

  private PageSegmenter() {}

  /** Returns the documents of a page that carries a zone layer, main article first. */
  static List<Document> segment(Document page, PageMode mode) {
    if (mode == PageMode.WHOLE) {
      return List.of(page);
    }
    List<Span> articles = new ArrayList<>(); // index 0: the main article, or null
    Span current = null;
    boolean hasBody = false;
    boolean inMain = true; // before the first source, keyword or related zone
    boolean afterRelated = false;
    articles.add(null);
    for (Zone z : page.layer(Zone.class)) {
      if (isArticle(z.type())) {
        if (inMain || afterRelated) {
          current = current == null ? z.span() : new Span(current.begin(), z.span().end());
          hasBody |= z.type() == ZoneType.BODY || z.type() == ZoneType.LIST;
        }
      } else if (z.type() != ZoneType.OTHER) {
        close(articles, current, hasBody, inMain);
        current = null;
        hasBody = false;
        inMain = false;
        afterRelated = z.type() == ZoneType.RELATED;
      }
    }
    close(articles, current, hasBody, inMain);
    List<Document> docs = new ArrayList<>();
    if (articles.get(0) != null) {
      docs.add(cut(page, articles.get(0), page.id(), page.metadata()));
    }
    if (mode == PageMode.ARTICLES) {
      for (int i = 1; i < articles.size(); i++) {
        docs.add(cut(page, articles.get(i), page.id() + RELATED_SUFFIX + i, Map.of()));
      }
    }
    return docs;
  }

  private static void close(List<Span> articles, Span span, boolean hasBody, boolean main) {
    if (span == null || !hasBody) {
      return;
    }
    if (main) {
      articles.set(0, span);
    } else {
      articles.add(span);
    }
  }

  private static boolean isArticle(ZoneType t) {
    return switch (t) {
      case HEADLINE, SUBHEADING, DATELINE, BYLINE, BODY, LIST -> true;
      case SOURCE, KEYWORDS, RELATED, OTHER -> false;
    };
  }

  private static Document cut(Document page, Span span, String id, Map<String, String> metadata) {
    if (span.begin() == 0 && span.end() == page.text().length() && id.equals(page.id())) {
      return page; // with its zones, which the builder then need not compute again
    }
    CodePointOffsets cp = CodePointOffsets.of(page.text());
    Map<String, String> meta = new LinkedHashMap<>(metadata);
    meta.put(ORIGIN_ID, page.id());
    meta.put(ORIGIN_START, Integer.toString(cp.toCodePoint(span.begin())));
    meta.put(ORIGIN_END, Integer.toString(cp.toCodePoint(span.end())));
    return Document.of(id, page.text(span), meta);
  }
}

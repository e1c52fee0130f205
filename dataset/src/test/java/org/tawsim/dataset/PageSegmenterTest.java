/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tawsim.core.Document;
import org.tawsim.core.Span;
import org.tawsim.core.Zone;
import org.tawsim.core.ZoneType;
import org.tawsim.core.text.CodePointOffsets;

class PageSegmenterTest {

  // 😀 is outside the BMP: offsets in metadata must count it as one code point
  private static final String PAGE =
      "قائمة 😀\n"
          + "العنوان الرئيسي\n"
          + "نص المقال الأول.\n"
          + "فقرة ثانية.\n"
          + "المصدر: وكالة\n"
          + "إقرأ أيضاً:\n"
          + "عنوان ثان\n"
          + "نص المقال الثاني.\n"
          + "مقالات مشابهة\n";

  private static Document zoned() {
    String[] lines = PAGE.split("\n");
    ZoneType[] types = {
      ZoneType.OTHER, ZoneType.HEADLINE, ZoneType.BODY, ZoneType.BODY, ZoneType.SOURCE,
      ZoneType.RELATED, ZoneType.HEADLINE, ZoneType.BODY, ZoneType.RELATED
    };
    List<Zone> zones = new java.util.ArrayList<>();
    int at = 0;
    for (int i = 0; i < lines.length; i++) {
      zones.add(new Zone(new Span(at, at + lines[i].length()), types[i]));
      at += lines[i].length() + 1;
    }
    return Document.of("page", PAGE, Map.of("url", "http://example.org/a")).withLayer(Zone.class, zones);
  }

  @Test
  void theMainArticleKeepsIdAndMetadataAndSaysWhereItCameFrom() {
    List<Document> docs = PageSegmenter.segment(zoned(), PageMode.ARTICLE);
    assertEquals(1, docs.size());
    Document main = docs.get(0);
    assertEquals("page", main.id());
    assertEquals("العنوان الرئيسي\nنص المقال الأول.\nفقرة ثانية.", main.text());
    assertEquals("http://example.org/a", main.metadata().get("url"));
    int start = Integer.parseInt(main.metadata().get(PageSegmenter.ORIGIN_START));
    int end = Integer.parseInt(main.metadata().get(PageSegmenter.ORIGIN_END));
    // code points, as Python's page[start:end] counts them
    CodePointOffsets cp = CodePointOffsets.of(PAGE);
    assertEquals(main.text(), PAGE.substring(cp.toUtf16(start), cp.toUtf16(end)));
    assertEquals(8, start);
  }

  @Test
  void relatedArticlesBecomeDocumentsOfTheirOwn() {
    List<Document> docs = PageSegmenter.segment(zoned(), PageMode.ARTICLES);
    assertEquals(2, docs.size());
    Document related = docs.get(1);
    assertEquals("page#related-1", related.id());
    assertEquals("عنوان ثان\nنص المقال الثاني.", related.text());
    assertEquals("page", related.metadata().get(PageSegmenter.ORIGIN_ID));
    assertEquals(null, related.metadata().get("url"), "the page's url is not the article's");
  }

  @Test
  void thePageTextNeverChanges() {
    Document page = zoned();
    PageSegmenter.segment(page, PageMode.ARTICLES);
    assertEquals(PAGE, page.text());
    assertSame(page, PageSegmenter.segment(page, PageMode.WHOLE).get(0));
  }

  @Test
  void aPageThatIsAllArticleStaysAsItIs() {
    Document d =
        Document.of("a", "نص.\nنص آخر.")
            .withLayer(
                Zone.class,
                List.of(new Zone(new Span(0, 4), ZoneType.BODY), new Zone(new Span(4, 11), ZoneType.BODY)));
    Document main = PageSegmenter.segment(d, PageMode.ARTICLE).get(0);
    assertEquals(d.text(), main.text());
    assertEquals(Map.of(), main.metadata());
  }

  @Test
  void aPageWithoutBodyGivesNothing() {
    Document d =
        Document.of("a", "كلمات دلالية: أ ب")
            .withLayer(Zone.class, List.of(new Zone(new Span(0, 17), ZoneType.KEYWORDS)));
    assertEquals(List.of(), PageSegmenter.segment(d, PageMode.ARTICLES));
  }

  @Test
  void aListIsArticleText() {
    Document d =
        Document.of("a", "* بند أول\n* بند ثان")
            .withLayer(Zone.class, List.of(new Zone(new Span(0, 19), ZoneType.LIST)));
    assertEquals(1, PageSegmenter.segment(d, PageMode.ARTICLE).size());
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;

/** The builder's per-document step on its own, and a report counted outside the builder. */
class PageAnnotatorTest {

  private static final String PAGE =
      "عنوان قصير\nنص الخبر في بيروت اليوم.\nإقرأ أيضاً\nخبر آخر طويل عن الأحداث التي جرت في بيروت صباح اليوم.\n"
          + "المصدر: وكالة";

  /** What each outcome became: the id written, or "rejected: " and the reason. */
  private static List<String> outcomes(PageAnnotator.Result r) {
    List<String> out = new ArrayList<>();
    for (PageAnnotator.Outcome o : r.outcomes()) {
      out.add(
          o instanceof PageAnnotator.Annotated a
              ? a.document().id()
              : "rejected: " + ((PageAnnotator.Failed) o).rejection().reason());
    }
    return out;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("blank", PageMode.ARTICLE, "  \n ", List.of("rejected: empty document: no text"), 0),
        Arguments.of(
            "too large",
            PageMode.WHOLE,
            "x".repeat(201),
            List.of("rejected: document too large: 201 characters, over the limit of 200 (raise it with --max-chars)"),
            0),
        Arguments.of(
            "no body",
            PageMode.ARTICLE,
            "المصدر: وكالة",
            List.of("rejected: no article text: the zones found no body on the page"),
            0),
        Arguments.of("main article", PageMode.ARTICLE, PAGE, List.of("p"), 1),
        Arguments.of("articles", PageMode.ARTICLES, PAGE, List.of("p", "p#related-1"), 1),
        Arguments.of("whole", PageMode.WHOLE, PAGE, List.of("p"), 0),
        Arguments.of(
            "failure", PageMode.WHOLE, "FAIL here", List.of("rejected: annotation failed: java.lang.IllegalStateException: boom in p"), 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void cutsAnnotatesOrRejectsAsTheBuilderDoes(
      String name, PageMode mode, String text, List<String> expected, int related) {
    PageAnnotator step = PageAnnotator.of(TestAnnotators.failingPipeline(), mode, 200, true);
    PageAnnotator.Result r = step.annotate(Document.of("p", text));
    assertEquals(expected, outcomes(r));
    assertEquals(related, r.relatedFound());
    for (PageAnnotator.Outcome o : r.outcomes()) {
      if (o instanceof PageAnnotator.Annotated a) {
        assertNotNull(a.fingerprint());
        assertTrue(a.document().layer(org.tawsim.core.Token.class).size() > 0, name);
      }
    }
  }

  @Test
  void fingerprintsOnlyWhenAsked() {
    PageAnnotator step = PageAnnotator.of(TestAnnotators.pipeline(), PageMode.ARTICLE, 1000, false);
    PageAnnotator.Annotated a = (PageAnnotator.Annotated) step.annotate(Document.of("p", PAGE)).outcomes().get(0);
    assertNull(a.fingerprint());
  }

  @Test
  void cuttingPagesNeedsAZoneStep() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PageAnnotator.of(Pipeline.of(), PageMode.ARTICLE, 10, false));
    assertTrue(e.getMessage().contains("page mode article"), e.getMessage());
  }

  @Test
  void aReportCountedElsewhereRendersAsTheBuildersOwn() throws IOException {
    Map<Split, SplitStats> splits = new EnumMap<>(Split.class);
    SplitStats train = new SplitStats();
    PageAnnotator step = PageAnnotator.of(TestAnnotators.pipeline(), PageMode.ARTICLE, 1000, false);
    train.add(((PageAnnotator.Annotated) step.annotate(Document.of("p", PAGE)).outcomes().get(0)).document());
    splits.put(Split.TRAIN, train);
    BuildReport r =
        BuildReport.of(
            HashSplitter.DEFAULT,
            DedupMode.KEEP_ONE,
            PageMode.ARTICLE,
            List.of("jsonl"),
            new BuildReport.Counts(2, 1, 0, 0, 1, 1, 0, 0, 1),
            splits);
    assertTrue(r.reconciles(), r.equation());
    assertTrue(r.summary().startsWith("inputs 3 = written 1 + rejected 1 + dropped duplicates 1\n"), r.summary());
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    r.writeStats(json);
    String stats = json.toString(StandardCharsets.UTF_8);
    assertTrue(stats.contains("\"related_left_out\" : 1"), stats);
    assertTrue(stats.contains("\"LOC\" : 1"), stats);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            BuildReport.of(
                HashSplitter.DEFAULT,
                DedupMode.OFF,
                PageMode.ARTICLE,
                List.of("jsonl"),
                new BuildReport.Counts(2, 0, 0, 0, 2, 0, 0, 0, 0),
                splits));
  }
}

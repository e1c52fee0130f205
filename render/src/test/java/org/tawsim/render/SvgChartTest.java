/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgChartTest {

  @ParameterizedTest
  @CsvSource({"0, 1", "29, 1", "30, 2", "59, 2", "60, 5", "149, 5", "150, 10", "299, 10", "300, 20",
      "2999, 100", "100000, 5000"})
  void choosesRoundBinWidths(int maxLength, int width) {
    assertEquals(width, SvgChart.binWidth(maxLength));
  }

  @Test
  void histogramCountsEveryItemInItsBin() {
    TreeMap<Integer, Long> counts = new TreeMap<>();
    counts.put(3, 2L);
    counts.put(31, 5L);
    counts.put(32, 1L);
    StringBuilder out = new StringBuilder();
    SvgChart.histogram(out, "h", "Sentence lengths", counts, "words", "sentences");
    String svg = out.toString();
    assertTrue(svg.contains("data-from=\"2\" data-to=\"3\" data-value=\"2\""), svg);
    assertTrue(svg.contains("data-from=\"30\" data-to=\"31\" data-value=\"5\""), svg);
    assertTrue(svg.contains("data-from=\"32\" data-to=\"33\" data-value=\"1\""), svg);
    assertEquals(17, svg.split("<rect class=\"bin\"", -1).length - 1, "bins 0-1 to 32-33");
  }

  @Test
  void barsEscapeLabelsAndScaleToTheLargest() {
    StringBuilder out = new StringBuilder();
    SvgChart.bars(out, "b", "<Types>", List.of(
        new SvgChart.Bar("<A>", 10, "#000000"), new SvgChart.Bar("B", 5, "#ffffff")));
    String svg = out.toString();
    assertTrue(svg.contains("&lt;Types&gt;"));
    assertTrue(svg.contains("data-label=\"&lt;A&gt;\" data-value=\"10\" x=\"90\" y=\"3\" width=\"280\""), svg);
    assertTrue(svg.contains("data-label=\"B\" data-value=\"5\" x=\"90\" y=\"25\" width=\"140\""), svg);
    assertTrue(!svg.contains("<A>"));
  }

  @Test
  void saysNoneForNoData() {
    StringBuilder out = new StringBuilder();
    SvgChart.bars(out, "b", "Types", List.of());
    SvgChart.histogram(out, "h", "Lengths", new TreeMap<>(), "words", "sentences");
    assertEquals(2, out.toString().split("none", -1).length - 1);
    assertTrue(!out.toString().contains("<svg"));
  }
}

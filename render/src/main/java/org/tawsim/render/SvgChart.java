/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Draws the corpus view's charts as inline SVG: bars per category and a histogram.
 *
 * <p>All coordinates are whole pixels computed with integer arithmetic, so the same counts always
 * give the same bytes. Labels are escaped. Charts read left to right inside the right-to-left page
 * ({@code dir="ltr"} on the figure), as their numbers do.
 */
final class SvgChart {

  /** One bar: its label, its value and its fill colour ({@code #rrggbb}). */
  record Bar(String label, long value, String colour) {}

  private static final int LABEL_WIDTH = 90;
  private static final int BAR_SPACE = 280;
  private static final int ROW = 22;
  private static final int BAR_HEIGHT = 16;
  private static final int MAX_BINS = 30;
  private static final int PLOT_WIDTH = 480;
  private static final int PLOT_HEIGHT = 150;
  private static final String HISTOGRAM_COLOUR = "#5a6bd8";

  private SvgChart() {}

  /** Appends a figure with one horizontal bar per item, or a line saying there is nothing. */
  static void bars(StringBuilder out, String id, String caption, List<Bar> bars) {
    figureStart(out, id, caption);
    if (bars.isEmpty()) {
      out.append("<p class=\"empty\">none</p></figure>\n");
      return;
    }
    long max = 1;
    for (Bar b : bars) {
      max = Math.max(max, b.value());
    }
    int width = LABEL_WIDTH + BAR_SPACE + 60;
    int height = bars.size() * ROW + 4;
    svgStart(out, caption, width, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = i * ROW + 3;
      int w = (int) Math.max(1, b.value() * BAR_SPACE / max);
      out.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 13)
          .append("\" text-anchor=\"end\">");
      HtmlEscaper.escape(out, b.label()).append("</text>");
      out.append("<rect class=\"bar\" data-label=\"");
      HtmlEscaper.escape(out, b.label());
      out.append("\" data-value=\"").append(b.value()).append("\" x=\"").append(LABEL_WIDTH)
          .append("\" y=\"").append(y).append("\" width=\"").append(w).append("\" height=\"")
          .append(BAR_HEIGHT).append("\" fill=\"").append(b.colour()).append("\"><title>");
      HtmlEscaper.escape(out, b.label()).append(": ").append(b.value()).append("</title></rect>");
      out.append("<text x=\"").append(LABEL_WIDTH + w + 4).append("\" y=\"").append(y + 13)
          .append("\">").append(b.value()).append("</text>\n");
    }
    out.append("</svg></figure>\n");
  }

  /**
   * Appends a histogram of lengths: counts per bin of a round width (1, 2, 5, 10, 20, 50...)
   * chosen so that there are at most {@value #MAX_BINS} bins.
   *
   * @param counts how many items have each length, by length
   * @param unit what the lengths count, such as "words"
   * @param items what is counted, such as "sentences"
   */
  static void histogram(
      StringBuilder out,
      String id,
      String caption,
      SortedMap<Integer, Long> counts,
      String unit,
      String items) {
    figureStart(out, id, caption);
    if (counts.isEmpty()) {
      out.append("<p class=\"empty\">none</p></figure>\n");
      return;
    }
    int maxLength = counts.lastKey();
    int binWidth = binWidth(maxLength);
    int bins = maxLength / binWidth + 1;
    long[] binned = new long[bins];
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      binned[e.getKey() / binWidth] += e.getValue();
    }
    long max = 1;
    for (long c : binned) {
      max = Math.max(max, c);
    }
    int barWidth = Math.max(4, PLOT_WIDTH / bins);
    int left = 50;
    int top = 10;
    int width = left + bins * barWidth + 10;
    int height = top + PLOT_HEIGHT + 36;
    svgStart(out, caption, width, height);
    int baseline = top + PLOT_HEIGHT;
    out.append("<line x1=\"").append(left).append("\" y1=\"").append(baseline).append("\" x2=\"")
        .append(width - 10).append("\" y2=\"").append(baseline).append("\" stroke=\"#888\"/>");
    out.append("<text x=\"").append(left - 4).append("\" y=\"").append(top + 10)
        .append("\" text-anchor=\"end\">").append(max).append("</text>");
    out.append("<text x=\"").append(left - 4).append("\" y=\"").append(baseline)
        .append("\" text-anchor=\"end\">0</text>\n");
    for (int i = 0; i < bins; i++) {
      int h = (int) (binned[i] * PLOT_HEIGHT / max);
      if (binned[i] > 0) {
        h = Math.max(1, h);
      }
      int from = i * binWidth;
      int to = from + binWidth - 1;
      String range = binWidth == 1 ? Integer.toString(from) : from + "\u2013" + to;
      out.append("<rect class=\"bin\" data-from=\"").append(from).append("\" data-to=\"")
          .append(to).append("\" data-value=\"").append(binned[i]).append("\" x=\"")
          .append(left + i * barWidth).append("\" y=\"").append(baseline - h)
          .append("\" width=\"").append(Math.max(1, barWidth - 1)).append("\" height=\"")
          .append(h).append("\" fill=\"").append(HISTOGRAM_COLOUR).append("\"><title>")
          .append(range).append(' ').append(unit).append(": ").append(binned[i]).append(' ')
          .append(items).append("</title></rect>\n");
    }
    int labelEvery = Math.max(1, (bins + 5) / 6);
    for (int i = 0; i < bins; i += labelEvery) {
      out.append("<text x=\"").append(left + i * barWidth).append("\" y=\"").append(baseline + 14)
          .append("\">").append(i * binWidth).append("</text>");
    }
    out.append("<text x=\"").append(width - 10).append("\" y=\"").append(baseline + 30)
        .append("\" text-anchor=\"end\">").append(unit).append(" (longest ")
        .append(maxLength).append(")</text>\n");
    out.append("</svg></figure>\n");
  }

  /** Returns the smallest round bin width (1, 2, 5 times a power of ten) giving few enough bins. */
  static int binWidth(int maxLength) {
    int scale = 1;
    while (true) {
      for (int step : new int[] {1, 2, 5}) {
        int w = step * scale;
        if (maxLength / w + 1 <= MAX_BINS) {
          return w;
        }
      }
      scale *= 10;
    }
  }

  private static void figureStart(StringBuilder out, String id, String caption) {
    out.append("<figure dir=\"ltr\" id=\"").append(id).append("\"><figcaption>");
    HtmlEscaper.escape(out, caption).append("</figcaption>");
  }

  private static void svgStart(StringBuilder out, String caption, int width, int height) {
    out.append("<svg role=\"img\" aria-label=\"");
    HtmlEscaper.escape(out, caption);
    out.append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n");
  }
}

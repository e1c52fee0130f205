/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkupTest {

  private static Markup.Mark mark(int begin, int end, int rank, String name) {
    return new Markup.Mark(begin, end, rank, name, "", "");
  }

  private static String render(String text, Markup.Mark... marks) {
    StringBuilder out = new StringBuilder();
    Markup.render(out, text, List.of(marks));
    return out.toString()
        .replaceAll("<span class=\"([^\"]*)\">", "[$1:")
        .replace("</span>", "]");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // case | marks as begin-end-rank-name, comma separated | expected
        "no marks            | -                      | abcdef",
        "one inside          | 1-3-0-x                | a[x:bc]def",
        "nested              | 0-6-0-q,1-3-1-e         | [q:a[e:bc]def]",
        "nested given inner first | 1-3-1-e,0-6-0-q   | [q:a[e:bc]def]",
        "equal spans by rank | 2-4-4-e,2-4-3-sp        | ab[sp:[e:cd]]ef",
        "adjacent            | 0-2-0-x,2-4-0-y         | [x:ab][y:cd]ef",
        "crossing is split   | 0-3-1-s,2-5-4-e         | [s:ab[e split:c]][e cont:de]f",
        "crossing three ways | 0-4-0-z,1-5-1-s,3-6-4-e | [z:a[s split:bc[e split:d]]][s cont:[e cont split:e]][e cont:f]",
        "empty mark          | 2-2-0-x                 | ab[x:]cdef",
      })
  void nestsMarks(String name, String marks, String expected) {
    List<Markup.Mark> list = new ArrayList<>();
    if (!marks.equals("-")) {
      for (String m : marks.split(",")) {
        String[] f = m.split("-");
        list.add(mark(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]));
      }
    }
    assertEquals(expected, render("abcdef", list.toArray(new Markup.Mark[0])));
  }

  @Test
  void escapesTheText() {
    assertEquals("[e:&lt;b&gt;] &amp;", render("<b> &", mark(0, 3, 0, "e")));
  }

  @Test
  void writesFirstFragmentAttributesOnce() {
    StringBuilder out = new StringBuilder();
    Markup.render(
        out,
        "abcd",
        List.of(mark(0, 2, 0, "s"), new Markup.Mark(1, 4, 2, "q", " data-q=\"1\"", " id=\"q1\"")));
    assertEquals(
        "<span class=\"s\">a<span class=\"q split\" data-q=\"1\" id=\"q1\">b</span></span>"
            + "<span class=\"q cont\" data-q=\"1\">cd</span>",
        out.toString());
  }

  @Test
  void neverCutsASurrogatePair() {
    assertEquals("a[e:😀]b", render("a😀b", mark(2, 3, 0, "e")));
    assertEquals("a[e:😀b]", render("a😀b", mark(2, 4, 0, "e")));
  }

  @Test
  void rejectsAMarkPastTheText() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Markup.render(new StringBuilder(), "abc", List.of(mark(1, 4, 0, "x"))));
  }

  /** Random overlapping marks: tags balance and the text comes out whole, in order. */
  @Test
  void keepsTheTextAndBalancesTagsForRandomMarks() {
    Random random = new Random(12);
    String text = "قال الرئيس 😀 إن «لبنان» <b> & غدا.";
    for (int round = 0; round < 500; round++) {
      List<Markup.Mark> marks = new ArrayList<>();
      int count = random.nextInt(8);
      for (int i = 0; i < count; i++) {
        int a = random.nextInt(text.length() + 1);
        int b = random.nextInt(text.length() + 1);
        marks.add(mark(Math.min(a, b), Math.max(a, b), random.nextInt(5), "m"));
      }
      StringBuilder out = new StringBuilder();
      Markup.render(out, text, marks);
      String html = out.toString();
      int depth = 0;
      int opened = 0;
      for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
        if (html.startsWith("</span>", i)) {
          depth--;
        } else {
          depth++;
          opened++;
        }
        assertEquals(true, depth >= 0, "closed more than opened in round " + round);
      }
      assertEquals(0, depth, "round " + round);
      assertEquals(true, opened >= count, "every mark drawn at least once in round " + round);
      String plain =
          html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
      String expected = HtmlEscaper.escape(new StringBuilder(), text)
          .toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
      assertEquals(expected, plain, "round " + round);
    }
  }
}

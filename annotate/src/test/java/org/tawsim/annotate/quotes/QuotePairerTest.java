/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotePairerTest {

  /** Renders the segments as [text] (unclosed as [text+) and the strays as !mark. */
  private static String render(String text) {
    Pairing p = QuotePairer.pair(text);
    List<String> parts = new ArrayList<>();
    for (Pairing.Segment s : p.segments()) {
      parts.add(text.substring(s.open(), s.end()) + (s.unclosed() ? "+" : ""));
    }
    for (Pairing.Stray s : p.strays()) {
      parts.add("!" + s.mark().character() + "@" + s.offset());
    }
    return String.join(" | ", parts);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "قال «نعم» أمس # «نعم»",
        "قال \"نعم\" أمس # \"نعم\"",
        "قال “نعم” أمس # “نعم”",
        "قال „نعم“ أمس # „نعم“",
        "قال ‹نعم› أمس # ‹نعم›",
        "قناة »العربية» أمس # »العربية»",
        "سعر ”الديزل” ارتفع # ”الديزل”",
        "واستطرد: ” لاحظوا الآن كيف”. # ” لاحظوا الآن كيف”",
        "واستطرد: » لاحظوا الآن« # !»@9 | !«@22",
        "قال ” نعم # !”@4",
        "بيس 15″ هذا # !″@6",
        "لعبة “بيس 15″ هذا # “بيس 15″",
        "عواصم \" وكالات\": أعلنت # \" وكالات\"",
        "كشف ل\"الرياض\" مدير # \"الرياض\"",
        "حل \"عادل\" و\"دائم\" للحرب # \"عادل\" | \"دائم\"",
        "مزيج «خطأ\" هنا # «خطأ\"",
        "« نعم » بمسافات # « نعم »",
        "وقال\" إننا هنا\". # \" إننا هنا\"",
        "وقال\" إننا هنا \"الآن # \"الآن+ | !\"@4",
        "وقال\" إننا هنا # !\"@4",
        "\"وقال ترامب \"من السهل الوصول\" أمس # \"من السهل الوصول\" | !\"@0",
        "\"قال \"نعم\" ثم \"لا\" # \"نعم\" | \"لا\" | !\"@0",
        "\"قال للنظام \"القانون\" وبما يلزم\" # \"قال للنظام \"القانون\" وبما يلزم\" | \"القانون\"",
      })
  void pairsMarks(String text, String expected) {
    assertEquals(expected.strip(), render(text.strip()));
  }

  @Test
  void nestsQuotations() {
    assertEquals("«قال \"لا\" ثم» | \"لا\"", render("«قال \"لا\" ثم»"));
    Pairing p = QuotePairer.pair("«قال \"لا\" ثم»");
    assertEquals(0, p.segments().get(0).depth());
    assertEquals(1, p.segments().get(1).depth());
  }

  @Test
  void unclosedQuotationRunsToEndOfParagraph() {
    String text = "قال «نعم سنفعل.  \nوبعد";
    Pairing p = QuotePairer.pair(text);
    assertEquals(1, p.segments().size());
    Pairing.Segment s = p.segments().get(0);
    assertTrue(s.unclosed());
    assertEquals("«نعم سنفعل.", text.substring(s.open(), s.end()));
    assertEquals("نعم سنفعل.", text.substring(s.contentBegin(), s.contentEnd()));
  }

  @Test
  void quotationDoesNotCrossParagraphs() {
    assertEquals("«سطر أول+ | !»@17", render("قال «سطر أول\nثاني» هنا"));
  }

  @Test
  void reportsStrayClosingMark() {
    Pairing p = QuotePairer.pair("انتهى الكلام» هنا");
    assertEquals(0, p.segments().size());
    assertEquals(List.of(new Pairing.Stray(12, QuoteMark.RIGHT_GUILLEMET, Pairing.Reason.NOTHING_OPEN)),
        p.strays());
  }

  @Test
  void reportsOpeningMarkWithNothingAfter() {
    Pairing p = QuotePairer.pair("قال «  \nثم");
    assertEquals(0, p.segments().size());
    assertEquals(Pairing.Reason.NOTHING_AFTER, p.strays().get(0).reason());
  }

  @Test
  void closingStraightMarkEndsSegmentsOpenInsideIt() {
    Pairing p = QuotePairer.pair("\"أ «ب\" ج");
    assertEquals(2, p.segments().size());
    Pairing.Segment inner = p.segments().get(1);
    assertTrue(inner.unclosed());
    assertEquals(5, inner.end());
  }

  @Test
  void emptyAndMarkFreeTexts() {
    assertEquals("", render(""));
    assertEquals("", render("نص بلا علامات"));
    assertEquals("\"\"", render("\"\""));
  }

  @Test
  void alternatingGuillemetsPairInLinearTime() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      sb.append('«').append('»');
    }
    Pairing p = QuotePairer.pair(sb);
    assertEquals(50_000, p.segments().size());
    assertEquals(0, p.strays().size());
  }

  @Test
  // a hang guard, as below
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void hundredThousandOpeningMarksStopAtMaxDepth() {
    String text = "«".repeat(100_000);
    Pairing p = QuotePairer.pair(text);
    assertEquals(QuotePairer.MAX_DEPTH, p.segments().size());
    // the last mark, with nothing after it, closes the innermost segment (a reversed pair)
    assertEquals(QuotePairer.MAX_DEPTH - 1,
        p.segments().stream().filter(Pairing.Segment::unclosed).count());
    assertEquals(100_000 - QuotePairer.MAX_DEPTH - 1, p.strays().size());
    assertTrue(p.strays().stream().allMatch(s -> s.reason() == Pairing.Reason.TOO_DEEP));
  }

  @Test
  // a hang guard: 0.2 s at most on two busy cores
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void hundredThousandStraightMarksMakeEmptyPairs() {
    Pairing p = QuotePairer.pair("\"".repeat(100_000));
    assertEquals(50_000, p.segments().size());
    assertTrue(p.strays().isEmpty());
  }

  @Test
  void randomTextsGiveSegmentsInsideTheText() {
    Random random = new Random(20261129L);
    char[] alphabet = "«»“”„\"‹›″ نعم\nقال،.".toCharArray();
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(60);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = sb.toString();
      Pairing p = QuotePairer.pair(text);
      int marks = 0;
      for (char c : text.toCharArray()) {
        marks += QuoteMark.isMark(c) ? 1 : 0;
      }
      int closes = 0;
      int previousOpen = -1;
      for (Pairing.Segment s : p.segments()) {
        assertTrue(s.open() > previousOpen, text);
        previousOpen = s.open();
        assertTrue(s.open() < s.end() && s.end() <= text.length(), text);
        assertTrue(s.open() < s.contentBegin() || s.contentBegin() == s.contentEnd(), text);
        assertTrue(s.contentBegin() <= s.contentEnd() && s.contentEnd() <= s.end(), text);
        if (!s.unclosed()) {
          closes++;
          assertEquals(s.close() + 1, s.end(), text);
        }
      }
      // every mark opens, closes or is a stray: nothing is lost
      assertEquals(marks, p.segments().size() + closes + p.strays().size(), text);
    }
  }
}

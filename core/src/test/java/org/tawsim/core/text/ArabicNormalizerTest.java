/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicNormalizer.Step;

class ArabicNormalizerTest {

  private static final ArabicNormalizer STANDARD = ArabicNormalizer.standard();

  /** Input (escapes allowed), expected normal form under every step. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "مُحَمَّدٌ | محمد", // harakat, shadda, tanwin
        "الرَّحْمَٰن | الرحمن", // sukun, superscript alef
        "عَلَيْهِۖ | عليه", // Quranic annotation mark U+06D6
        "صلّىٰ | صلي", // shadda, superscript alef, maksura
        "الســـلام | السلام", // tatweel
        "أحمد إبراهيم آمال ٱلله | احمد ابراهيم امال الله",
        "مستشفى | مستشفي",
        "مدرسة | مدرسه",
        "مؤتمر رئيس | مءتمر رءيس",
        "٢٠١٧ و۱۳۹۹ | 2017 و1399",
        "کرکوک | كركوك", // keheh from a Persian keyboard
        "علی ایران | علي ايران", // Farsi yeh, final and medial
        "ھذا | هذا", // heh doachashmee
        "\uFB8E\uFBFE | كي", // presentation forms of keheh and Farsi yeh
        "\uFEFBعب | لاعب", // lam-alef ligature, presentation form B
        "\uFEF7 | لا", // lam with alef hamza above ligature, then alef unified
        "\uFDF2 | الله", // allah ligature, presentation form A
        "\uFE8D\uFE91 | اب", // isolated alef, initial beh
        "\u200Fقال\u200B\u200E\u061C\u202B\u202C\u2067\u2069\uFEFF | قال",
        "hello, world! 42 | hello, world! 42",
        "'' | ''",
      })
  void normalisesEveryStep(String input, String expected) {
    NormalizedText view = STANDARD.normalize(input);
    assertEquals(expected, view.normalized());
    assertEquals(expected, STANDARD.normalizeToString(input));
    assertEquals(input, view.original());
  }

  /** Input, the step switched off, expected normal form. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "مُحَمَّد | DIACRITICS | مُحَمَّد",
        "الســـلام | TATWEEL | الســـلام",
        "أحمد | ALEF | أحمد",
        "مستشفى | ALEF_MAKSURA | مستشفى",
        "مدرسة | TEH_MARBUTA | مدرسة",
        "مؤتمر | HAMZA_CARRIERS | مؤتمر",
        "٢٠١٧ | DIGITS | ٢٠١٧",
        "کرکوک علی | PERSIAN_LETTERS | کرکوک علی",
        "\uFEFBعب | PRESENTATION_FORMS | \uFEFBعب",
        "\u200Fقال | FORMAT_CHARACTERS | \u200Fقال",
      })
  void eachStepCanBeSwitchedOff(String input, Step off, String expected) {
    ArabicNormalizer n = ArabicNormalizer.builder().disable(off).build();
    assertFalse(n.steps().contains(off));
    assertEquals(expected, n.normalize(input).normalized());
  }

  /** Input, the one step switched on, expected normal form: what each step does on its own. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "مُحَمَّدٌ ـ أ | DIACRITICS | محمد ـ أ",
        "عَلَيْهِۖ ﷺ\u0610 | DIACRITICS | عليه ﷺ",
        "الســـلامُ | TATWEEL | السلامُ",
        "أحمد إبراهيم آمال ٱلله مؤتمر | ALEF | احمد ابراهيم امال الله مؤتمر",
        "على مستشفى ی | ALEF_MAKSURA | علي مستشفي ی",
        "مدرسة دعوة ه | TEH_MARBUTA | مدرسه دعوه ه",
        "مؤتمر رئيس أ | HAMZA_CARRIERS | مءتمر رءيس أ",
        "کرکوک علی ھذا ى | PERSIAN_LETTERS | كركوك علي هذا ى",
        "٢٠١٧ و۱۳۹۹ | DIGITS | 2017 و1399",
        "\uFEFBعب \uFEF7 | PRESENTATION_FORMS | لاعب لأ",
        "\u200Fقال\u200B\uFEFF | FORMAT_CHARACTERS | قال",
        "Reuters AFP أ | ASCII_CASE | reuters afp أ",
      })
  void eachStepAlone(String input, Step step, String expected) {
    ArabicNormalizer n = ArabicNormalizer.of(EnumSet.of(step));
    assertEquals(expected, n.normalize(input).normalized());
    assertEquals(expected, n.normalizeToString(input));
  }

  /** Character, steps, what {@link ArabicNormalizer#map} gives (REMOVED for a removed one). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "أ | ALEF | ا",
        "ى | ALEF_MAKSURA | ي",
        "ى | ALEF | ى",
        "ة | TEH_MARBUTA | ه",
        "\u064E | DIACRITICS | REMOVED",
        "ـ | TATWEEL | REMOVED",
        "Q | ASCII_CASE | q",
        "Q | ALEF | Q",
        "\uFE8D | PRESENTATION_FORMS | ا",
        "\uFE8D | ALEF | \uFE8D",
        "\uFEF7 | PRESENTATION_FORMS | \uFEF7",
        "\u200F | FORMAT_CHARACTERS | REMOVED",
        "\uFEFF | FORMAT_CHARACTERS | REMOVED",
        "ک | PERSIAN_LETTERS | ك",
      })
  void mapsOneCharacter(char c, Step step, String expected) {
    char m = ArabicNormalizer.of(EnumSet.of(step)).map(c);
    assertEquals(expected, m == ArabicNormalizer.REMOVED ? "REMOVED" : String.valueOf(m));
  }

  @Test
  void mapAgreesWithNormalizeOnEveryCharacterThatDoesNotExpand() {
    ArabicNormalizer[] normalizers = {
      STANDARD,
      ArabicNormalizer.builder().enable(Step.ASCII_CASE).disable(Step.ALEF_MAKSURA).build(),
      ArabicNormalizer.of(EnumSet.of(Step.TEH_MARBUTA)),
    };
    for (ArabicNormalizer n : normalizers) {
      for (char c = 0; c < '\uFFFF'; c++) {
        String s = n.normalizeToString(String.valueOf(c));
        char m = n.map(c);
        if (s.length() <= 1) {
          assertEquals(s, m == ArabicNormalizer.REMOVED ? "" : String.valueOf(m), n + " " + (int) c);
        } else {
          assertEquals(c, m);
        }
      }
    }
  }

  @Test
  void asciiCaseIsNotAStandardStep() {
    assertFalse(STANDARD.steps().contains(Step.ASCII_CASE));
    assertEquals(EnumSet.complementOf(EnumSet.of(Step.ASCII_CASE)), STANDARD.steps());
    assertSame(STANDARD, ArabicNormalizer.of(EnumSet.complementOf(EnumSet.of(Step.ASCII_CASE))));
    ArabicNormalizer all = ArabicNormalizer.of(EnumSet.allOf(Step.class));
    assertEquals("ahmed احمد", all.normalizeToString("Ahmed أحمد"));
    assertEquals("Ahmed احمد", STANDARD.normalizeToString("Ahmed أحمد"));
  }

  @Test
  void presentationFormsFollowTheOtherSteps() {
    ArabicNormalizer keepAlef = ArabicNormalizer.builder().disable(Step.ALEF).build();
    assertEquals("لأ", keepAlef.normalizeToString("\uFEF7"));
    assertEquals("لا", STANDARD.normalizeToString("\uFEF7"));
    ArabicNormalizer keepMarks = ArabicNormalizer.builder().disable(Step.DIACRITICS).build();
    assertEquals(" \u064C\u0651", keepMarks.normalizeToString("\uFC5E"));
    assertEquals(" ", STANDARD.normalizeToString("\uFC5E"));
  }

  @Test
  void noStepsIsTheIdentity() {
    ArabicNormalizer none = ArabicNormalizer.of(EnumSet.noneOf(Step.class));
    String text = "مُحَمَّدٌ ـ أ ة ٣ \uFEFB\u200F";
    assertSame(text, none.normalize(text).normalized());
    assertEquals(ArabicNormalizer.standard().steps(), ArabicNormalizer.builder().build().steps());
    assertEquals(EnumSet.of(Step.DIGITS), none.toBuilder().enable(Step.DIGITS).build().steps());
  }

  @Test
  void unchangedTextIsReturnedWithoutCopy() {
    String text = "قال الرئيس"; // ئ changes, so take text without it
    String plain = "قال محمد في بيان";
    NormalizedText view = STANDARD.normalize(plain);
    assertSame(plain, view.normalized());
    assertTrue(view.isUnchanged());
    assertTrue(view.hasIdentityAlignment());
    assertTrue(STANDARD.isNormalized(plain));
    assertFalse(STANDARD.isNormalized(text));
  }

  @Test
  void replacementsKeepAnIdentityAlignment() {
    NormalizedText view = STANDARD.normalize("أحمد في مدرسة");
    assertFalse(view.isUnchanged());
    assertTrue(view.hasIdentityAlignment());
    assertEquals(new Span(8, 13), view.toOriginalSpan(8, 13));
  }

  @Test
  void wordSpanCoversTheMarksAfterIt() {
    String text = "قَالَ الرَّئِيسُ";
    NormalizedText view = STANDARD.normalize(text);
    assertEquals("قال الرءيس", view.normalized());
    assertEquals(new Span(6, 16), view.toOriginalSpan(4, 10));
    assertEquals("الرَّئِيسُ", view.toOriginalSpan(4, 10).coveredText(text));
    assertEquals(new Span(0, 5), view.toOriginalSpan(0, 3));
    assertEquals(new Span(0, 3), view.toNormalizedSpan(0, 5));
    assertEquals(new Span(4, 10), view.toNormalizedSpan(6, 16));
  }

  @Test
  void spanEndStopsAtARemovedFormatCharacter() {
    String text = "محمد\u200F \u200Fعلي";
    NormalizedText view = STANDARD.normalize(text);
    assertEquals("محمد علي", view.normalized());
    assertEquals(new Span(0, 4), view.toOriginalSpan(0, 4));
    assertEquals(new Span(7, 10), view.toOriginalSpan(5, 8));
  }

  @Test
  void removedCharactersMapToAnEmptySpan() {
    NormalizedText view = STANDARD.normalize("بـــا");
    assertEquals("با", view.normalized());
    assertEquals(new Span(1, 1), view.toNormalizedSpan(1, 4));
    assertEquals(new Span(4, 4), view.toOriginalSpan(1, 1));
    assertEquals(new Span(0, 4), view.toOriginalSpan(0, 1)); // the tatweel follows the beh
  }

  @Test
  void spansInsideAnExpansionWidenToTheLigature() {
    String text = "قال \uFDFA."; // sallallahou alayhe wasallam, 18 chars under NFKC
    NormalizedText view = STANDARD.normalize(text);
    assertEquals("قال صلي الله عليه وسلم.", view.normalized());
    int allah = view.normalized().indexOf("الله");
    assertEquals(new Span(4, 5), view.toOriginalSpan(allah, allah + 4));
    assertEquals(new Span(4, 22), view.toNormalizedSpan(4, 5));
    assertEquals(new Span(22, 23), view.toNormalizedSpan(5, 6));
  }

  @Test
  void emojiAndLoneSurrogatesPassThrough() {
    String text = "أ😀\uD800ب\uDC00";
    NormalizedText view = STANDARD.normalize(text);
    assertEquals("ا😀\uD800ب\uDC00", view.normalized());
  }

  @Test
  void rejectsSpansOutsideTheText() {
    NormalizedText view = STANDARD.normalize("مُحَمَّد");
    assertThrows(IndexOutOfBoundsException.class, () -> view.toOriginalSpan(0, 5));
    assertThrows(IndexOutOfBoundsException.class, () -> view.toNormalizedSpan(3, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> view.toNormalizedOffset(9));
    assertThrows(NullPointerException.class, () -> STANDARD.normalize(null));
    assertThrows(
        IndexOutOfBoundsException.class, () -> STANDARD.normalizeToString("abc", 2, 4));
  }

  @Test
  void substringsNormaliseToTheMatchingPartOfTheView() {
    String text = "وَالصِّينُ ـ \uFEFB ٢٠١٧";
    NormalizedText view = STANDARD.normalize(text);
    for (int b = 0; b <= text.length(); b++) {
      for (int e = b; e <= text.length(); e++) {
        Span s = view.toNormalizedSpan(b, e);
        assertEquals(
            s.coveredText(view.normalized()), STANDARD.normalizeToString(text, b, e), b + "," + e);
      }
    }
  }

  /** The seeded property test of the issue: idempotent, alignment total, monotone, in bounds. */
  @Test
  void randomTextIsIdempotentWithATotalAlignment() {
    Random random = new Random(3);
    ArabicNormalizer[] normalizers = {
      STANDARD,
      ArabicNormalizer.builder().disable(Step.DIACRITICS).build(),
      ArabicNormalizer.builder().disable(Step.ALEF).disable(Step.FORMAT_CHARACTERS).build(),
      ArabicNormalizer.builder().enable(Step.ASCII_CASE).disable(Step.TEH_MARBUTA).build(),
    };
    for (int round = 0; round < 10_000; round++) {
      String text = RandomText.next(random, 40);
      ArabicNormalizer n = normalizers[round % normalizers.length];
      NormalizedText view = n.normalize(text);
      String norm = view.normalized();
      assertEquals(norm, n.normalize(norm).normalized(), () -> "not idempotent: " + escape(text));
      assertEquals(norm, n.normalizeToString(text));
      int m = norm.length();
      int previous = 0;
      int previousEnd = 0;
      for (int k = 0; k <= m; k++) {
        int b = view.toOriginalBegin(k);
        int e = view.toOriginalEnd(k);
        assertTrue(b >= previous && b <= text.length(), () -> "begin out of order: " + escape(text));
        assertTrue(e >= previousEnd && e <= text.length(), () -> "end out of order: " + escape(text));
        if (k > 0) {
          int sourceBefore = view.toOriginalBegin(k - 1);
          assertTrue(e > sourceBefore && e <= Math.max(b, sourceBefore + 1) || k == m && e <= b);
        }
        previous = b;
        previousEnd = e;
        if (k < m) {
          Span one = view.toOriginalSpan(k, k + 1);
          assertFalse(one.isEmpty());
          assertTrue(view.toNormalizedSpan(one).contains(new Span(k, k + 1)));
        }
      }
      int last = 0;
      for (int o = 0; o <= text.length(); o++) {
        int k = view.toNormalizedOffset(o);
        assertTrue(k >= last && k <= m);
        last = k;
      }
      assertEquals(m, view.toNormalizedOffset(text.length()));
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    // text, begin, end, normal form of [begin, end)
    "xأحمدy, 1, 5, احمد",
    "xأحمدy, 0, 6, xاحمدy",
    "قال, 0, 3, قال",
    "قال, 1, 1, ''",
    "ﻷب, 0, 2, لاب",
  })
  void normalisesAPartOfAStringOrOfAnyCharSequence(String text, int begin, int end, String expected) {
    assertEquals(expected, STANDARD.normalizeToString(text, begin, end));
    assertEquals(expected, STANDARD.normalizeToString(new StringBuilder(text), begin, end));
    assertEquals(expected, STANDARD.normalizeToString(java.nio.CharBuffer.wrap(text), begin, end));
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return sb.toString();
  }
}

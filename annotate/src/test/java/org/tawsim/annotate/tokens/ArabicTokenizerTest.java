/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.core.text.ArabicNormalizer;

class ArabicTokenizerTest {

  private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

  /** Text, then its tokens joined by single spaces (a token never holds a space). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // Arabic words keep clitics, diacritics and tatweel
        "والصين وللولايات | والصين وللولايات",
        "قالَ الرئيسُ: «نعم». | قالَ الرئيسُ : « نعم » .",
        "الســـلام عليكم | الســـلام عليكم",
        "مُحَمَّدٌ، وَعَلِيٌّ؛ هل؟! | مُحَمَّدٌ ، وَعَلِيٌّ ؛ هل ؟ !",
        "(الرياض) [جدة] {مكة} | ( الرياض ) [ جدة ] { مكة }",
        "`\"المملكة\"` | `\" المملكة \"`",
        // numbers
        "عام 2017-2021 | عام 2017 - 2021",
        "3.5% و٣٫٥٪ | 3.5 % و٣٫٥ ٪",
        "1,000,000 ريال و٢٬٥٠٠ | 1,000,000 ريال و٢٬٥٠٠",
        "۱۳۹۹ و٢٠١٧م 1436هـ | ۱۳۹۹ و٢٠١٧م 1436هـ",
        "الساعة 6:30 صباحا | الساعة 6 : 30 صباحا",
        "2017. و3, | 2017 . و3 ,",
        "$1.5 £760 | $ 1.5 £ 760",
        // full stops
        "انتظر... حسنا.. نعم. | انتظر ... حسنا .. نعم .",
        "U.S. e.g. | U . S . e . g .",
        // Latin words
        "G20 COVID19 don't | G20 COVID19 don't",
        "end.The | end . The",
        "iPhoneالجديد الCNN G20و | iPhone الجديد ال CNN G20 و",
        // URLs, e-mail, mentions, hashtags
        "راجع https://www.spa.gov.sa/ar/news?id=5. | راجع https://www.spa.gov.sa/ar/news?id=5 .",
        "(www.example.com) | ( www.example.com )",
        "https://t.co/abc… تابع | https://t.co/abc … تابع",
        "(انظر http://x.com/a_(b)) | ( انظر http://x.com/a_(b) )",
        "«spa.gov.sa/ar» ومواقع spa.gov.sa. | « spa.gov.sa/ar » ومواقع spa.gov.sa .",
        "راسلنا على info@spa.gov.sa، شكرا | راسلنا على info@spa.gov.sa ، شكرا",
        "first.last+tag@mail.example.org | first.last+tag@mail.example.org",
        "x-26@hotmail.comللتواصل | x-26@hotmail.com للتواصل",
        "@KingSalman قال @محمد_علي: | @KingSalman قال @محمد_علي :",
        "#السعودية_تتحد #Vision2030. | #السعودية_تتحد #Vision2030 .",
        "# و @ | # و @",
        // emoji
        "رائع😀👍🏽! | رائع 😀 👍🏽 !",
        "👨‍👩‍👧 🇸🇦🇸🇦 ❤️ | 👨‍👩‍👧 🇸🇦 🇸🇦 ❤️",
        // tatweel as a dash, as an abbreviation mark, after the article
        "الحيةـ لا فقطـ تنقرض | الحية ـ لا فقط ـ تنقرض",
        "ـلا ـ11 | ـ لا ـ 11",
        "الـ84 الـCNN | الـ 84 الـ CNN",
        // the article written apart from its word keeps its tatweel: one token, never a dash
        "التقرير الـ 51 | التقرير الـ 51",
        "المركز الـ  3، والـ 20 | المركز الـ 3 ، والـ 20",
        "بالـ «فيفا» للـ 24 ساعة | بالـ « فيفا » للـ 24 ساعة",
        "الـــ 5 والـ. | الـــ 5 والـ .",
        // a word of two letters or more that only looks like it: a dash of its own
        "بلـ 5 لالـ 6 عالـ 7 | بل ـ 5 لال ـ 6 عال ـ 7",
        // invisible characters belong to a neighbour
        "\u200Fقال\u200F \u200E(نعم) | \u200Fقال\u200F \u200E( نعم )",
        // a zero width space is no whitespace, but it ends the token before it
        "كلمة\u200Bأخرى 😀\u200B😀 | كلمة\u200B أخرى 😀\u200B 😀",
      })
  void tokenizes(String text, String expected) {
    String actual =
        TOKENIZER.tokenize(text).stream()
            .map(t -> t.span().coveredText(text))
            .collect(Collectors.joining(" "));
    assertEquals(expected, actual);
    assertInvariants(text, TOKENIZER.tokenize(text));
  }

  /** Token, normalised form. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "الرَّئِيسُ | الرءيس",
        "ٱلسَّلَامُ | السلام",
        "مدرسةٌ | مدرسه",
        "٢٠١٧ | 2017",
        "الســـلام | السلام",
        "ـ | ـ", // a lone tatweel keeps its text
        "\uFEFBعب | لاعب",
      })
  void normalisesEachToken(String text, String norm) {
    List<Token> tokens = TOKENIZER.tokenize(text);
    assertEquals(1, tokens.size());
    assertEquals(norm, tokens.get(0).norm());
  }

  @Test
  void usesTheGivenNormaliser() {
    ArabicNormalizer keep = ArabicNormalizer.builder().disable(ArabicNormalizer.Step.TEH_MARBUTA).build();
    assertEquals("مدرسة", new ArabicTokenizer(keep).tokenize("مدرسةٌ").get(0).norm());
  }

  @Test
  void emptyAndBlankTextHaveNoTokens() {
    assertTrue(TOKENIZER.tokenize("").isEmpty());
    assertTrue(TOKENIZER.tokenize(" \n\t\u00A0\u2003\u3000").isEmpty());
  }

  @Test
  void annotatesADocumentWithATokenLayer() {
    Document d = TOKENIZER.annotate(Document.of("d1", "قال: نعم"));
    assertEquals(
        List.of(new Token(new Span(0, 3), "قال"), new Token(new Span(3, 4), ":"),
            new Token(new Span(5, 8), "نعم")),
        d.layer(Token.class));
    assertEquals(Set.of(Token.class), TOKENIZER.produces());
    assertTrue(TOKENIZER.requires().isEmpty());
  }

  @Test
  void spansAgreeWithTokens() {
    String text = "قال الرئيس: https://x.sa 😀 ٣٫٥٪";
    assertEquals(
        TOKENIZER.tokenize(text).stream().map(Token::span).collect(Collectors.toList()),
        TOKENIZER.spans(text));
  }

  /** The seeded property test of the issue. */
  @Test
  void randomTextGivesValidCoveringTokens() {
    Random random = new Random(33);
    for (int round = 0; round < 10_000; round++) {
      String text = RandomPieces.next(random, 30);
      List<Token> tokens = TOKENIZER.tokenize(text);
      assertInvariants(text, tokens);
      String norm = ArabicNormalizer.standard().normalizeToString(text);
      assertEquals(norm, ArabicNormalizer.standard().normalizeToString(norm));
    }
  }

  /** In bounds, sorted, not overlapping, free of whitespace, covering every other character. */
  static void assertInvariants(String text, List<Token> tokens) {
    boolean[] covered = new boolean[text.length()];
    int previousEnd = 0;
    for (Token t : tokens) {
      Span s = t.span();
      assertTrue(s.begin() >= previousEnd, () -> "overlap or disorder at " + s + " in " + esc(text));
      assertTrue(s.end() <= text.length() && !s.isEmpty(), () -> "bad span " + s);
      assertFalse(t.norm().isEmpty(), () -> "empty norm at " + s);
      for (int i = s.begin(); i < s.end(); i++) {
        assertFalse(isSpace(text.charAt(i)), () -> "space inside " + s + " in " + esc(text));
        covered[i] = true;
      }
      assertFalse(
          s.begin() > 0 && Character.isLowSurrogate(text.charAt(s.begin()))
              && Character.isHighSurrogate(text.charAt(s.begin() - 1)),
          () -> "token splits a surrogate pair at " + s + " in " + esc(text));
      previousEnd = s.end();
    }
    for (int i = 0; i < covered.length; i++) {
      int at = i;
      assertTrue(covered[i] || isSpace(text.charAt(i)), () -> "uncovered " + at + " in " + esc(text));
    }
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return sb.toString();
  }
}

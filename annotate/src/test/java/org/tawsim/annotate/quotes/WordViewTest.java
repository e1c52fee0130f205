/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.Document;
import org.tawsim.core.Quotation;
import org.tawsim.core.TokenList;

class WordViewTest {

  private static final QuotationTagger TAGGER = new QuotationTagger();
  private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

  private static String withTokens(String passage) {
    Document d = TOKENIZER.annotate(Document.of("t", passage));
    return Passages.render(passage, TAGGER.annotate(d).layer(Quotation.class));
  }

  private static String withoutTokens(String passage) {
    return Passages.render(passage, TAGGER.annotate(Document.of("t", passage)).layer(Quotation.class));
  }

  /** Where the token layer and the scan of word characters agree, so do the quotations. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "وقال الوزير: «نحن مستعدون للحوار». # speech|«نحن مستعدون للحوار»|الوزير|وقال",
        "«سنواصل العمل»، قالت الوزيرة أمس. # speech|«سنواصل العمل»|الوزيرة|قالت",
        "وأوضح المتحدث أن «الوضع هادئ تماما» في المدينة. "
            + "# speech|«الوضع هادئ تماما»|المتحدث|وأوضح",
        "وقال مصدر لـ«الشرق الأوسط» إن النمو بلغ 3.5 في المئة. "
            + "# other|«الشرق الأوسط»|-|- ; indirect|النمو بلغ 3.5 في المئة|مصدر|وقال",
        "شاهدنا فيلم «الرسالة» أمس. # other|«الرسالة»|-|-",
        // a number is one token, its points inside it, and still no letters
        "وقال المتحدث إن عدد الزوار بلغ «10.500.000» زائر. "
            + "# indirect|عدد الزوار بلغ «10.500.000» زائر|المتحدث|وقال ; other|«10.500.000»|-|-",
      })
  void tokenLayerGivesTheSameQuotationsAsTheScan(String passage, String expected) {
    assertEquals(expected, withoutTokens(passage));
    assertEquals(expected, withTokens(passage));
  }

  /**
   * An emoji written against a word is a token of its own: with the token layer the speaker ends
   * where the word token does; the scan of word characters (surrogates count as word characters)
   * runs the flag into the speaker's word.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "وقال الوزير🇸🇦: «نحن مستعدون للحوار». # speech|«نحن مستعدون للحوار»|الوزير|وقال"
            + " # speech|«نحن مستعدون للحوار»|الوزير🇸🇦|وقال",
      })
  void tokenLayerDecidesWhereAWordEnds(String passage, String tokens, String scan) {
    assertEquals(tokens, withTokens(passage));
    assertEquals(scan, withoutTokens(passage));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      value = {
        // inside a word token, what is no word character between two that are reads as sukun
        "بلغ 3.5 بالمئة ~ بلغ 3\u06525 بالمئة",
        "وسم #السعودية_تتحد ~ وسم #السعودية\u0652تتحد",
        "الرابط http://spa.gov.sa ~ الرابط http\u0652\u0652\u0652spa\u0652gov\u0652sa",
        // before the first word character of a token or after the last, it stays
        "قال\u200F الوزير ~ قال\u200F الوزير",
        "بلغ\u200Bالعدد ~ بلغ\u200Bالعدد",
        // inside any other token, a word character reads as no word character
        "الوزير ـ الذي ~ الوزير \uFFFC الذي",
        "الوزير🇸🇦 ~ الوزير\uFFFC\uFFFC\uFFFC\uFFFC",
        // marks pair as in the text
        "«نعم» ~ «نعم»",
      })
  void viewOfTheTokenLayer(String text, String expected) {
    assertEquals(expected, WordView.of(text, TOKENIZER.tokenize(text)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"وقال الوزير «نعم»", "''"})
  void viewIsTheTextItselfWhenTheTokensAgree(String text) {
    assertSame(text, WordView.of(text, TOKENIZER.tokenize(text)));
    assertSame(text, WordView.of(text, TokenList.of()));
    assertSame(text, WordView.of(text));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;

class OpenNlpSentenceAnnotatorTest {

  private static final OpenNlpSentenceAnnotator ANNOTATOR = OpenNlpSentenceAnnotator.arabic();

  /** Splits with the shipped annotator and returns the sentences' texts. */
  static List<String> split(OpenNlpSentenceAnnotator a, String text) {
    List<String> out = new ArrayList<>();
    for (Span s : a.sentences(text)) {
      out.add(s.coveredText(text));
    }
    return out;
  }

  /** Checks the sentences of a text; in the text, {@code \n}, {@code \r} and {@code \L} stand for LF, CR and U+2028. */
  private static void check(String text, String expected) {
    String t = text.replace("\\n", "\n").replace("\\r", "\r").replace("\\L", "\u2028");
    assertEquals(Arrays.asList(expected.split(" \\| ")), split(ANNOTATOR, t), t);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "وصل الوفد إلى موسكو. وبدأت المحادثات.; وصل الوفد إلى موسكو. | وبدأت المحادثات.",
        "هل أنتم مستعدون؟ نعم نحن مستعدون!; هل أنتم مستعدون؟ | نعم نحن مستعدون!",
        "انتهت الجولة الأولى… وبدأت الثانية.; انتهت الجولة الأولى… | وبدأت الثانية.",
        "جملة أولى۔ جملة ثانية۔; جملة أولى۔ | جملة ثانية۔",
      })
  void endsAtEndMarksFollowedBySpace(String text, String expected) {
    check(text, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "عنوان بلا نقطة\\nوصل الوفد إلى موسكو.; عنوان بلا نقطة | وصل الوفد إلى موسكو.",
        "المصدر: وكالات\\r\\nكلمات دلالية: روسيا إيران; المصدر: وكالات | كلمات دلالية: روسيا إيران",
        "• البند الأول\\n• البند الثاني\\n\\n\\nفقرة.; • البند الأول | • البند الثاني | فقرة.",
        "  سطر بمسافات  \\Lسطر آخر ; سطر بمسافات | سطر آخر",
      })
  void endsAtLineBreaks(String text, String expected) {
    check(text, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "وكتب \"هي خطوة نحو عالم أكثر عدلا. فإيران وروسيا ترسيان أسس نظام جديد\". وكشف أن الفكرة واضحة.;"
            + " وكتب \"هي خطوة نحو عالم أكثر عدلا. فإيران وروسيا ترسيان أسس نظام جديد\". | وكشف أن الفكرة واضحة.",
        "قال «لن نتراجع. هذا قرارنا» ثم غادر. وانتهى اللقاء.; قال «لن نتراجع. هذا قرارنا» ثم غادر. | وانتهى اللقاء.",
        "قال “لن نتراجع. هذا قرارنا” ثم غادر.; قال “لن نتراجع. هذا قرارنا” ثم غادر.",
        "قال \"لن نتراجع.\" ثم غادر.; قال \"لن نتراجع.\" | ثم غادر.",
        "قال \"هذا خطأ. ثم غادر المكان.; قال \"هذا خطأ. | ثم غادر المكان.",
        "عواصم \" وكالات\": أعلنت واشنطن \"بدء المحادثات\". وقال الوزير إن \"الحل قريب.\"; "
            + "عواصم \" وكالات\": أعلنت واشنطن \"بدء المحادثات\". | وقال الوزير إن \"الحل قريب.\"",
      })
  void keepsClosedQuotationsWhole(String text, String expected) {
    check(text, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "قال الوزير (في بيان.) إن الأمر انتهى.; قال الوزير (في بيان.) | إن الأمر انتهى.",
        "وقال: \"انتهى الأمر!\" وغادر.; وقال: \"انتهى الأمر!\" | وغادر.",
        "قالت «انتهى.» وغادرت.; قالت «انتهى.» | وغادرت.",
      })
  void keepsClosingMarksWithTheirSentence(String text, String expected) {
    check(text, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "اتفاقية شراكة بين مصر وإسبانيا.. فيديو; اتفاقية شراكة بين مصر وإسبانيا.. | فيديو",
        "هل يكفي ذلك؟! الجواب لا.; هل يكفي ذلك؟! | الجواب لا.",
        "ارتفعت الأسعار... ثم استقرت.; ارتفعت الأسعار... | ثم استقرت.",
        "معرض إيجبس 2025..وخبير: تعاون كبير; معرض إيجبس 2025..وخبير: تعاون كبير",
        "لن تمر دون عواقب..موسكو تهدد; لن تمر دون عواقب..موسكو تهدد",
        "بلغ النمو 3.5 في المائة.; بلغ النمو 3.5 في المائة.",
        "راجع الموقع www.example.com.eg للمزيد.; راجع الموقع www.example.com.eg للمزيد.",
      })
  void treatsRunsAsOneEndAndNeedsWhitespaceAfter(String text, String expected) {
    check(text, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "التقى د. أحمد زكي بالوفد.; التقى د. أحمد زكي بالوفد.",
        "وقال أ.د. سامي إن الدراسة اكتملت.; وقال أ.د. سامي إن الدراسة اكتملت.",
        "ونقل عن أحمد ز. قوله إن السوق ستتعافى.; ونقل عن أحمد ز. قوله إن السوق ستتعافى.",
        "بنيت المدينة في القرن الثالث ق.م. على ضفاف النهر.; بنيت المدينة في القرن الثالث ق.م. على ضفاف النهر.",
        "توفي عام 1200 هـ. في دمشق.; توفي عام 1200 هـ. في دمشق.",
        "راسلونا على ص.ب. 1234 في الرياض.; راسلونا على ص.ب. 1234 في الرياض.",
        "1. زيادة الاستثمار في التعليم; 1. زيادة الاستثمار في التعليم",
        "وهو يشكل معظمه. 3. تركز جزء منها في أراض بيضاء.; وهو يشكل معظمه. | 3. تركز جزء منها في أراض بيضاء.",
        "(2. تحسين الخدمات); (2. تحسين الخدمات)",
        "بلغ عدد الضحايا 30. وقال الوزير إن العدد سيرتفع.; بلغ عدد الضحايا 30. | وقال الوزير إن العدد سيرتفع.",
      })
  void doesNotEndAtAbbreviationsInitialsOrListNumbers(String text, String expected) {
    check(text, expected);
  }

  @Test
  void splitsTheNewsPageFixtureAsItsExpectedFile() throws IOException {
    String text = resource("news-page.txt");
    List<String> expected = resource("news-page.expected.txt").lines().toList();
    assertEquals(expected, split(ANNOTATOR, text));
  }

  @Test
  void countsOffsetsInUtf16UnitsAfterAnEmoji() {
    String text = "رائع 😀 جدا. وبعد ذلك؟ نعم.";
    List<Span> spans = ANNOTATOR.sentences(text);
    assertEquals(List.of(new Span(0, 12), new Span(13, 22), new Span(23, 27)), spans);
  }

  @Test
  void annotateAddsTheSentenceLayerAndKeepsTheRest() {
    Document d = Document.of("d1", "جملة أولى. جملة ثانية.", java.util.Map.of("k", "v"));
    Document a = ANNOTATOR.annotate(d);
    assertEquals(
        List.of(new Sentence(new Span(0, 10)), new Sentence(new Span(11, 22))),
        a.layer(Sentence.class));
    assertEquals(d.text(), a.text());
    assertEquals(d.metadata(), a.metadata());
    assertEquals(Set.of(Sentence.class), ANNOTATOR.produces());
    assertEquals(Set.of(), ANNOTATOR.requires());
  }

  @Test
  void passesNonArabicTextThrough() {
    check("The talks began. They ended at noon.", "The talks began. | They ended at noon.");
  }

  @Test
  void splitInsideQuotationsWhenAskedTo() {
    OpenNlpSentenceAnnotator split = ANNOTATOR.withQuotationRule(QuotationRule.SPLIT);
    assertEquals(
        List.of("قال \"لقد عشنا أفضل اللحظات.", "لقد رأيت أبي يبكي\" ثم صمت."),
        split(split, "قال \"لقد عشنا أفضل اللحظات. لقد رأيت أبي يبكي\" ثم صمت."));
    assertSame(ANNOTATOR, ANNOTATOR.withQuotationRule(QuotationRule.KEEP_WHOLE));
  }

  @Test
  void givesTheSameSentencesOnManyThreads() throws Exception {
    String text = resource("news-page.txt");
    List<Span> expected = ANNOTATOR.sentences(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Span>>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> ANNOTATOR.sentences(text)));
      }
      for (Future<List<Span>> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(expected.size() > 20);
  }

  @Test
  void detectorDecidesAsOpenNlpsOwnWithoutItsAbbreviationCheck() throws IOException {
    SentenceModel model = ANNOTATOR.model();
    SentenceDetectorME openNlp = new SentenceDetectorME(model, (Dictionary) null);
    var detector = new OpenNlpSentenceAnnotator.Detector(
        model, OpenNlpSentenceAnnotator.featureSet(model.getAbbreviations()));
    List<String> texts = new ArrayList<>(resource("news-page.txt").lines().toList());
    // seeded random lines of words, the dictionary's abbreviations, initials and end marks
    List<String> pieces = new ArrayList<>(Abbreviations.of(model.getAbbreviations()).words());
    pieces.addAll(List.of("موسكو", "الرئيس", "قال", "د.", "ز.", ".", "..", "؟", "!", "\"", "«", "»",
        "12.5", "Dr.", "م.", "الخ.", "U.S.", "أ.د."));
    Random random = new Random(20261129);
    for (int t = 0; t < 2000; t++) {
      StringBuilder line = new StringBuilder();
      for (int w = random.nextInt(12); w >= 0; w--) {
        line.append(pieces.get(random.nextInt(pieces.size())));
        line.append(random.nextInt(5) == 0 ? "" : " ");
      }
      texts.add(line.toString());
    }
    for (String text : texts) {
      assertEquals(Arrays.asList(openNlp.sentPosDetect(text)),
          Arrays.asList(detector.sentPosDetect(text)), text);
    }
  }

  /**
   * The detector's answer for one place of a line is what OpenNLP's {@code sentPosDetect} gives
   * for the whole line: a sentence, not the line's last, ends there. Every end of a token that
   * another token follows, in news lines and seeded random lines with initials, numbers, runs of
   * marks, capitals after a full stop (OpenNLP asks about those inside a token) and marks at the
   * line's start.
   */
  @Test
  void endsAtAPlaceAsSentPosDetectEndsTheLine() throws IOException {
    SentenceModel model = ANNOTATOR.model();
    var detector = new OpenNlpSentenceAnnotator.Detector(
        model, OpenNlpSentenceAnnotator.featureSet(model.getAbbreviations()));
    var reference = new OpenNlpSentenceAnnotator.Detector(
        model, OpenNlpSentenceAnnotator.featureSet(model.getAbbreviations()));
    List<String> texts = new ArrayList<>(resource("news-page.txt").lines().toList());
    List<String> pieces = new ArrayList<>(Abbreviations.of(model.getAbbreviations()).words());
    pieces.addAll(List.of("موسكو", "الرئيس", "قال", "د.", ".", "..", "؟", "!", "\"", "«", "»",
        "12.5", "Dr.", "U.S.A.", "A.B", "x.Y", ".Com", "end.The", "؟!", "...", "(1.", "3.", "ز.)"));
    Random random = new Random(20261208);
    for (int t = 0; t < 3000; t++) {
      StringBuilder line = new StringBuilder();
      for (int w = random.nextInt(12); w >= 0; w--) {
        line.append(pieces.get(random.nextInt(pieces.size())));
        line.append(random.nextInt(5) == 0 ? "" : " ");
      }
      texts.add(line.toString());
    }
    int asked = 0;
    for (String text : texts) {
      opennlp.tools.util.Span[] spans = reference.sentPosDetect(text);
      Set<Integer> ends = new java.util.HashSet<>();
      for (int k = 0; k + 1 < spans.length; k++) {
        ends.add(spans[k].getEnd());
      }
      int last = text.length();
      while (last > 0 && Marks.isWhitespace(text.charAt(last - 1))) {
        last--;
      }
      for (int stop = 1; stop < last; stop++) {
        if (Marks.isWhitespace(text.charAt(stop)) && !Marks.isWhitespace(text.charAt(stop - 1))) {
          assertEquals(ends.contains(stop), detector.endsAt(text, stop), stop + " in " + text);
          asked++;
        }
      }
    }
    assertTrue(asked > 10_000, "places asked about: " + asked);
    assertTrue(model.useTokenEnd(), "the shipped model ends sentences at token ends: the path tested");
  }

  @Test
  void featureSetHoldsTheOneWordEntriesOfACaseSensitiveDictionary() {
    Dictionary sensitive = new Dictionary(true);
    sensitive.put(new StringList("د."));
    sensitive.put(new StringList("Dr."));
    sensitive.put(new StringList("ص.", "ب."));
    assertEquals(Set.of("د.", "Dr."), OpenNlpSentenceAnnotator.featureSet(sensitive));
    assertEquals(Set.of(), OpenNlpSentenceAnnotator.featureSet(null));
    Dictionary insensitive = new Dictionary(false);
    insensitive.put(new StringList("Dr."));
    assertTrue(OpenNlpSentenceAnnotator.featureSet(insensitive).contains("DR."));
    assertEquals(
        Abbreviations.of(ANNOTATOR.model().getAbbreviations()).words(),
        Set.copyOf(OpenNlpSentenceAnnotator.featureSet(ANNOTATOR.model().getAbbreviations())));
  }

  static String resource(String name) throws IOException {
    try (InputStream in = OpenNlpSentenceAnnotatorTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

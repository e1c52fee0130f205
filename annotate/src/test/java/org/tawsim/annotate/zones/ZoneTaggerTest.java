/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.Zone;
import org.tawsim.core.ZoneType;

class ZoneTaggerTest {

  private static final ZoneTagger TAGGER = new ZoneTagger();

  private static String fixture() throws IOException {
    try (InputStream in = ZoneTaggerTest.class.getResourceAsStream("news-page.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Returns each zone as "TYPE text-start", the text cut to a few words. */
  private static List<String> zones(String text) {
    Document d = TAGGER.annotate(Document.of("t", text));
    List<String> out = new ArrayList<>();
    for (Zone z : d.layer(Zone.class)) {
      String s = d.text(z.span());
      String[] w = s.split("\\s+");
      out.add(z.type() + " " + String.join(" ", List.of(w).subList(0, Math.min(3, w.length))));
    }
    return out;
  }

  @Test
  void tagsEveryPartOfAPage() throws IOException {
    assertEquals(
        List.of(
            "HEADLINE افتتاح أكبر محطة",
            "BYLINE بقلم: سارة العتيبي",
            "DATELINE الرياض - واس:",
            "BODY افتتح وزير البيئة",
            "BODY وأوضح الوزير في",
            "SUBHEADING مراحل المشروع",
            "BODY وتضمنت الأعمال ثلاث",
            "LIST • إنشاء خطوط",
            "BODY وأكد مدير المشروع",
            "SOURCE المصدر: وكالة الأنباء",
            "KEYWORDS الوسوم: المياه، التحلية،",
            "RELATED اقرأ أيضا:",
            "HEADLINE ارتفاع الطلب على",
            "DATELINE بيروت (رويترز) -",
            "BODY أظهرت دراسة حديثة",
            "BODY وقال معدو الدراسة",
            "RELATED مقالات ذات صلة"),
        zones(fixture()));
  }

  @Test
  void aListZoneCoversAllItsItemsAndARelatedBlockItsLinks() throws IOException {
    String page = fixture();
    Document d = TAGGER.annotate(Document.of("t", page));
    Zone list = d.layer(Zone.class).stream().filter(z -> z.type() == ZoneType.LIST).findFirst().get();
    assertEquals(3, d.text(list.span()).split("\n").length);
    assertTrue(d.text(list.span()).endsWith("الوطنية"));
    List<Zone> related = d.layer(Zone.class).stream().filter(z -> z.type() == ZoneType.RELATED).toList();
    assertTrue(d.text(related.get(1).span()).endsWith("الزراعة"), "the numbered links belong to the block");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "spelling of read-also|إقرأ أيضاً:|RELATED",
        "read-also without hamza|اقرا ايضا|RELATED",
        "read-also with tatweel|اقـــرأ أيضـا:|RELATED",
        "similar articles|مقالات مشابهة|RELATED",
        "source with space before colon|المصدر : رويترز|SOURCE",
        "keywords|كلمات دلالية: اقتصاد، نفط|KEYWORDS",
        "keywords without colon|كلمات دلالية|KEYWORDS",
        "source word inside a sentence|المصدر الرئيسي للدخل هو النفط في البلاد، كما قال الوزير.|BODY",
        "tags in English|Tags: economy, oil|KEYWORDS"
      })
  void recognisesFurnitureLines(String name, String line, ZoneType expected) {
    String page = "نص المقال الأول طويل بما يكفي ليكون فقرة من فقرات الخبر، وفيه كلام كثير.\n\n" + line;
    List<String> z = zones(page);
    assertEquals(expected.name(), z.get(z.size() - 1).split(" ")[0], z.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "agencies in quotes|عواصم \" وكالات\": أعلنت الحكومة|عواصم \" وكالات\":",
        "place and agency|الرياض - واس: أعلنت الوزارة|الرياض - واس:",
        "place and reporter|القاهرة - محمد علي: قال المسؤول|القاهرة - محمد علي:",
        "agency in brackets|بيروت (أ ف ب) - قال مسؤول|بيروت (أ ف ب) -",
        "French agency, no dash|باريس، الفرنسية: قالت الشرطة|باريس، الفرنسية:",
        "speech is not a dateline|وقال الوزير: إن الاتفاق مهم|",
        "long opening is not a dateline|في ختام اجتماع طويل عقده المجلس اليوم - الأحد: قرر|",
        "place and tatweel|القاهرة ــ قال مسؤولون إن الاتفاق قريب|القاهرة ــ",
        "city and country|باريس، فرنسا — أقرت الحكومة خطة للنقل|باريس، فرنسا —",
        "a route is not a dateline|القاهرة - الرياض رحلة يومية جديدة|",
        "an apposition is not a dateline|دمشق - أقدم عاصمة مأهولة - تستضيف معرضا|",
        "a score is not a dateline|باريس - 3 أهداف في مباراة واحدة|",
        "a colon late in the line|أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد تتضمن: دعم الشركات|"
      })
  void findsDatelinesAtTheStartOfAnArticle(String name, String line, String dateline) {
    Document d = TAGGER.annotate(Document.of("t", line));
    List<String> datelines = new ArrayList<>();
    for (Zone z : d.layer(Zone.class)) {
      if (z.type() == ZoneType.DATELINE) {
        datelines.add(d.text(z.span()));
      }
    }
    assertEquals(dateline == null ? List.of() : List.of(dateline), datelines);
  }

  @Test
  void aShortLineWithAnAgencyIsADateline() {
    assertEquals(
        List.of("DATELINE الدمام – متابعات", "BODY أعلنت الوزارة خطة"),
        zones("الدمام – متابعات\nأعلنت الوزارة خطة جديدة لدعم الشركات الصغيرة."));
  }

  @Test
  void aHeadlineRunIntoItsDatelineIsSplitAsTheSentencesAre() {
    assertEquals(
        List.of(
            "HEADLINE انفجار يهز مرفأ", "DATELINE القاهرة ــ", "BODY قال مسؤولون إن", "BODY فقرة ثانية."),
        zones("انفجار يهز مرفأ المدينة القاهرة ــ قال مسؤولون إن الانفجار وقع ليلا.\n\nفقرة ثانية."));
  }

  @Test
  void aDatelineOnlyOpensTheFirstParagraph() {
    String page = "الرياض - واس: أعلنت الوزارة خطة.\n\nالرياض - واس: هذه فقرة ثانية.";
    assertEquals(List.of("DATELINE الرياض - واس:", "BODY أعلنت الوزارة خطة.", "BODY الرياض - واس:"), zones(page));
  }

  @Test
  void aShortFirstLineBeforeTextIsTheHeadlineAndALaterOneASubheading() {
    assertEquals(
        List.of("HEADLINE عنوان الخبر", "BODY هذه فقرة طويلة.", "SUBHEADING عنوان فرعي", "BODY فقرة أخرى."),
        zones("عنوان الخبر\nهذه فقرة طويلة.\nعنوان فرعي\nفقرة أخرى."));
  }

  @Test
  void aPageOfParagraphsIsAllBody() {
    assertEquals(
        List.of("BODY هذه فقرة أولى.", "BODY وهذه فقرة ثانية."),
        zones("هذه فقرة أولى.\n\nوهذه فقرة ثانية."));
  }

  @Test
  void zonesAreTrimmedWholeLinesAndTheTextIsUnchanged() throws IOException {
    String page = "  \u200Fعنوان  \r\n\tنص الخبر هنا.  \r\n";
    Document d = TAGGER.annotate(Document.of("t", page));
    assertEquals(page, d.text());
    assertEquals("عنوان", d.text(d.layer(Zone.class).get(0).span()));
    assertEquals("نص الخبر هنا.", d.text(d.layer(Zone.class).get(1).span()));
  }

  @Test
  void emojiAndEmptyTextsPass() {
    assertEquals(List.of(), zones(""));
    assertEquals(List.of(), zones("\n \n"));
    assertEquals(List.of("BODY 😀 نص"), zones("😀 نص"));
  }

  @Test
  void zonesNeverOverlapAndStayInsideTheText() {
    // random pages built from the fixture's lines, shuffled with a fixed seed
    Random r = new Random(11);
    String[] lines;
    try {
      lines = fixture().split("\n");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    for (int t = 0; t < 200; t++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 1 + r.nextInt(20); i++) {
        sb.append(lines[r.nextInt(lines.length)]).append(r.nextBoolean() ? "\n" : "\n\n");
      }
      Document d = TAGGER.annotate(Document.of("t", sb.toString()));
      int end = 0;
      for (Zone z : d.layer(Zone.class)) {
        assertTrue(z.span().begin() >= end, "overlap at " + z + " in page " + t);
        assertTrue(!z.span().isEmpty());
        end = z.span().end();
      }
    }
  }

  @Test
  void tagsTheSharedSamplePage() throws IOException {
    Path page =
        Path.of(System.getProperty("tawsim.shared.dir", "../../shared"), "data/samples/news-page-iran-russia.txt");
    Assumptions.assumeTrue(Files.isRegularFile(page), "shared data absent");
    Document d = TAGGER.annotate(Document.of("sample", Files.readString(page)));
    Map<ZoneType, Integer> counts = new EnumMap<>(ZoneType.class);
    for (Zone z : d.layer(Zone.class)) {
      counts.merge(z.type(), 1, Integer::sum);
    }
    assertEquals(1, counts.get(ZoneType.SUBHEADING));
    assertEquals(1, counts.get(ZoneType.SOURCE));
    assertEquals(1, counts.get(ZoneType.KEYWORDS));
    assertEquals(2, counts.get(ZoneType.RELATED), "read-also marker and the similar-articles list");
    assertEquals(1, counts.get(ZoneType.HEADLINE), "the second article's title");
    assertEquals(1, counts.get(ZoneType.DATELINE));
    assertEquals(null, counts.get(ZoneType.LIST), "its bullets are related links");
    String dateline =
        d.layer(Zone.class).stream()
            .filter(z -> z.type() == ZoneType.DATELINE)
            .map(z -> d.text(z.span()))
            .findFirst()
            .get();
    assertEquals("عواصم \" وكالات\":", dateline);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Pipeline;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;

class QuotationTaggerTest {

  private static final QuotationTagger TAGGER = new QuotationTagger();
  private static final QuotationTagger KEEPING_UNCLOSED = TAGGER.keepingUnclosed();

  private static List<Quotation> tag(String text) {
    return tag(KEEPING_UNCLOSED, text);
  }

  private static List<Quotation> tag(QuotationTagger tagger, String text) {
    return tagger.annotate(Document.of("t", text)).layer(Quotation.class);
  }

  private static List<Quotation> marked(String text) {
    List<Quotation> out = new ArrayList<>();
    for (Quotation q : tag(text)) {
      if (q.kind() != QuoteKind.INDIRECT) {
        out.add(q);
      }
    }
    return out;
  }

  private static String show(String text, Span span) {
    return span == null ? "-" : span.coveredText(text);
  }

  /** Renders a quotation as kind|segment|speaker|cue. */
  private static String render(String text, Quotation q) {
    return q.kind().label()
        + "|" + show(text, q.span())
        + "|" + show(text, q.speaker())
        + "|" + show(text, q.cue());
  }

  private static String renderMarked(String text, int index) {
    return render(text, marked(text).get(index));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "انضمت مصر إلى مجموعة \"بريكس\" العام الماضي # \"بريكس\"",
        "عواصم \" وكالات\": أعلنت واشنطن أمس # \" وكالات\"",
        "عرف بسياسة \"الضغوط القصوى\" إزاء إيران # \"الضغوط القصوى\"",
        "وقال مصدر لـ«الشرق الأوسط» إن «الوضع هادئ تماما» # «الشرق الأوسط»",
        "وقال مصدر لـ \"الاقتصادية\" إن الوضع هادئ # \"الاقتصادية\"",
        "شاهدنا فيلم «الرسالة» أمس # «الرسالة»",
        "تشكك موسكو في \"شرعية\" الرئيس # \"شرعية\"",
        "وصل الجهاز إلى مركز \"Champalimaud\" في لشبونة # \"Champalimaud\"",
        "وقع الطرفان \"اتفاق شراكة شاملة\" أمس # \"اتفاق شراكة شاملة\"",
        "وصدرت له رواية في كتابه «عصر الظهور» أخيرا # «عصر الظهور»",
        "أعلنت الشركة على «تويتر» أن الموعد تغير # «تويتر»",
        "وقال الناطق \"الوضع مستقر\"، في إشارة إلى شكوك بشأن \"شرعية\" الحكومة # \"شرعية\"",
        "توقعت مؤسسة النقد العربي السعودي \"ساما\"، أن يرتفع النمو # \"ساما\"",
        "عندما أعلنت \"سامسونج\" الاندماج في أيار # \"سامسونج\"",
        "وفي ريف درعا، قال «مكتب أخبار سوريا» إن المعارضة تقدمت # «مكتب أخبار سوريا»",
        "وقالت مصادر إن القصف توقف، فيما قالت وكالة الأنباء «سبأ» التي تتبع الحوثيين إنه مستمر # «سبأ»",
        "تمجد بعض كتب الأطفال مثل \"نسر في المملكة\" التقنية # \"نسر في المملكة\"",
      })
  void namesTermsAndScareQuotesAreOther(String text, String quote) {
    Quotation q =
        marked(text.strip()).stream()
            .filter(x -> show(text.strip(), x.span()).equals(quote.strip()))
            .findFirst()
            .orElseThrow();
    assertEquals(QuoteKind.OTHER, q.kind(), text);
    assertNull(q.speaker());
    assertNull(q.cue());
  }

  @Test
  void headingOnItsOwnLineIsOther() {
    String text = "مقدمة الخبر.\n\n\"تطوير القدرات\"\n\nوقال الوزير إن التعاون مستمر.";
    assertEquals("other|\"تطوير القدرات\"|-|-", renderMarked(text, 0));
  }

  @Test
  void aSegmentNeverClosedIsNoQuotationByDefault() {
    String text = "وقال الوزير: «سنواصل العمل حتى النهاية\nوفي خبر آخر";
    assertEquals(List.of(), tag(TAGGER, text));
    // its cue and speaker still carry over to the next paragraph's quotation
    String twoParagraphs = "وقال الوزير «نحن مستعدون للحوار\nوأضاف «انتهى الأمر»";
    assertEquals(
        List.of("speech|«انتهى الأمر»|الوزير|وأضاف"),
        tag(TAGGER, twoParagraphs).stream().map(q -> render(twoParagraphs, q)).toList());
  }

  @Test
  void unclosedQuotationIsFlaggedAndRunsToParagraphEnd() {
    String text = "وقال الوزير: «سنواصل العمل حتى النهاية\nوفي خبر آخر";
    Quotation q = marked(text).get(0);
    assertTrue(q.unclosed());
    assertEquals("«سنواصل العمل حتى النهاية", show(text, q.span()));
    assertEquals("سنواصل العمل حتى النهاية", show(text, q.content()));
    assertEquals(QuoteKind.SPEECH, q.kind());
  }

  @Test
  void linksSpeakerToEntityWhenPresent() {
    String text = "وقال وزير الخارجية سامي الأحمد \"نحن مستعدون للحوار\".";
    int b = text.indexOf("سامي");
    Entity person = new Entity(new Span(b, b + "سامي الأحمد".length()), EntityType.PER, "test");
    Document d = Document.of("t", text).withLayer(Entity.class, List.of(person));
    Quotation q = TAGGER.annotate(d).layer(Quotation.class).get(0);
    assertSame(person, q.speakerEntity());
    // the title directly before the name is part of the speaker (guidelines §3), the link the name's
    assertEquals(new Span(text.indexOf("وزير"), person.span().end()), q.speaker());
  }

  @Test
  void linksAnOrganisationSpeakerToItsEntity() {
    String text = "وقالت وزارة الخارجية \"نحن مستعدون للحوار\".";
    int b = text.indexOf("وزارة");
    Entity org =
        new Entity(new Span(b, b + "وزارة الخارجية".length()), EntityType.ORG, "test");
    Document d = Document.of("t", text).withLayer(Entity.class, List.of(org));
    Quotation q = TAGGER.annotate(d).layer(Quotation.class).get(0);
    assertSame(org, q.speakerEntity());
    assertEquals(org.span(), q.speaker());
  }

  @Test
  void quotedEntityIsAName() {
    String text = "وقال الوزير إن الضربات استهدفت مواقع «داعش» أمس.";
    int b = text.indexOf("داعش");
    Entity org = new Entity(new Span(b, b + 4), EntityType.ORG, "test");
    Document d = Document.of("t", text).withLayer(Entity.class, List.of(org));
    Quotation q =
        TAGGER.annotate(d).layer(Quotation.class).stream()
            .filter(x -> x.kind() != QuoteKind.INDIRECT)
            .findFirst()
            .orElseThrow();
    assertEquals(QuoteKind.OTHER, q.kind());
    // without the entity layer the same words are a partial quotation of the minister
    assertEquals(QuoteKind.SPEECH, marked(text).get(0).kind());
  }

  @Test
  void offsetsStayRightAfterCharactersOutsideTheBmp() {
    String text = "😀 قال الوزير «نعم نحن هنا» 😀";
    Quotation q = marked(text).get(0);
    assertEquals("«نعم نحن هنا»", show(text, q.span()));
    assertEquals("الوزير", show(text, q.speaker()));
  }

  @Test
  void requiresNoLayerAndProducesQuotations() {
    assertTrue(TAGGER.requires().isEmpty());
    assertEquals(java.util.Set.of(Quotation.class), TAGGER.produces());
    Pipeline.of(TAGGER); // builds on a document with no layers
  }

  @Test
  void nonArabicTextAndEmptyTextPassThrough() {
    assertTrue(tag("").isEmpty());
    assertTrue(tag("no quotation marks here").isEmpty());
  }

  @Test
  void anUnclosedContinuationInTheNextParagraphKeepsTheSpeaker() {
    // an independent expectation, not the output compared with itself
    String text = "وقال الوزير «نحن مستعدون للحوار» ثم غادر القاعة.\nوأضاف «انتهى الأمر";
    assertEquals(
        List.of("speech|«نحن مستعدون للحوار»|الوزير|وقال", "speech|«انتهى الأمر|الوزير|وأضاف"),
        marked(text).stream().map(q -> render(text, q)).toList());
    assertTrue(marked(text).get(1).unclosed());
  }

  @Test
  // a hang guard (quadratic work would take hours): 1.9 s on two busy cores, over 30 s on a host
  // loaded twenty times over
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void twentyMegabyteUnclosedQuotation() {
    StringBuilder sb = new StringBuilder("قال الوزير «");
    while (sb.length() < 20_000_000) {
      sb.append("كلمة أخرى ");
    }
    String text = sb.toString();
    List<Quotation> qs = tag(text);
    assertEquals(1, qs.size());
    assertTrue(qs.get(0).unclosed());
    assertEquals(text.stripTrailing().length(), qs.get(0).span().end());
  }

  @Test
  // a hang guard (quadratic work would take hours): 0.4 s on two busy cores, over 10 s on a host
  // loaded twenty-five times over
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void hundredThousandMarksInARow() {
    assertEquals(50_000, tag("«»".repeat(50_000)).size());
    assertEquals(QuotePairer.MAX_DEPTH, tag("«".repeat(100_000)).size());
    assertEquals(50_000, tag("\"".repeat(100_000)).size());
    assertTrue(tag(" »".repeat(100_000)).isEmpty());
    assertEquals(100_000, QuotationTagger.strayMarks(" »".repeat(100_000)).size());
    // the first » opens a reversed pair, the second closes it, the rest close nothing
    assertEquals(1, tag("»".repeat(100_000)).size());
    assertEquals(99_998, QuotationTagger.strayMarks("»".repeat(100_000)).size());
  }

  @Test
  void strayMarksAreReported() {
    List<Pairing.Stray> strays = QuotationTagger.strayMarks("انتهى» هنا");
    assertEquals(1, strays.size());
    assertEquals(5, strays.get(0).offset());
  }

  @Test
  void randomTextsGiveValidQuotations() {
    Random random = new Random(6L);
    String[] pieces = {
      "قال", " ", "الوزير", "إن", "«", "»", "\"", "“", "”", "،", ".", "\n", "مضيفا", "أن", "بحسب",
      "وفقا", "لـ", ":", "على حد تعبيره", "كلمة", "😀", "كان", "عن", "قوله"
    };
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextBoolean()) {
          sb.append(' ');
        }
      }
      String text = sb.toString();
      // withLayer checks every span, speaker and cue against the text
      Document d = TAGGER.annotate(Document.of("r", text));
      for (Quotation q : d.layer(Quotation.class)) {
        assertTrue(q.span().length() > 0, text);
        if (q.cue() != null) {
          assertTrue(q.cue().length() > 0, text);
        }
        if (q.speaker() != null) {
          assertTrue(q.speaker().length() > 0, text);
        }
      }
    }
  }
}

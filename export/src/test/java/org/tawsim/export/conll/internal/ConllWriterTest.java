/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.export.Formats;
import org.tawsim.export.ReaderFormat;
import org.tawsim.export.conll.BoundaryPolicy;
import org.tawsim.export.conll.DocStart;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.conll.TagScheme;
import org.tawsim.export.testing.TestDocuments;

class ConllWriterTest {

  static String write(ConllWriter.Builder b, List<Document> docs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ConllWriter w = b.to(out)) {
      for (Document d : docs) {
        w.write(d);
      }
    }
    return out.toString(UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "conll2003, news.expected.conll",
    "conll2002, news.conll2002.expected.conll",
    "two-columns-bioes-tab, news.bioes-tab.expected.conll",
    "iob1-columns-docstart, news.iob1.expected.conll",
  })
  void writesGoldenFiles(String layout, String golden) throws IOException {
    UnaryOperator<ConllWriter.Builder> settings = switch (layout) {
      case "conll2003" -> b -> b;
      case "conll2002" -> ConllWriter.Builder::conll2002;
      case "two-columns-bioes-tab" ->
          b -> b.twoColumns().tabSeparated(true).scheme(TagScheme.BIOES);
      case "iob1-columns-docstart" ->
          b -> b.twoColumns().docStart(DocStart.COLUMNS).scheme(TagScheme.IOB1);
      default -> throw new AssertionError(layout);
    };
    TestDocuments.assertGolden(getClass(), golden,
        write(settings.apply(ConllWriter.builder()), TestDocuments.golden()));
  }

  @Test
  void countsAndWarnsAboutEveryAdjustment() throws IOException {
    List<String> warnings = new ArrayList<>();
    ExportReport report = ExportReport.to(warnings::add);
    write(ConllWriter.builder().report(report), List.of(TestDocuments.awkward()));
    assertEquals(1, report.entitiesExpanded());
    assertEquals(1, report.tokensRewritten());
    assertEquals(0, report.entitiesDropped());
    assertEquals(List.of(
        "document 'awkward-1': entity PER [6, 11) 'بوتين' is not on token boundaries; expanded to"
            + " [5, 11) 'لبوتين'",
        "document 'awkward-1': token [14, 22) 'عبد الله' holds whitespace; written as 'عبد_الله'"),
        warnings);
  }

  @Test
  void dropsEntitiesOffTokenBoundariesWhenAsked() throws IOException {
    ExportReport report = ExportReport.counting();
    String conll = write(ConllWriter.builder().twoColumns().boundaries(BoundaryPolicy.DROP)
        .report(report), List.of(TestDocuments.awkward()));
    assertEquals(1, report.entitiesDropped());
    assertTrue(conll.startsWith("شكرا O\nلبوتين O\nو O\nعبد_الله B-PER\n"), conll);
  }

  @Test
  void skipsEmptyTokensAndAlignsEntitiesOnTheRest() throws IOException {
    String t = "قال بوتين";
    Document d = Document.of("e", t)
        .withLayer(Token.class, List.of(
            new Token(new Span(0, 3), "قال"),
            new Token(new Span(4, 4), ""), // empty: skipped
            new Token(new Span(4, 9), "بوتين"),
            new Token(new Span(9, 9), ""))) // empty, at the very end
        .withLayer(Entity.class, List.of(Entity.of(new Span(4, 9), EntityType.PER)));
    List<String> warnings = new ArrayList<>();
    ExportReport report = ExportReport.to(warnings::add);
    String conll = write(ConllWriter.builder().twoColumns().report(report), List.of(d));
    assertEquals("قال O\nبوتين B-PER\n\n", conll);
    assertEquals(2, report.tokensSkipped());
    assertEquals(List.of(
        "document 'e': empty token at [4, 4) skipped",
        "document 'e': empty token at [9, 9) skipped"), warnings);
  }

  @Test
  void dropsNestedOverlappingAndCrossSentenceEntities() throws IOException {
    String t = "أ ب ج\nد ه";
    Document d = Document.of("d", t)
        .withLayer(Sentence.class, TestDocuments.lines(t))
        .withLayer(Token.class, TestDocuments.tokens(t))
        .withLayer(Entity.class, List.of(
            Entity.of(new Span(0, 5), EntityType.ORG),
            Entity.of(new Span(2, 3), EntityType.PER), // nested in the ORG
            Entity.of(new Span(4, 7), EntityType.LOC), // crosses the sentence end
            Entity.of(new Span(8, 9), EntityType.LOC)));
    ExportReport report = ExportReport.counting();
    String conll = write(ConllWriter.builder().twoColumns().report(report), List.of(d));
    assertEquals("أ B-ORG\nب I-ORG\nج I-ORG\n\nد O\nه B-LOC\n\n", conll);
    assertEquals(2, report.entitiesDropped());
  }

  @Test
  void writesTokensOutsideSentencesAsTheirOwnSentence() throws IOException {
    String t = "عنوان\nأ ب. ج";
    Document d = Document.of("d", t)
        .withLayer(Sentence.class, List.of(new Sentence(new Span(6, 10))))
        .withLayer(Token.class, TestDocuments.tokens(t));
    assertEquals("عنوان O\n\nأ O\nب O\n. O\n\nج O\n\n",
        write(ConllWriter.builder().twoColumns(), List.of(d)));
  }

  @Test
  void failsNamingTheDocumentWithoutTokens() {
    Document d = Document.of("no-tokens", "نص بلا رموز");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> write(ConllWriter.builder(), List.of(d)));
    assertEquals("document 'no-tokens'", e.input());
    assertTrue(e.getMessage().contains("no token layer"), e.getMessage());
  }

  @Test
  void rejectsBadLayouts() {
    assertThrows(IllegalArgumentException.class,
        () -> ConllWriter.builder().columns(ConllColumn.TAG, ConllColumn.TOKEN));
    assertThrows(IllegalArgumentException.class,
        () -> ConllWriter.builder().columns(ConllColumn.TOKEN, ConllColumn.X));
    assertThrows(IllegalArgumentException.class, () -> ConllColumn.placeholder("a b"));
    assertThrows(IllegalArgumentException.class, () -> ConllWriter.builder().spaceReplacement(' '));
  }

  @Test
  void givesTheSameBytesEveryTime() throws IOException {
    ConllWriter.Builder b = ConllWriter.builder();
    assertArrayEquals(write(b, TestDocuments.golden()).getBytes(UTF_8),
        write(b, List.of(TestDocuments.news(), TestDocuments.awkward())).getBytes(UTF_8));
  }

  @ParameterizedTest
  @CsvSource({"IOB2", "IOB1", "BIOES"})
  void roundTripsThroughTheReaderKeepingTokensAndEntities(TagScheme scheme) throws IOException {
    Document news = TestDocuments.news();
    String conll = write(ConllWriter.builder().scheme(scheme), List.of(news));
    List<Document> back = Formats.readAll(ReaderFormat.CONLL, "news.conll", new ByteArrayInputStream(conll.getBytes(UTF_8)));
    assertEquals(1, back.size());
    Document d = back.get(0);
    assertEquals(texts(news, news.layer(Token.class)), texts(d, d.layer(Token.class)));
    assertEquals(entityTexts(news), entityTexts(d));
    assertEquals(news.layer(Sentence.class).size(), d.layer(Sentence.class).size());
  }

  /** Invariant on random documents: one line per non-empty token, one empty line per sentence. */
  @Test
  void writesOneLinePerTokenOnRandomDocuments() throws IOException {
    Random random = new Random(7);
    String[] alphabet = {"ا", "ب", "ت", "ث", "ج", "ح", "خ", " ", "\n", "🙂", ".", "\t", "\u00a0"};
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(60);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String t = sb.toString();
      List<Token> tokens = TestDocuments.tokens(t.replace('\u00a0', 'x'));
      List<Entity> entities = new ArrayList<>();
      for (Token tok : tokens) {
        if (random.nextInt(3) == 0) {
          entities.add(Entity.of(tok.span(), EntityType.LOC));
        }
      }
      Document d = Document.of("r" + round, t)
          .withLayer(Sentence.class, TestDocuments.lines(t))
          .withLayer(Token.class, tokens)
          .withLayer(Entity.class, entities);
      String conll = write(ConllWriter.builder().twoColumns(), List.of(d));
      long lines = conll.lines().filter(l -> !l.isEmpty()).count();
      assertEquals(tokens.size(), lines, t);
      assertTrue(conll.lines().filter(l -> !l.isEmpty()).allMatch(l -> l.split(" ").length == 2), conll);
      List<Document> back = Formats.readAll(ReaderFormat.CONLL, "r", new ByteArrayInputStream(conll.getBytes(UTF_8)));
      assertEquals(entities.size(), back.isEmpty() ? 0 : back.get(0).layer(Entity.class).size(), t);
    }
  }

  private static List<String> texts(Document d, List<Token> tokens) {
    return tokens.stream().map(t -> d.text(t.span())).toList();
  }

  private static List<String> entityTexts(Document d) {
    return d.layer(Entity.class).stream().map(e -> d.text(e.span()) + "/" + e.type()).toList();
  }
}

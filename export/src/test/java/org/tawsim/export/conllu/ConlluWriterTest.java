/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conllu;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.formats.conllu.ConlluSentence;
import opennlp.tools.formats.conllu.ConlluStream;
import opennlp.tools.formats.conllu.ConlluWordLine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.export.Formats;
import org.tawsim.export.ReaderFormat;
import org.tawsim.export.testing.TestDocuments;
import org.tawsim.export.conll.BoundaryPolicy;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.conll.TagScheme;
import org.tawsim.export.conll.TokenAlignment;

class ConlluWriterTest {

  static String write(List<Document> docs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ConlluWriter w = ConlluWriter.to(out)) {
      for (Document d : docs) {
        w.write(d);
      }
    }
    return out.toString(UTF_8);
  }

  private static List<Document> read(String conllu) throws IOException {
    return Formats.readAll(ReaderFormat.CONLLU, "t.conllu", new ByteArrayInputStream(conllu.getBytes(UTF_8)));
  }

  @Test
  void writesGoldenFile() throws IOException {
    TestDocuments.assertGolden(getClass(), "news.expected.conllu", write(TestDocuments.golden()));
  }

  @Test
  void roundTripsTextTokensAndEntities() throws IOException {
    Document news = TestDocuments.news();
    List<Document> back = read(write(List.of(news)));
    assertEquals(1, back.size());
    Document d = back.get(0);
    assertEquals("news-1", d.id());
    // the whole text comes back: every character of it lies between the first and last token
    assertEquals(news.text(), d.text());
    assertEquals(texts(news, news.layer(Token.class)), texts(d, d.layer(Token.class)));
    assertEquals(entityTexts(news), entityTexts(d));
    assertEquals(news.layer(Sentence.class).size(), d.layer(Sentence.class).size());
  }

  @Test
  void rebuildsTextWithOddSpacing() throws IOException {
    String t = "أ  ب\tج،د\n\nه";
    Document doc = Document.of("odd", t).withLayer(Token.class, List.of(
        new Token(new Span(0, 1), "أ"), new Token(new Span(3, 4), "ب"),
        new Token(new Span(5, 6), "ج"), new Token(new Span(6, 7), "،"),
        new Token(new Span(7, 8), "د"), new Token(new Span(10, 11), "ه")));
    String conllu = write(List.of(doc));
    assertTrue(conllu.contains("# text = أ  ب ج،د  ه\n"), conllu);
    assertTrue(conllu.contains("1\tأ\t_\t_\t_\t_\t_\t_\t_\tNER=O|SpacesAfter=\\s\\s\n"), conllu);
    assertEquals(t, read(conllu).get(0).text());
  }

  @Test
  void openNlpConlluReaderSeesTheSameTokensTextAndEntities() throws IOException {
    List<Document> docs = TestDocuments.golden();
    byte[] conllu = write(docs).getBytes(UTF_8);
    List<ConlluSentence> sentences = new ArrayList<>();
    try (ConlluStream stream = new ConlluStream(() -> new ByteArrayInputStream(conllu))) {
      for (ConlluSentence s = stream.read(); s != null; s = stream.read()) {
        sentences.add(s);
      }
    }
    int k = 0;
    for (Document doc : docs) {
      TokenAlignment a = TokenAlignment.of(doc, BoundaryPolicy.EXPAND, ExportReport.counting());
      for (int s = 0; s < a.sentenceCount(); s++, k++) {
        ConlluSentence sentence = sentences.get(k);
        assertEquals(s == 0, sentence.isNewDocument());
        if (s == 0) {
          assertEquals(doc.id(), sentence.getDocumentId().orElseThrow());
        }
        assertEquals(doc.id() + "-" + (s + 1), sentence.getSentenceIdComment());
        List<String> forms = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        StringBuilder rebuilt = new StringBuilder();
        for (ConlluWordLine w : sentence.getWordLines()) {
          forms.add(w.getForm());
          String misc = w.getMisc();
          tags.add(misc.split("\\|")[0].substring("NER=".length()));
          rebuilt.append(w.getForm()).append(misc.contains("SpaceAfter=No") ? "" : " ");
        }
        List<String> expectedForms = new ArrayList<>();
        for (int i = a.sentenceStart(s); i < a.sentenceEnd(s); i++) {
          expectedForms.add(doc.text(a.tokens().get(i).span()));
        }
        assertEquals(expectedForms, forms);
        assertEquals(a.chunks(s), TagScheme.decode(tags));
        assertEquals(sentence.getTextComment(), rebuilt.toString().strip());
      }
    }
    assertEquals(k, sentences.size());
  }

  @Test
  void failsNamingTheDocumentWithoutTokens() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> write(List.of(Document.of("bare", "نص"))));
    assertEquals("document 'bare'", e.input());
  }

  @Test
  void readsMultiwordTokensAsOneTokenAndSkipsEmptyNodes() throws IOException {
    String conllu = """
        # newdoc id = d1
        # text = وقال بوتين
        1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_
        1\tو\tو\tCCONJ\t_\t_\t2\tcc\t_\t_
        2\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_
        2.1\tهو\t_\t_\t_\t_\t_\t_\t_\t_
        3\tبوتين\t_\tPROPN\t_\t_\t2\tnsubj\t_\tNER=B-PER

        """;
    Document d = read(conllu).get(0);
    assertEquals("d1", d.id());
    assertEquals("وقال بوتين", d.text());
    assertEquals(2, d.layer(Token.class).size());
    assertEquals(List.of("بوتين/PER"), entityTexts(d));
  }

  @Test
  void rejectsBadLinesNamingTheLineAndGoesOnWithTheNextDocument() throws IOException {
    String conllu = "# newdoc id = a\n1\tأ\n\n# newdoc id = b\n1\tب\t_\t_\t_\t_\t_\t_\t_\tNER=S-LOC\n\n";
    RejectHandler.Collecting rejects = RejectHandler.collecting();
    List<Document> docs = new ArrayList<>();
    try (ConlluReader r = new ConlluReader("t.conllu",
        new ByteArrayInputStream(conllu.getBytes(UTF_8)), rejects)) {
      r.read().ifPresent(docs::add);
      r.read().ifPresent(docs::add);
    }
    assertEquals(List.of("b"), docs.stream().map(Document::id).toList());
    assertEquals("t.conllu: line 2: expected 10 tab-separated columns, found 2",
        rejects.rejections().get(0).getMessage());
  }

  @Test
  void readsTheArabicPudTreebank() throws IOException {
    Path file = Path.of(System.getProperty("tawsim.shared.dir", "../shared"),
        "data/ud-pud-ar/ar_pud-ud-test.conllu");
    Assumptions.assumeTrue(Files.isRegularFile(file), "no UD PUD at " + file);
    List<Document> docs = Formats.readAll(ReaderFormat.CONLLU, file);
    assertEquals(1000, docs.stream().mapToInt(d -> d.layer(Sentence.class).size()).sum());
    // each sentence's rebuilt text is its "# text" comment: check the first
    assertTrue(docs.get(0).text().startsWith("كتبت كوري شولمان, المساعدة الخاصة لأوباما في تدوينة"),
        docs.get(0).text());
  }

  private static List<String> texts(Document d, List<Token> tokens) {
    return tokens.stream().map(t -> d.text(t.span())).toList();
  }

  private static List<String> entityTexts(Document d) {
    return d.layer(Entity.class).stream().map(e -> d.text(e.span()) + "/" + e.type()).toList();
  }

}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.Sentence;
import org.tawsim.core.Token;
import org.tawsim.export.Formats;
import org.tawsim.export.ReaderFormat;

class ConllReaderTest {

  private static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(UTF_8));
  }

  private static List<Document> read(String s) throws IOException {
    return Formats.readAll(ReaderFormat.CONLL, "t.conll", in(s));
  }

  /** Returns "text/TYPE" for each entity of the document. */
  private static String entities(Document d) {
    return d.layer(Entity.class).stream()
        .map(e -> d.text(e.span()) + "/" + e.type())
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // ANERcorp: two columns, IOB2
    "قال O\nالرئيس O\nفلاديمير B-PER\nبوتين I-PER\nفي O\nموسكو B-LOC\n\nوأضاف O\n",
    // IOB1, CoNLL-2003 English layout with four columns
    "قال -X- -X- O\nالرئيس -X- -X- O\nفلاديمير -X- -X- I-PER\nبوتين -X- -X- I-PER\n"
        + "في -X- -X- O\nموسكو -X- -X- I-LOC\n\nوأضاف -X- -X- O\n",
    // BIOES, tab separated, CRLF
    "قال\tO\r\nالرئيس\tO\r\nفلاديمير\tB-PER\r\nبوتين\tE-PER\r\nفي\tO\r\nموسكو\tS-LOC\r\n\r\nوأضاف\tO\r\n",
  })
  void readsTwoOrMoreColumnsInEveryScheme(String conll) throws IOException {
    List<Document> docs = read(conll);
    assertEquals(1, docs.size());
    Document d = docs.get(0);
    assertEquals("t.conll-1", d.id());
    assertEquals("قال الرئيس فلاديمير بوتين في موسكو\nوأضاف", d.text());
    assertEquals(2, d.layer(Sentence.class).size());
    assertEquals(7, d.layer(Token.class).size());
    assertEquals("فلاديمير بوتين/PER موسكو/LOC", entities(d));
  }

  @Test
  void startsDocumentsAtDocstartWithOrWithoutEmptyLine() throws IOException {
    List<Document> docs = read(
        "-DOCSTART- -X- O O\n\nأ B-PER\n\nب O\n-DOCSTART- -X- -X- O\nج B-LOC\n\n-DOCSTART-\n\n");
    assertEquals(3, docs.size());
    assertEquals("أ\nب", docs.get(0).text());
    assertEquals("أ/PER", entities(docs.get(0)));
    assertEquals("ج/LOC", entities(docs.get(1)));
    assertEquals("", docs.get(2).text(), "a DOCSTART with nothing after it is an empty document");
    assertEquals(List.of("t.conll-1", "t.conll-2", "t.conll-3"),
        docs.stream().map(Document::id).toList());
  }

  @Test
  void readsEachSentenceAsDocumentWhenAsked() throws IOException {
    List<Document> docs = ConllReader.builder().documentPerSentence(true).idPrefix("s")
            .build("t.conll", in("-DOCSTART- O\n\nأ B-PER\n\n\nب O\nج B-LOC\n"), RejectHandler.FAIL).readAll();
    assertEquals(List.of("s-1", "s-2"), docs.stream().map(Document::id).toList());
    assertEquals("ب ج", docs.get(1).text());
  }

  @Test
  void mapsFileTypesToTawsimTypes() throws IOException {
    List<Document> docs = ConllReader.builder().mapType("PERS", EntityType.PER)
            .build("t.conll", in("محمد B-PERS\nعلي I-PERS\nمصر B-LOC\n"), RejectHandler.FAIL).readAll();
    assertEquals("محمد علي/PER مصر/LOC", entities(docs.get(0)));
  }

  @Test
  void readsTagFromChosenColumnAndTokensWithSpacesWhenTabSeparated() throws IOException {
    List<Document> docs = ConllReader.builder().tabSeparated(true).tagColumn(1)
            .build("t.tsv", in("New York\tB-LOC\tB-GPE\ncity\tO\tO\n"), RejectHandler.FAIL).readAll();
    assertEquals("New York city", docs.get(0).text());
    assertEquals("New York/LOC", entities(docs.get(0)));
  }

  @Test
  void rejectsOneColumnLineNamingInputAndLine() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> read("أ O\nب\n"));
    assertEquals("t.conll: line 2: expected a token and a tag column, found 1 column: 'ب'",
        e.getMessage());
  }

  @Test
  void rejectsBadTagNamingItsLine() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> read("أ O\nب O\n\nج O\nد PER\n"));
    assertEquals("line 5", e.location());
    assertTrue(e.reason().contains("'PER'"), e.reason());
  }

  @Test
  void rejectsOnlyTheBadDocumentAndGoesOn() throws IOException {
    RejectHandler.Collecting rejects = RejectHandler.collecting();
    try (ConllReader r = ConllReader.builder().build("t.conll",
        in("-DOCSTART-\nأ O\nب\nج O\n-DOCSTART-\nد B-LOC\n-DOCSTART-\nه X-LOC\n-DOCSTART-\nو O\n"),
        rejects)) {
      Optional<Document> first = r.read();
      Optional<Document> second = r.read();
      assertEquals("د/LOC", entities(first.orElseThrow()));
      assertEquals("و", second.orElseThrow().text());
      assertTrue(r.read().isEmpty());
    }
    assertEquals(List.of("line 3", "line 8"),
        rejects.rejections().stream().map(InvalidInputException::location).toList());
  }

  @Test
  void rejectsInvalidUtf8NamingTheLine() {
    byte[] bytes = {'a', ' ', 'O', '\n', (byte) 0xC3, ' ', 'O', '\n'};
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Formats.readAll(ReaderFormat.CONLL, "t.conll", new ByteArrayInputStream(bytes)));
    assertTrue(e.getMessage().startsWith("t.conll: line 2"), e.getMessage());
  }

  @Test
  void readsEmptyInputAsNoDocument() throws IOException {
    assertEquals(List.of(), read(""));
    assertEquals(List.of(), read("\n\n"));
  }

  @Test
  void readsAnercorpTrainingFile() throws IOException {
    Path file = Path.of(System.getProperty("tawsim.shared.dir", "../shared"),
        "data/anercorp-train/anercorp-train.txt");
    Assumptions.assumeTrue(Files.isRegularFile(file), "no ANERcorp at " + file);
    List<Document> docs;
    try (InputStream in = Files.newInputStream(file)) {
      docs = ConllReader.builder().mapType("PERS", EntityType.PER)
              .build(file.toString(), in, RejectHandler.FAIL).readAll();
    }
    assertEquals(1, docs.size());
    Document d = docs.get(0);
    // figures from the file's README: 125,114 tokens, 4,162 sentences; entities counted with awk:
    // 8,963 B- tags plus 39 I- tags that follow O or another type and so open an entity (conlleval)
    assertEquals(125_114, d.layer(Token.class).size());
    assertEquals(4_162, d.layer(Sentence.class).size());
    assertEquals(8_963 + 39, d.layer(Entity.class).size());
  }
}

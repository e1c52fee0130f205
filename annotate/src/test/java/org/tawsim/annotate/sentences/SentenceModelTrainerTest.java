/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.InvalidInputException;

class SentenceModelTrainerTest {

  @TempDir Path dir;

  private static final String TRAINING =
      """
      وصل الوفد إلى موسكو.
      وبدأت المحادثات صباح الجمعة.
      قال الوزير إن الاتفاق قريب.
      والتقى د. أحمد بالوفد في 3.5 ساعات.

      عنوان بلا نقطة
      ارتفعت الأسعار في الأسواق.
      وتراجعت بعد ذلك بقليل.
      """;

  @Test
  void trainsAModelThatTheAnnotatorAcceptsFromAFile() throws IOException {
    Path train = dir.resolve("train.txt");
    Files.writeString(train, TRAINING.repeat(5), StandardCharsets.UTF_8);
    var model =
        SentenceModelTrainer.train(
            List.of(train), new SentenceModelTrainer.Options(20, 0, Set.of("د.")));
    Path file = dir.resolve("model.bin");
    SentenceModelTrainer.write(model, file);
    OpenNlpSentenceAnnotator a = OpenNlpSentenceAnnotator.withModel(file);
    assertEquals(
        List.of("وصل الوفد.", "وبدأت المحادثات."),
        OpenNlpSentenceAnnotatorTest.split(a, "وصل الوفد. وبدأت المحادثات."));
    assertEquals(Set.of("د."), Abbreviations.of(a.model().getAbbreviations()).words());
  }

  @Test
  void joinsALineWithoutEndMarkToTheNextInTheSample() {
    SentenceSample s = SentenceModelTrainer.sample(List.of("عنوان", "جملة.", "أخرى."));
    assertEquals("عنوان جملة. أخرى.", s.getDocument());
    assertEquals(2, s.getSentences().length);
    assertEquals(0, s.getSentences()[0].getStart());
    assertEquals(11, s.getSentences()[0].getEnd());
  }

  @ParameterizedTest
  @CsvSource({"جملة., true", "جملة؟!, true", "'قال \"نعم.\"', true", "(انتهى.), true", "عنوان, false", "'', false"})
  void knowsWhichLinesEndWithAnEndMark(String line, boolean expected) {
    assertEquals(expected, SentenceModelTrainer.endsWithEndMark(line));
  }

  @Test
  void readsDocumentsSeparatedByEmptyLines() throws IOException {
    Path f = dir.resolve("docs.txt");
    Files.writeString(f, "\n\nأ.\r\n ب. \n\n\n  \nج.\n", StandardCharsets.UTF_8);
    assertEquals(List.of(List.of("أ.", "ب."), List.of("ج.")), SentenceModelTrainer.readDocuments(f));
  }

  @Test
  void rejectsInvalidUtf8NamingFileAndByte() throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.write(f, new byte[] {'a', '.', '\n', (byte) 0xC3, '('});
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> SentenceModelTrainer.train(List.of(f), SentenceModelTrainer.Options.defaults()));
    assertTrue(e.getMessage().contains("bad.txt") && e.getMessage().contains("byte 3"), e.getMessage());
  }

  @Test
  void rejectsFilesWithNothingToLearn() throws IOException {
    Path f = dir.resolve("empty.txt");
    Files.writeString(f, "\n\n", StandardCharsets.UTF_8);
    IOException e =
        assertThrows(
            IOException.class,
            () -> SentenceModelTrainer.train(List.of(f), SentenceModelTrainer.Options.defaults()));
    assertTrue(e.getMessage().contains("no sentence"), e.getMessage());
  }

  @Test
  void rejectsAFileThatIsNoModel() throws IOException {
    Path f = dir.resolve("not-a-model.bin");
    Files.writeString(f, "hello", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> OpenNlpSentenceAnnotator.withModel(f));
    assertTrue(e.getMessage().contains("not-a-model.bin"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"0, 5", "100, -1"})
  void rejectsBadOptions(int iterations, int cutoff) {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SentenceModelTrainer.Options(iterations, cutoff, Set.of()));
    assertFalse(SentenceModelTrainer.Options.defaults().abbreviations().isEmpty());
  }
}

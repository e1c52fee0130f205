/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.export.conll.ConllLayout;
import org.tawsim.export.conll.DocStart;
import org.tawsim.export.conll.TagScheme;
import org.tawsim.export.testing.TestDocuments;

class OutputFormatTest {

  @ParameterizedTest
  @CsvSource({"jsonl, JSONL", "conll, CONLL", "CoNLL-U, ", "conllu, CONLLU", "spacy, SPACY",
      "hf, HF", "doccano, DOCCANO", "LabelStudio, LABELSTUDIO"})
  void findsFormatsByName(String name, OutputFormat expected) {
    if (expected == null) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> OutputFormat.fromLabel(name));
      assertEquals("unknown output format 'CoNLL-U' (expected one of: jsonl, conll, conllu, spacy,"
          + " hf, doccano, labelstudio)", e.getMessage());
    } else {
      assertEquals(expected, OutputFormat.fromLabel(name));
    }
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void writesTheGoldenDocumentsToAFile(OutputFormat format, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("out" + format.extension());
    try (DocumentWriter w = Formats.writer(format, file, ExportOptions.defaults())) {
      for (Document d : TestDocuments.golden()) {
        w.write(d);
        ((java.io.Flushable) w).flush(); // every file's writer flushes (the builder relies on it)
      }
    }
    String written = Files.readString(file, UTF_8);
    assertTrue(written.contains("الرياض") || written.contains("\\u0627"), written);
    if (format == OutputFormat.HF) {
      Path labels = dir.resolve("out.hf.labels.json");
      assertEquals(labels, OutputFormat.labelsPath(file));
      assertTrue(Files.readString(labels, UTF_8).startsWith("{\"scheme\":\"IOB2\",\"names\":[\"O\","));
    }
    if (format == OutputFormat.LABELSTUDIO) {
      Path config = dir.resolve("out.labelstudio.config.xml");
      assertEquals(config, format.companionPath(file));
      assertTrue(Files.readString(config, UTF_8).startsWith("<View>\n"));
    }
  }

  @Test
  void passesConllOptionsToTheWriter() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportOptions o = ExportOptions.defaults().withScheme(TagScheme.BIOES)
        .withConll(ConllLayout.TWO_COLUMNS, DocStart.BARE, true);
    try (DocumentWriter w = Formats.writer(OutputFormat.CONLL, out, o)) {
      w.write(TestDocuments.awkward());
    }
    assertEquals("-DOCSTART-\n\nشكرا\tO\nلبوتين\tS-PER\nو\tO\nعبد_الله\tS-PER\nفي\tO\nالرياض\tS-LOC\n\n",
        out.toString(UTF_8));
  }

  @Test
  void refusesHfWithoutALabelsFile() {
    assertThrows(IllegalArgumentException.class,
        () -> Formats.writer(OutputFormat.HF, new ByteArrayOutputStream(), ExportOptions.defaults()));
  }

  @ParameterizedTest
  @CsvSource({"train.hf.jsonl, train.hf.labels.json", "out, out.labels.json",
      "a.JSONL, a.labels.json"})
  void putsHfLabelsBesideTheOutput(String output, String labels) {
    assertEquals(Path.of("d", labels), OutputFormat.labelsPath(Path.of("d", output)));
  }
}

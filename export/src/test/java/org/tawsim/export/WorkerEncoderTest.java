/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Span;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.testing.TestDocuments;

/**
 * Documents encoded on three threads and copied in order give the bytes, the label list and the
 * warnings, in their order, of the format's writer alone.
 */
class WorkerEncoderTest {

  /** News, an awkward document (warnings) and, now and then, one with a type hf does not list. */
  private static List<Document> documents() {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Document awkward = TestDocuments.awkward();
      docs.add(TestDocuments.news());
      docs.add(awkward);
      if (i % 10 == 3) {
        // a type hf lists only once it meets it: its label ids grow here, in document order
        List<Entity> entities = new ArrayList<>(awkward.layer(Entity.class));
        entities.add(new Entity(new Span(0, 4), EntityType.of("PRODUCT" + i), ""));
        docs.add(awkward.withLayer(Entity.class, entities));
      }
    }
    return docs;
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void copiedBytesAreTheWritersBytes(OutputFormat format) throws Exception {
    List<Document> docs = documents();
    List<String> aloneWarnings = new ArrayList<>();
    ExportOptions alone = ExportOptions.defaults().withReport(ExportReport.to(aloneWarnings::add));
    ByteArrayOutputStream aloneOut = new ByteArrayOutputStream();
    ByteArrayOutputStream aloneLabels = new ByteArrayOutputStream();
    try (DocumentWriter w = Formats.writer(format, aloneOut, aloneLabels, alone)) {
      for (Document d : docs) {
        w.write(d);
      }
    }

    List<String> warnings = new ArrayList<>();
    ExportReport report = ExportReport.to(warnings::add);
    ExportOptions options = ExportOptions.defaults().withReport(report);
    WorkerEncoder encoder = WorkerEncoder.of(format, options);
    ExecutorService workers = Executors.newFixedThreadPool(3);
    List<Future<WorkerEncoder.Encoded>> encoded = new ArrayList<>();
    for (Document d : docs) {
      encoded.add(workers.submit(() -> encoder.encode(d)));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream labels = new ByteArrayOutputStream();
    int notEncoded = 0;
    try (DocumentWriter w = Formats.writer(format, out, labels, options)) {
      for (int i = 0; i < docs.size(); i++) {
        WorkerEncoder.Encoded e = encoded.get(i).get();
        notEncoded += e.bytes() == null ? 1 : 0;
        encoder.write(e, docs.get(i), out, w);
      }
    }
    workers.shutdown();

    assertArrayEquals(aloneOut.toByteArray(), out.toByteArray());
    assertArrayEquals(aloneLabels.toByteArray(), labels.toByteArray());
    assertEquals(aloneWarnings, warnings);
    assertEquals(alone.report().summary(), report.summary());
    // hf leaves to the file's writer the four documents with a type it did not list, Label
    // Studio's one JSON array every document; the others encode them all
    int expected =
        format == OutputFormat.HF ? 4 : format == OutputFormat.LABELSTUDIO ? docs.size() : 0;
    assertEquals(expected, notEncoded);
    assertTrue(out.size() > 0);
    // the token formats warn of the awkward document: the test compares warnings, not nothing
    assertEquals(format.needsTokens(), !warnings.isEmpty());
  }
}

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

  /**
   * Documents encoded in every format at once, prepared once for all writers (offsets, text
   * bytes, token alignment), give each format the bytes, label list and warnings of its writer
   * alone, with entities expanded in some formats and dropped in others.
   */
  @org.junit.jupiter.api.Test
  void formatsEncodedTogetherGiveEachWritersBytes() throws Exception {
    List<Document> docs = documents();
    OutputFormat[] formats = OutputFormat.values();
    int n = formats.length;
    List<WorkerEncoder> encoders = new ArrayList<>();
    List<ExportOptions> options = new ArrayList<>();
    List<List<String>> warnings = new ArrayList<>();
    for (int f = 0; f < n; f++) {
      List<String> w = new ArrayList<>();
      warnings.add(w);
      ExportOptions o = ExportOptions.defaults().withReport(ExportReport.to(w::add));
      if (f % 2 == 1) {
        o = o.withBoundaries(org.tawsim.export.conll.BoundaryPolicy.DROP);
      }
      options.add(o);
      encoders.add(WorkerEncoder.of(formats[f], o));
    }
    encoders.add(1, null); // a format the workers do not encode
    ExecutorService workers = Executors.newFixedThreadPool(3);
    List<Future<WorkerEncoder.Encoded[]>> encoded = new ArrayList<>();
    for (Document d : docs) {
      encoded.add(workers.submit(() -> WorkerEncoder.encodeAll(d, encoders)));
    }
    List<WorkerEncoder.Encoded[]> all = new ArrayList<>();
    for (Future<WorkerEncoder.Encoded[]> e : encoded) {
      all.add(e.get());
    }
    workers.shutdown();
    for (int f = 0; f < n; f++) {
      int k = f < 1 ? f : f + 1;
      List<String> aloneWarnings = new ArrayList<>();
      ExportOptions alone = options.get(f).withReport(ExportReport.to(aloneWarnings::add));
      ByteArrayOutputStream aloneOut = new ByteArrayOutputStream();
      ByteArrayOutputStream aloneLabels = new ByteArrayOutputStream();
      try (DocumentWriter w = Formats.writer(formats[f], aloneOut, aloneLabels, alone)) {
        for (Document d : docs) {
          w.write(d);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream labels = new ByteArrayOutputStream();
      try (DocumentWriter w = Formats.writer(formats[f], out, labels, options.get(f))) {
        for (int i = 0; i < docs.size(); i++) {
          assertEquals(null, all.get(i)[1]);
          encoders.get(k).write(all.get(i)[k], docs.get(i), out, w);
        }
      }
      assertArrayEquals(aloneOut.toByteArray(), out.toByteArray(), formats[f].label());
      assertArrayEquals(aloneLabels.toByteArray(), labels.toByteArray(), formats[f].label());
      assertEquals(aloneWarnings, warnings.get(f), formats[f].label());
      assertEquals(formats[f].needsTokens(), !aloneWarnings.isEmpty(), formats[f].label());
    }
  }
}

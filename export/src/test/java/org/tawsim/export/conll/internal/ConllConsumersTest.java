/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tawsim.export.testing.Programs.onPath;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.formats.Conll02NameSampleStream;
import opennlp.tools.formats.Conll03NameSampleStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.export.conll.BoundaryPolicy;
import org.tawsim.export.conll.Chunk;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.conll.TokenAlignment;
import org.tawsim.export.testing.TestDocuments;

/** Proof that real consumers read Tawsim's CoNLL and find the entities Tawsim wrote. */
class ConllConsumersTest {

  private static final Map<String, String> OPENNLP_TYPES =
      Map.of("PER", "person", "LOC", "location", "ORG", "organization", "MISC", "misc");
  private static final int ALL_TYPES = Conll02NameSampleStream.GENERATE_PERSON_ENTITIES
      | Conll02NameSampleStream.GENERATE_LOCATION_ENTITIES
      | Conll02NameSampleStream.GENERATE_ORGANIZATION_ENTITIES
      | Conll02NameSampleStream.GENERATE_MISC_ENTITIES;

  /** The golden documents with only the four CoNLL types, which OpenNLP's readers know. */
  static List<Document> conllTypedDocuments() {
    List<Document> docs = new ArrayList<>();
    for (Document d : TestDocuments.golden()) {
      docs.add(d.withLayer(Entity.class, d.layer(Entity.class).stream()
          .filter(e -> OPENNLP_TYPES.containsKey(e.type().name())).toList()));
    }
    return docs;
  }

  /** Returns "sentence:start-end:type" for each entity, as Tawsim aligned them. */
  static List<String> expected(List<Document> docs) throws IOException {
    List<String> list = new ArrayList<>();
    int sentence = 0;
    for (Document d : docs) {
      TokenAlignment a = TokenAlignment.of(d, BoundaryPolicy.EXPAND, ExportReport.counting());
      for (int s = 0; s < a.sentenceCount(); s++, sentence++) {
        for (Chunk c : a.chunks(s)) {
          list.add(sentence + ":" + c.start() + "-" + c.end() + ":" + OPENNLP_TYPES.get(c.type().name()));
        }
      }
    }
    return list;
  }

  static List<String> found(ObjectStream<NameSample> samples) throws IOException {
    List<String> list = new ArrayList<>();
    int sentence = 0;
    for (NameSample s = samples.read(); s != null; s = samples.read(), sentence++) {
      for (opennlp.tools.util.Span span : s.getNames()) {
        list.add(sentence + ":" + span.getStart() + "-" + span.getEnd() + ":" + span.getType());
      }
    }
    return list;
  }

  private static byte[] write(ConllWriter.Builder b, List<Document> docs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ConllWriter w = b.to(out)) {
      for (Document d : docs) {
        w.write(d);
      }
    }
    return out.toByteArray();
  }

  @Test
  void openNlpConll03ReaderFindsTheSameEntities() throws IOException {
    List<Document> docs = conllTypedDocuments();
    byte[] conll = write(ConllWriter.builder().conll2003(), docs);
    try (ObjectStream<NameSample> samples = new Conll03NameSampleStream(
        Conll03NameSampleStream.LANGUAGE.EN, () -> new ByteArrayInputStream(conll), ALL_TYPES)) {
      List<String> found = found(samples);
      assertEquals(expected(docs), found);
      assertEquals(6, found.size());
    }
  }

  @Test
  void openNlpConll02ReaderFindsTheSameEntities() throws IOException {
    List<Document> docs = conllTypedDocuments();
    byte[] conll = write(ConllWriter.builder().conll2002(), docs);
    // the InputStreamFactory constructor decodes ISO-8859-1 (the 2002 data's charset); give it
    // UTF-8 lines through its ObjectStream<String> constructor so the tokens are Arabic too
    try (ObjectStream<NameSample> samples = new Conll02NameSampleStream(
        Conll02NameSampleStream.LANGUAGE.NLD,
        new PlainTextByLineStream(() -> new ByteArrayInputStream(conll), UTF_8), ALL_TYPES)) {
      List<String> tokens = new ArrayList<>();
      List<String> names = new ArrayList<>();
      int sentence = 0;
      for (NameSample s = samples.read(); s != null; s = samples.read(), sentence++) {
        tokens.addAll(List.of(s.getSentence()));
        for (opennlp.tools.util.Span span : s.getNames()) {
          names.add(sentence + ":" + span.getStart() + "-" + span.getEnd() + ":" + span.getType());
        }
      }
      assertEquals(expected(docs), names);
      assertEquals("فلاديمير", tokens.get(2));
    }
  }

  @Test
  void openNlpTrainsANameFinderOnAnExport() throws IOException {
    // a small corpus: the documents many times over, so that the model has events to learn from
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      docs.addAll(conllTypedDocuments());
    }
    byte[] conll = write(ConllWriter.builder().conll2003(), docs);
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 30);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    TokenNameFinderModel model;
    try (ObjectStream<NameSample> samples = new Conll03NameSampleStream(
        Conll03NameSampleStream.LANGUAGE.EN, () -> new ByteArrayInputStream(conll), ALL_TYPES)) {
      model = NameFinderME.train("ar", null, samples, params, new TokenNameFinderFactory());
    }
    NameFinderME finder = new NameFinderME(model);
    String[] sentence = {"قال", "الرئيس", "فلاديمير", "بوتين", "في", "موسكو"};
    opennlp.tools.util.Span[] names = finder.find(sentence);
    List<String> got = new ArrayList<>();
    for (opennlp.tools.util.Span s : names) {
      got.add(s.getStart() + "-" + s.getEnd() + ":" + s.getType());
    }
    assertEquals(List.of("2-4:person", "5-6:location"), got);
  }

  /** conlleval scores a file of token, gold and predicted tags built from two Tawsim exports. */
  @Test
  void conllevalAcceptsTheExport(@TempDir Path dir) throws IOException, InterruptedException {
    Path conlleval = Path.of(System.getProperty("tawsim.shared.dir", "../shared"), "tools/conlleval.pl");
    Assumptions.assumeTrue(Files.isRegularFile(conlleval), "no conlleval.pl at " + conlleval);
    Assumptions.assumeTrue(onPath("perl"), "no perl");
    List<Document> gold = TestDocuments.golden();
    // the prediction misses the first entity of each document
    List<Document> predicted = new ArrayList<>();
    for (Document d : gold) {
      predicted.add(d.withLayer(Entity.class, d.layer(Entity.class).subList(1, d.layer(Entity.class).size())));
    }
    ConllWriter.Builder b = ConllWriter.builder().conll2003();
    String[] goldLines = new String(write(b, gold), UTF_8).split("\n", -1);
    String[] predictedLines = new String(write(b, predicted), UTF_8).split("\n", -1);
    assertEquals(goldLines.length, predictedLines.length);
    StringBuilder merged = new StringBuilder();
    for (int i = 0; i < goldLines.length; i++) {
      String p = predictedLines[i];
      merged.append(goldLines[i].isEmpty() ? "" : goldLines[i] + " " + p.substring(p.lastIndexOf(' ') + 1));
      merged.append(i + 1 < goldLines.length ? "\n" : "");
    }
    Path input = dir.resolve("merged.conll");
    Files.writeString(input, merged, UTF_8);
    Process perl = new ProcessBuilder("perl", conlleval.toString())
        .redirectInput(input.toFile())
        .redirectErrorStream(true)
        .start();
    String report = new String(perl.getInputStream().readAllBytes(), UTF_8);
    assertTrue(perl.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, perl.exitValue(), report);
    // 37 lines (35 tokens, 2 -DOCSTART-); 8 gold entities (5 + 3), 6 predicted, all correct
    Matcher m = Pattern.compile("found: (\\d+) phrases; correct: (\\d+)\\.").matcher(report);
    assertTrue(m.find(), report);
    assertEquals("6", m.group(1), report);
    assertEquals("6", m.group(2), report);
    assertTrue(report.contains("recall:  75.00%"), report);
    assertTrue(report.contains("processed 37 tokens with 8 phrases"), report);
  }

  static String lower(EntityType t) {
    return t.name().toLowerCase(Locale.ROOT);
  }
}

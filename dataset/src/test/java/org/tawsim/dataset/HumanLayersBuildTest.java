/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.Formats;
import org.tawsim.export.HumanLayers;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.ReaderFormat;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;

/** The builder on corrected documents: their layers stay, the annotators add what is missing. */
class HumanLayersBuildTest {

  @TempDir Path dir;

  private static final String PAGE = "خبر اليوم\nزار الرئيس بيروت أمس\nالمصدر: واس";

  @Test
  void keepsTheLayersADocumentArrivesWithAndCountsHumanAndMachineDocuments() throws IOException {
    // the person's entity: الرئيس as PER; the test tagger would find LOC بيروت instead
    Document corrected = HumanLayers.mark(Document.of("human", PAGE)
        .withLayer(Entity.class, List.of(new Entity(new Span(14, 20), EntityType.PER, ""))),
        List.of(Entity.class));
    Path in = dir.resolve("in.jsonl");
    try (var out = Files.newOutputStream(in);
        var w = Formats.writer(OutputFormat.JSONL, out, ExportOptions.defaults())) {
      w.write(corrected);
      w.write(Document.of("machine", PAGE.replace("أمس", "اليوم")));
    }
    Path out = dir.resolve("corpus");
    BuildReport r = DatasetBuilder.builder(TestAnnotators.pipeline())
        .format(OutputFormat.JSONL, ExportOptions.defaults()).threads(1).build()
        .run(rejects -> new InputReader(List.of(in.toString()), InputFormat.AUTO, rejects,
            new ByteArrayInputStream(new byte[0])), out);
    assertEquals(2, r.written());
    Map<String, Document> docs = new TreeMap<>();
    for (String split : List.of("train", "dev", "test")) {
      try (InputStream s = Files.newInputStream(out.resolve("jsonl/" + split + ".jsonl"))) {
        Formats.readAll(ReaderFormat.JSONL, split, s).forEach(d -> docs.put(d.id(), d));
      }
    }
    Document human = docs.get("human");
    assertEquals(PAGE, human.text(), "a corrected document is not cut into its article");
    assertEquals(List.of("PER[14, 20) ''"), describe(human));
    assertEquals(8, human.layer(Token.class).size(), "the annotators added the tokens");
    Document machine = docs.get("machine");
    assertEquals("خبر اليوم\nزار الرئيس بيروت اليوم", machine.text(), "cut: no source line");
    assertEquals(List.of("LOC[21, 26) 'test'"), describe(machine));

    JsonNode total = new ObjectMapper().readTree(out.resolve("stats.json").toFile())
        .at("/splits/total");
    assertEquals(1, total.get("documents_with_human_layers").asInt());
    assertEquals(2, total.get("documents_with_machine_layers").asInt());
  }

  private static List<String> describe(Document d) {
    List<String> out = new ArrayList<>();
    d.layer(Entity.class).forEach(e -> out.add(e.type() + "" + e.span() + " '" + e.source() + "'"));
    return out;
  }

  @Test
  void skipsAStepWhoseLayersAreAllGivenAndPutsGivenLayersBackAfterOneThatMakesMore() {
    // Words makes tokens and entities: it runs for the tokens, the given entities are put back
    Document given = Document.of("d", "زار بيروت")
        .withLayer(Entity.class, List.of(new Entity(new Span(0, 3), EntityType.of("X"), "")));
    Document out = KeptLayers.annotate(TestAnnotators.pipeline(), given);
    assertEquals(List.of("X[0, 3) ''"), describe(out));
    assertEquals(2, out.layer(Token.class).size());
    Document none = Document.of("d", "زار بيروت");
    assertEquals(TestAnnotators.pipeline().annotate(none), KeptLayers.annotate(TestAnnotators.pipeline(), none));
  }
}

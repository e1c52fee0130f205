/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Quotation;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Span;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.Formats;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.ReaderFormat;
import picocli.CommandLine;

/**
 * The acceptance check, through the command line: native JSONL to Label Studio tasks, a
 * person's corrections (one region deleted, one added, one shifted by a character), back with
 * {@code tawsim import}, measured with {@code tawsim agree}; and doccano and spaCy round trips.
 */
class HumanInTheLoopTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Tawsim.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static final String TEXT_A = "😀👍🏽 قال الرئيس فلاديمير بوتين في موسكو إن \"الحوار مستمر\"";
  static final String TEXT_B = "وأكدت وزارة الخارجية الروسية ذلك يوم الاثنين.";

  static Entity entity(String text, String part, EntityType type) {
    int i = text.indexOf(part);
    return new Entity(new Span(i, i + part.length()), type, "test");
  }

  /** Two machine-annotated documents, tokens by the real tokenizer. */
  static List<Document> machine() {
    ArabicTokenizer tokenizer = new ArabicTokenizer();
    Entity putin = entity(TEXT_A, "فلاديمير بوتين", EntityType.PER);
    Span quote = entity(TEXT_A, "\"الحوار مستمر\"", EntityType.MISC).span();
    Document a = tokenizer.annotate(Document.of("a", TEXT_A, Map.of("url", "https://example.org/a")))
        .withLayer(Entity.class, List.of(putin, entity(TEXT_A, "موسكو", EntityType.LOC)))
        .withLayer(Quotation.class, List.of(new Quotation(quote,
            new Span(quote.begin() + 1, quote.end() - 1), QuoteKind.SPEECH, false,
            entity(TEXT_A, "الرئيس فلاديمير بوتين", EntityType.PER).span(),
            entity(TEXT_A, "قال", EntityType.PER).span(), putin)));
    Document b = tokenizer.annotate(Document.of("b", TEXT_B))
        .withLayer(Entity.class, List.of(entity(TEXT_B, "وزارة الخارجية الروسية", EntityType.ORG),
            entity(TEXT_B, "يوم الاثنين", EntityType.DATE)))
        .withLayer(Quotation.class, List.of());
    return List.of(a, b);
  }

  Path nativeFile() throws IOException {
    Path file = dir.resolve("machine.jsonl");
    try (OutputStream out = Files.newOutputStream(file); DocumentWriter w = Formats.writer(OutputFormat.JSONL, out, ExportOptions.defaults())) {
      for (Document d : machine()) {
        w.write(d);
      }
    }
    return file;
  }

  static List<Document> read(Path file) throws IOException {
    return Formats.readAll(ReaderFormat.JSONL, file);
  }

  static String entities(Document d) {
    List<String> out = new ArrayList<>();
    d.layer(Entity.class).forEach(e -> out.add(e.type() + " " + d.text(e.span())));
    return String.join(", ", out);
  }

  /** Makes the predictions a submitted annotation and applies the person's three corrections. */
  static String correct(String exported) throws IOException {
    ArrayNode tasks = (ArrayNode) MAPPER.readTree(exported);
    for (JsonNode task : tasks) {
      ObjectNode t = (ObjectNode) task;
      ArrayNode result = (ArrayNode) t.get("predictions").get(0).get("result");
      t.remove("predictions");
      ObjectNode annotation = MAPPER.createObjectNode().put("id", 1).put("was_cancelled", false);
      annotation.set("result", result);
      t.putArray("annotations").add(annotation);
      if (task.at("/data/id").asText().equals("a")) {
        for (int i = 0; i < result.size(); i++) {
          JsonNode value = result.get(i).get("value");
          if (value != null && value.at("/labels/0").asText().equals("LOC")) {
            result.remove(i--); // deleted: موسكو is not a location here, says the person
          } else if (value != null && value.at("/labels/0").asText().equals("PER")) {
            // shifted by one character, as tools do after an emoji
            ((ObjectNode) value).put("start", value.get("start").intValue() + 1)
                .put("end", value.get("end").intValue() + 1);
          }
        }
      } else {
        // added: الروسية, a nationality the machine missed (code points = UTF-16 here, no emoji)
        int start = TEXT_B.indexOf("الروسية");
        ObjectNode region = result.addObject().put("id", "added").put("from_name", "label")
            .put("to_name", "text").put("type", "labels");
        region.putObject("value").put("start", start).put("end", start + 7).put("text", "الروسية")
            .putArray("labels").add("NORP");
      }
    }
    return MAPPER.writeValueAsString(tasks);
  }

  @Test
  void correctionsInLabelStudioComeBackExactlyAndAgreementMeasuresThem() throws IOException {
    Path machine = nativeFile();
    Path tasks = dir.resolve("tasks.json");
    Run export = run("export", machine.toString(), "-o", tasks.toString(), "--format", "labelstudio");
    assertEquals(0, export.exit(), export.err());
    assertTrue(Files.readString(dir.resolve("tasks.config.xml"), UTF_8).contains("<Labels name=\"quote\""));
    Path corrected = dir.resolve("corrected-tasks.json");
    Files.writeString(corrected, correct(Files.readString(tasks, UTF_8)), UTF_8);

    Path back = dir.resolve("corrected.jsonl");
    Run imported = run("import", corrected.toString(), "--format", "labelstudio", "-o",
        back.toString(), "--against", machine.toString());
    assertEquals(0, imported.exit(), imported.err());
    // 😀 is one code point, 👍🏽 two: فلاديمير بوتين is [15, 29) in code points; shifted to [16, 30)
    assertEquals("repaired: task 'a', region e15_29: [16, 30) moved to [15, 29), where its text"
        + " 'فلاديمير بوتين' is\nimport: 2 documents written to " + back + ", 1 regions repaired,"
        + " 0 rejected\n", imported.err());
    List<Document> docs = read(back);
    assertEquals(List.of("a", "b"), docs.stream().map(Document::id).toList());
    assertEquals("PER فلاديمير بوتين", entities(docs.get(0)));
    assertEquals("ORG وزارة الخارجية الروسية, NORP الروسية, DATE يوم الاثنين", entities(docs.get(1)));
    Quotation q = docs.get(0).layer(Quotation.class).get(0);
    assertEquals(machine().get(0).layer(Quotation.class).get(0).span(), q.span());
    assertEquals("الرئيس فلاديمير بوتين", docs.get(0).text(q.speaker()));
    assertEquals("قال", docs.get(0).text(q.cue()));
    assertEquals("{human_layers=entities,quotes, url=https://example.org/a}",
        docs.get(0).metadata().toString());

    // machine 4 entities, corrected 4, 3 the same: precision = recall = F1 = .75
    Run agree = run("agree", machine.toString(), back.toString(), "--json");
    assertEquals(0, agree.exit(), agree.err());
    JsonNode figures = MAPPER.readTree(agree.out());
    assertEquals("{\"a\":4,\"b\":4,\"both\":3,\"precision\":0.75,\"recall\":0.75,\"f1\":0.75}",
        MAPPER.writeValueAsString(((ObjectNode) figures.get("entities").deepCopy()).without("per_type")));
    assertEquals("{\"a\":1,\"b\":0,\"both\":0,\"precision\":0.0,\"recall\":0.0,\"f1\":0.0}",
        MAPPER.writeValueAsString(figures.at("/entities/per_type/LOC")));
    assertEquals(1.0, figures.at("/quotes/f1").doubleValue());
    assertEquals(1.0, figures.at("/quotes/speaker_agreement").doubleValue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"doccano", "spacy"})
  void doccanoAndSpacyRoundTripsKeepEveryEntity(String format) throws IOException {
    Path machine = nativeFile();
    Path exported = dir.resolve("out." + format + ".jsonl");
    assertEquals(0, run("export", machine.toString(), "-o", exported.toString(), "--format", format)
        .exit());
    Path back = dir.resolve("back.jsonl");
    Run imported = run("import", exported.toString(), "--format", format, "-o", back.toString(),
        "--against", machine.toString());
    assertEquals(0, imported.exit(), imported.err());
    List<Document> docs = read(back);
    List<Document> originals = machine();
    assertEquals(2, docs.size());
    for (int i = 0; i < 2; i++) {
      assertEquals(originals.get(i).id(), docs.get(i).id());
      assertEquals(entities(originals.get(i)), entities(docs.get(i)));
      List<Span> spans = new ArrayList<>();
      docs.get(i).layer(Entity.class).forEach(e -> spans.add(e.span()));
      List<Span> expected = new ArrayList<>();
      originals.get(i).layer(Entity.class).forEach(e -> expected.add(e.span()));
      assertEquals(expected, spans);
    }
    Run agree = run("agree", machine.toString(), back.toString());
    assertTrue(agree.out().contains("entities:    A 4, B 4, both 4; precision 1.0000, recall 1.0000,"
        + " F1 1.0000\n"), agree.out());
  }

  @Test
  void rejectsADocumentWhoseTextChangedAndTellsWhich() throws IOException {
    Path machine = nativeFile();
    Path tasks = dir.resolve("tasks.json");
    run("export", machine.toString(), "-o", tasks.toString(), "--format", "labelstudio");
    String edited = correct(Files.readString(tasks, UTF_8)).replace("ذلك يوم", "ذلك اليوم");
    Files.writeString(tasks, edited, UTF_8);
    Path back = dir.resolve("back.jsonl");
    Run imported = run("import", tasks.toString(), "--format", "labelstudio", "-o",
        back.toString(), "--against", machine.toString());
    assertEquals(1, imported.exit(), imported.err());
    assertTrue(imported.err().contains("rejected: " + tasks + ": document 'b': its text differs"
        + " from the document 'b' in " + machine + "\n"), imported.err());
    assertEquals(List.of("a"), read(back).stream().map(Document::id).toList());
    assertTrue(Files.readString(Path.of(back + ".rejects.jsonl"), UTF_8)
        .contains("\"location\":\"document 'b'\""));
  }

  @Test
  void refusesAnUnknownImportFormatAsAUsageError() throws IOException {
    Path machine = nativeFile();
    Run r = run("import", machine.toString(), "--format", "brat", "-o", dir.resolve("x.jsonl").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("unknown import format 'brat' (expected one of: labelstudio, doccano,"
        + " spacy)"), r.err());
    assertEquals(false, Files.exists(dir.resolve("x.jsonl")));
  }

  /** The format is checked before any file is opened: a bad one is a usage error, whatever FILE is. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "missing.json | brat        | 2 | Invalid value for option '--format': unknown import format 'brat' (expected one of: labelstudio, doccano, spacy)",
    "-            | brat        | 2 | Invalid value for option '--format': unknown import format 'brat' (expected one of: labelstudio, doccano, spacy)",
    "missing.json | LabelStudio | 3 | tawsim import: MISSING: no such file",
  })
  void checksTheFormatBeforeOpeningTheInput(String file, String format, int exit, String first)
      throws IOException {
    String path = file.equals("-") ? file : dir.resolve(file).toString();
    Run r = run("import", path, "--format", format, "-o", dir.resolve("x.jsonl").toString());
    assertEquals(exit, r.exit(), r.err());
    assertEquals(first.replace("MISSING", path), r.err().lines().findFirst().orElse(""), r.err());
    assertEquals(false, Files.exists(dir.resolve("x.jsonl")));
  }

  @Test
  void leavesStandardInputOpen() throws IOException {
    boolean[] closed = {false};
    InputStream stdin = System.in;
    System.setIn(new java.io.ByteArrayInputStream("{\"id\":\"a\",\"text\":\"قال\",\"label\":[]}\n"
        .getBytes(UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    });
    try {
      Run r = run("import", "-", "--format", "doccano", "-o", dir.resolve("x.jsonl").toString());
      assertEquals(0, r.exit(), r.err());
      assertEquals(List.of("a"), read(dir.resolve("x.jsonl")).stream().map(Document::id).toList());
      assertEquals(false, closed[0]);
    } finally {
      System.setIn(stdin);
    }
  }
}

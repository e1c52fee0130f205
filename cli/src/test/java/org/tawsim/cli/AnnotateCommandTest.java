/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tawsim.core.Document;
import org.tawsim.export.Formats;
import org.tawsim.export.ReaderFormat;
import picocli.CommandLine;

class AnnotateCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Tawsim.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private List<Document> readOutput(Path file) throws IOException {
    return Formats.readAll(ReaderFormat.JSONL, file);
  }

  @Test
  void annotatesAFolderIntoJsonl() throws IOException {
    Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(dir.resolve("in/b.txt"), "قال الرئيس.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("in/sub/a.txt"), "في موسكو.", StandardCharsets.UTF_8);
    Path outFile = dir.resolve("out/corpus.jsonl");
    assertEquals(0, run("annotate", dir.resolve("in").toString(), "-o", outFile.toString()));
    List<Document> docs = readOutput(outFile);
    assertEquals(List.of("b.txt", "sub/a.txt"), docs.stream().map(Document::id).toList());
    assertEquals("", err.toString());
    assertFalse(Files.exists(dir.resolve("out/corpus.jsonl.rejects.jsonl")));
  }

  @Test
  void gazetteerAddsATypeToTheDefaultTagger() throws IOException {
    Path list = dir.resolve("products.txt");
    Files.writeString(list, "جالكسي نوت\n", StandardCharsets.UTF_8);
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "أعلنت الشركة عن هاتف جالكسي نوت في موسكو.", StandardCharsets.UTF_8);
    Path outFile = dir.resolve("o.jsonl");
    assertEquals(
        0,
        run("annotate", in.toString(), "-o", outFile.toString(),
            "--gazetteer", "PRODUCT=" + list));
    assertEquals(List.of("PRODUCT جالكسي نوت", "LOC موسكو"), entities(outFile));
  }

  @Test
  void noGovernmentBodiesLeavesMinistriesUntagged() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "أعلنت وزارة الخارجية الروسية أمس في موسكو.", StandardCharsets.UTF_8);
    Path plain = dir.resolve("plain.jsonl");
    Path anercorp = dir.resolve("anercorp.jsonl");
    assertEquals(0, run("annotate", in.toString(), "-o", plain.toString()));
    assertEquals(
        0, run("annotate", in.toString(), "-o", anercorp.toString(), "--no-government-bodies"));
    assertEquals(List.of("ORG وزارة الخارجية الروسية", "LOC موسكو"), entities(plain));
    assertEquals(List.of("NORP الروسية", "LOC موسكو"), entities(anercorp));
  }

  private List<String> entities(Path jsonl) throws IOException {
    Document d = readOutput(jsonl).get(0);
    return d.layer(org.tawsim.core.Entity.class).stream()
        .map(e -> e.type().name() + " " + d.text(e.span()))
        .toList();
  }

  @Test
  void sentenceModelReplacesTheShippedOne() throws IOException {
    // a model that learnt that a single full stop inside a line ends nothing
    Path train = dir.resolve("train.txt");
    Files.writeString(
        train,
        "وصل الوفد. ثم بدأت المحادثات!\nوقال الوزير. إن الحل قريب!\n\n".repeat(20),
        StandardCharsets.UTF_8);
    Path model = dir.resolve("model.bin");
    assertEquals(
        0,
        run("train-sentences", "-o", model.toString(), "--cutoff", "0", "--iterations", "30",
            train.toString()));
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "وصل الوفد. ثم بدأت المحادثات!", StandardCharsets.UTF_8);
    Path shipped = dir.resolve("shipped.jsonl");
    Path mine = dir.resolve("mine.jsonl");
    assertEquals(0, run("annotate", in.toString(), "-o", shipped.toString()));
    assertEquals(
        0,
        run("annotate", in.toString(), "-o", mine.toString(), "--sentence-model", model.toString()));
    assertEquals(2, readOutput(shipped).get(0).layer(org.tawsim.core.Sentence.class).size());
    assertEquals(1, readOutput(mine).get(0).layer(org.tawsim.core.Sentence.class).size());
  }

  @Test
  void aGazetteerThatIsMissingOrNotUtf8IsNamedWithItsReason() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "نص.", StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing.txt");
    Path notUtf8 = dir.resolve("latin1.txt");
    Files.write(notUtf8, new byte[] {'o', 'k', '\n', (byte) 0xFF, '\n'});
    Path out = dir.resolve("o.jsonl");
    assertEquals(Tawsim.EXIT_FAILURE,
        run("annotate", in.toString(), "-o", out.toString(), "--gazetteer", "ORG=" + missing));
    assertEquals("tawsim annotate: " + missing + ": no such file" + System.lineSeparator(),
        err.toString());
    err.getBuffer().setLength(0);
    assertEquals(Tawsim.EXIT_FAILURE,
        run("annotate", in.toString(), "-o", out.toString(), "--gazetteer", "ORG=" + notUtf8));
    assertEquals("tawsim annotate: cannot read gazetteer " + notUtf8 + ": " + notUtf8
        + ": byte 3: invalid UTF-8 (malformed sequence: FF)" + System.lineSeparator(),
        err.toString());
    assertFalse(Files.exists(out));
  }

  @Test
  void aSentenceModelThatIsNoModelIsNamed() throws IOException {
    Path bad = dir.resolve("bad.bin");
    Files.writeString(bad, "no model", StandardCharsets.UTF_8);
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "نص.", StandardCharsets.UTF_8);
    int exit =
        run("annotate", in.toString(), "-o", dir.resolve("o.jsonl").toString(),
            "--sentence-model", bad.toString());
    assertEquals(Tawsim.EXIT_FAILURE, exit);
    assertTrue(err.toString().contains(bad + ": not a readable OpenNLP sentence model"), err.toString());
  }

  @Test
  void rejectsInvalidUtf8WithExitOneAndWritesTheRest() throws IOException {
    Files.createDirectories(dir.resolve("in"));
    Files.writeString(dir.resolve("in/good.txt"), "جيد", StandardCharsets.UTF_8);
    Files.write(dir.resolve("in/bad.txt"), new byte[] {'o', 'k', (byte) 0xFF});
    Path outFile = dir.resolve("corpus.jsonl");
    assertEquals(1, run("annotate", dir.resolve("in").toString(), "-o", outFile.toString()));
    assertEquals(List.of("good.txt"), readOutput(outFile).stream().map(Document::id).toList());
    String e = err.toString();
    assertTrue(e.contains("bad.txt: byte 2: invalid UTF-8"), e);
    assertTrue(e.contains("1 documents written, 1 inputs rejected"), e);
    String rejects = Files.readString(dir.resolve("corpus.jsonl.rejects.jsonl"), StandardCharsets.UTF_8);
    assertTrue(rejects.contains("\"location\":\"byte 2\""), rejects);
  }

  @Test
  void readsJsonlInputAndReportsBadLines() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"1\",\"text\":\"نص\"}\n{\"text\":\"بلا رقم\"}\n", StandardCharsets.UTF_8);
    Path outFile = dir.resolve("o.jsonl");
    Path rejects = dir.resolve("r.jsonl");
    assertEquals(
        1,
        run("annotate", "--input-format", "jsonl", in.toString(), "-o", outFile.toString(), "--rejects", rejects.toString()));
    assertEquals(1, readOutput(outFile).size());
    assertTrue(Files.readString(rejects).contains("\"location\":\"line 2\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--no-such-option", "--input-format=yaml"})
  void badUsageExitsTwo(String arg) {
    assertEquals(2, run("annotate", arg, "x.txt", "-o", "y"));
  }

  @Test
  void missingOutputIsBadUsage() {
    assertEquals(2, run("annotate", "x.txt"));
    assertTrue(err.toString().contains("--output"), err.toString());
  }

  @Test
  void everyCommandHasHelp() {
    assertHelp(Tawsim.commandLine());
  }

  private static void assertHelp(CommandLine c) {
    StringWriter help = new StringWriter();
    c.setOut(new PrintWriter(help, true));
    assertEquals(0, c.execute("--help"), c.getCommandName());
    assertTrue(help.toString().startsWith("Usage: "), c.getCommandName() + ": " + help);
    c.getSubcommands().values().stream()
        .filter(sub -> !(sub.getCommand() instanceof CommandLine.HelpCommand))
        .forEach(AnnotateCommandTest::assertHelp);
  }

  @Test
  void leavesNoPartialOutputWhenEverythingIsRejected() throws IOException {
    Path outFile = dir.resolve("o.jsonl");
    assertEquals(1, run("annotate", dir.resolve("missing").toString(), "-o", outFile.toString()));
    assertTrue(Files.exists(outFile));
    assertEquals(0, Files.size(outFile));
    try (Stream<Path> files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
    }
  }
}

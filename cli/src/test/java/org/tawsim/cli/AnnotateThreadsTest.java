/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.annotate.Annotators;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;
import org.tawsim.dataset.Spinners;
import picocli.CommandLine;

/** {@code annotate --threads}, {@code --layers} and {@code --doc-timeout}, whole command. */
class AnnotateThreadsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  /** Set when a test ends, so that an abandoned looping thread ends too. */
  private volatile boolean released;

  @AfterEach
  void release() {
    released = true;
  }

  private int run(CommandLine.IFactory factory, String... args) {
    CommandLine cl = Tawsim.commandLine(factory);
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private int run(String... args) {
    return run(CommandLine.defaultFactory(), args);
  }

  /** Twelve pages of news-like text, one with an emoji, one blank, one not UTF-8. */
  private Path corpus() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    for (int i = 0; i < 12; i++) {
      String text =
          "قال وزير الخارجية الأمير سعود الفيصل في الرياض يوم "
              + i
              + ": «نحن مستعدون للحوار» 😀.\nوأضاف أن الاجتماع سيعقد في جدة.";
      Files.writeString(in.resolve("page-" + (char) ('a' + i) + ".txt"), text.repeat(1 + i % 4));
    }
    Files.writeString(in.resolve("page-blank.txt"), "  \n");
    Files.write(in.resolve("page-broken.txt"), new byte[] {'o', 'k', (byte) 0xC3});
    return in;
  }

  @ParameterizedTest
  @CsvSource({"2", "3", "8"})
  void anyNumberOfThreadsWritesTheBytesOfOne(int threads) throws IOException {
    Path in = corpus();
    Path one = dir.resolve("one.jsonl");
    Path many = dir.resolve("many.jsonl");
    assertEquals(1, run("annotate", in.toString(), "-o", one.toString(), "--threads", "1"));
    String errOne = err.toString();
    err.getBuffer().setLength(0);
    assertEquals(
        1, run("annotate", in.toString(), "-o", many.toString(), "--threads", "" + threads));
    assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(many));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("one.jsonl.rejects.jsonl")),
        Files.readAllBytes(dir.resolve("many.jsonl.rejects.jsonl")));
    assertEquals(errOne.replace("one.jsonl", "many.jsonl"), err.toString());
    assertEquals(
        "rejected: "
            + in.resolve("page-broken.txt")
            + ": byte 2: invalid UTF-8 (malformed sequence: C3)\n"
            + "13 documents written, 1 inputs rejected (listed in "
            + dir.resolve("many.jsonl.rejects.jsonl")
            + ")\n",
        err.toString());
    assertEquals(13, Files.readAllLines(many).size());
  }

  /**
   * The workers parse JSONL lines, not the reader: every bad line is still rejected in its place,
   * named by its line, whatever the number of threads.
   */
  @ParameterizedTest
  @CsvSource({"1", "2", "5"})
  void badJsonlLinesAreRejectedInTheirPlaceOnAnyNumberOfThreads(int threads) throws IOException {
    Path in = dir.resolve("in.jsonl");
    String good = "{\"id\":\"%s\",\"text\":\"قال الوزير في الرياض إن الاجتماع سيعقد في جدة.\"}\n";
    try (var out = Files.newOutputStream(in)) {
      out.write(String.format(good, "a").getBytes(StandardCharsets.UTF_8));
      out.write("not json\n\n   \n".getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {'{', '"', 'i', 'd', '"', ':', (byte) 0xC3, '}', '\n'});
      out.write(String.format(good, "b").getBytes(StandardCharsets.UTF_8));
      out.write("{\"text\":\"بلا معرف\"}\n[1]\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\":\"c\",\"text\":\"نص\",\"tokens\":[{\"start\":0,\"end\":9}]}\n"
          .getBytes(StandardCharsets.UTF_8));
      out.write(String.format(good, "d").getBytes(StandardCharsets.UTF_8));
    }
    Path out = dir.resolve("o.jsonl");
    assertEquals(1, run("annotate", in.toString(), "-o", out.toString(), "--threads", "" + threads));
    assertEquals(
        "rejected: " + in + ": line 2: not JSON (Unrecognized token 'not': was expecting (JSON"
            + " String, Number, Array, Object or token 'null', 'true' or 'false'))\n"
            + "rejected: " + in + ": line 5, byte 124: invalid UTF-8 (malformed sequence: C3)\n"
            + "rejected: " + in + ": line 7: no \"id\"\n"
            + "rejected: " + in + ": line 8: not a JSON object\n"
            + "rejected: " + in + ": line 9: \"tokens\" span [0, 9) is out of range for a text of"
            + " 2 code points\n"
            + "3 documents written, 5 inputs rejected (listed in " + dir.resolve("o.jsonl.rejects.jsonl")
            + ")\n",
        err.toString());
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      ids.add(JSON.readTree(line).get("id").asText());
    }
    assertEquals(List.of("a", "b", "d"), ids);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sentences,entities,quotes | [id, text, sentences, entities, quotes]",
        "tokens                    | [id, text, tokens]",
        "zones,quotes              | [id, text, zones, quotes]",
      })
  void writesTheLayersAskedFor(String layers, String fields) throws IOException {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "قال محمد: «نعم».", StandardCharsets.UTF_8);
    Path out = dir.resolve("o.jsonl");
    assertEquals(0, run("annotate", in.toString(), "-o", out.toString(), "--layers", layers));
    List<String> names = new ArrayList<>();
    JSON.readTree(Files.readString(out)).fieldNames().forEachRemaining(names::add);
    assertEquals(fields, names.toString());
  }

  @Test
  void exportAndBuildWriteTheLayersAskedForToo() throws IOException {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "قال محمد في الرياض: «نعم».", StandardCharsets.UTF_8);
    Path full = dir.resolve("full.jsonl");
    assertEquals(0, run("annotate", in.toString(), "-o", full.toString()));
    Path some = dir.resolve("some.jsonl");
    assertEquals(0, run("export", full.toString(), "-o", some.toString(), "--layers", "entities"));
    assertEquals(List.of("id", "text", "entities"), fields(some));
    Path built = dir.resolve("built");
    assertEquals(
        0,
        run("build", in.toString(), "-o", built.toString(), "--formats", "jsonl,conll",
            "--layers", "sentences,quotes", "--split", "100,0,0", "-q"));
    assertEquals(List.of("id", "text", "sentences", "quotes"), fields(built.resolve("jsonl/train.jsonl")));
  }

  private static List<String> fields(Path jsonl) throws IOException {
    List<String> names = new ArrayList<>();
    JSON.readTree(Files.readString(jsonl)).fieldNames().forEachRemaining(names::add);
    return names;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "build    | --layers=tokens --formats=conll | --layers chooses the layers of native JSONL,"
            + " and no jsonl output is written",
        "build    | --doc-timeout=-5 | --doc-timeout must be 0 (off) or a number of seconds, not -5",
        "annotate | --layers=sentences,token | --layers: unknown layer 'token' (expected some of:"
            + " zones, sentences, tokens, entities, quotes)",
        "annotate | --layers=tokens --format=conll | --layers chooses the layers of native JSONL,"
            + " and no jsonl output is written",
        "export   | --layers=words | --layers: unknown layer 'words'",
        "annotate | --threads=0 | --threads must be at least 1, not 0",
        "annotate | --doc-timeout=-1 | --doc-timeout must be 0 (off) or a number of seconds, not -1",
      })
  void badValuesAreUsageErrorsNamingThem(String command, String options, String message)
      throws IOException {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "نص.", StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of(command, in.toString(), "-o", dir.resolve("o").toString()));
    args.addAll(List.of(options.split(" ")));
    assertEquals(2, run(args.toArray(String[]::new)));
    assertTrue(err.toString().startsWith(message), err.toString());
  }

  @Test
  @Timeout(60)
  void aDocumentOverItsBudgetIsRejectedByNameAndTheRestWritten() throws IOException {
    Pipeline looping =
        Spinners.after(Annotators.defaultPipeline(), "حلقة", () -> released); // a runaway rule
    // the first document a pipeline meets pays for its warm-up: not the ones under a budget here
    looping.annotate(Document.of("warm-up", "نص أول."));
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            K made = CommandLine.defaultFactory().create(cls);
            if (cls == PipelineOptions.class) {
              PipelineOptions options = spy((PipelineOptions) made);
              doReturn(looping).when(options).pipeline();
              return cls.cast(options);
            }
            return made;
          }
        };
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("1.txt"), "نص أول.");
    Files.writeString(in.resolve("2.txt"), "نص في حلقة.");
    Files.writeString(in.resolve("3.txt"), "نص ثالث.");
    Files.writeString(in.resolve("4.txt"), "نص رابع.");
    Path out = dir.resolve("o.jsonl");
    for (String threads : List.of("1", "2")) {
      err.getBuffer().setLength(0);
      assertEquals(
          1,
          run(factory, "annotate", in.toString(), "-o", out.toString(), "--doc-timeout", "1",
              "--threads", threads));
      List<String> ids = new ArrayList<>();
      for (String line : Files.readAllLines(out)) {
        ids.add(JSON.readTree(line).get("id").asText());
      }
      assertEquals(List.of("1.txt", "3.txt", "4.txt"), ids);
      assertEquals(
          "{\"input\":\"2.txt\",\"location\":\"\",\"reason\":\"annotation exceeded 1 s\"}\n",
          Files.readString(dir.resolve("o.jsonl.rejects.jsonl")));
      assertTrue(
          err.toString().startsWith("rejected: 2.txt: annotation exceeded 1 s\n"), err.toString());
    }
  }
}

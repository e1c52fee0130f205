/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.RejectHandler;
import org.tawsim.core.io.NonClosingInputStream;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.Formats;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.ReaderFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code tawsim import}: brings corrected annotations back from an annotation tool. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads what people corrected in Label Studio, doccano or Prodigy/spaCy back into native"
          + " JSONL: each document with its id, its text and the human layers (entities;"
          + " quotations with speakers and cues where the tool holds them), marked in"
          + " meta.human_layers so that tawsim build keeps them.",
      "labelstudio: the JSON export of a project set up with tawsim export --format labelstudio."
          + " The last annotation of a task wins (latest updated_at, else the last in the list);"
          + " cancelled annotations and tasks without one are reported, not imported. A region"
          + " whose value.text is not at its offsets is moved to that text when it lies within"
          + " two characters (reported as repaired), else its task is rejected naming the region.",
      "Labels that are not Tawsim's usual types become new types, with a warning.",
      "Exit 0 when every document was imported (repairs included), 1 when some were rejected"
          + " (the rest are written, the rejected listed), 2 on bad usage."
    })
final class ImportCommand implements Callable<Integer> {

  /** The tools whose exports are read. */
  private static final List<ReaderFormat> TOOLS =
      List.of(ReaderFormat.LABELSTUDIO, ReaderFormat.DOCCANO, ReaderFormat.SPACY);

  /** Reads {@code --format}, ignoring case; another name is a usage error naming the valid ones. */
  static final class ToolConverter implements CommandLine.ITypeConverter<ReaderFormat> {
    @Override
    public ReaderFormat convert(String value) {
      for (ReaderFormat f : TOOLS) {
        if (f.label().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("unknown import format '" + value
          + "' (expected one of: "
          + TOOLS.stream().map(ReaderFormat::label).collect(Collectors.joining(", ")) + ")");
    }
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The tool's export, or - for stdin.")
  String file;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      converter = ToolConverter.class,
      description = "labelstudio, doccano or spacy (spaCy / Prodigy JSONL).")
  ReaderFormat format;

  @Option(
      names = "--against",
      paramLabel = "NATIVE",
      description = "The native JSONL the tasks were exported from: a document whose text differs"
          + " from the one of the same id there, or whose id is not there, is rejected.")
  Path against;

  @Mixin FileOutput output;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    PrintWriter err = cl.getErr();
    KnownTexts known = against == null ? null : KnownTexts.read(against);
    RejectHandler.Collecting rejects = RejectHandler.collecting();
    int[] repairs = {0};
    Consumer<String> notices = n -> {
      boolean repair = n.startsWith(Formats.REPAIR_NOTICE);
      repairs[0] += repair ? 1 : 0;
      err.println((repair ? "" : "warning: ") + n);
    };
    int written = 0;
    // --format is checked by picocli before this runs; stdin stays open for whoever reads it next
    try (InputStream in = file.equals("-")
            ? new NonClosingInputStream(System.in)
            : Files.newInputStream(Path.of(file));
        DocumentReader reader = open(in, rejects, notices);
        Output out = Output.open(output.path, System.out)) {
      DocumentWriter writer = Formats.writer(OutputFormat.JSONL, out.stream(), ExportOptions.defaults());
      for (Optional<Document> d = reader.read(); d.isPresent(); d = reader.read()) {
        String mismatch = known == null ? null : known.mismatch(d.get());
        if (mismatch != null) {
          rejects.reject(
              new InvalidInputException(file, "document '" + d.get().id() + "'", mismatch));
          continue;
        }
        writer.write(d.get());
        written++;
      }
      writer.close();
      out.commit();
    }
    err.println("import: " + written + " documents written to " + output.path + ", " + repairs[0]
        + " regions repaired, " + rejects.rejections().size() + " rejected");
    err.flush();
    return Rejects.report(err, rejects.rejections(), written, output.rejectsPath());
  }

  /** Returns the reader of {@code in}, which it closes. */
  private DocumentReader open(InputStream in, RejectHandler rejects, Consumer<String> notices)
      throws IOException {
    return Formats.reader(format, file, in, rejects, notices);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tawsim.core.Document;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tawsim export}: converts native JSONL into another format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Converts annotated native JSONL (as tawsim annotate writes it) into a training format:"
          + " jsonl, conll, conllu, spacy, hf, doccano or labelstudio (tasks, with the project's"
          + " labelling configuration beside them as OUT without .json plus .config.xml).",
      "Every format but jsonl, doccano and labelstudio needs tokens: a document without a token"
          + " layer is rejected, named in the rejects file, and the rest are written.",
      "Entities that do not fit the format (off token boundaries, nested, across sentences) are"
          + " counted and warned about on stderr.",
      "Exit 0 on success, 1 when documents were rejected (the rest are written), 2 on bad usage."
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "IN", description = "Native JSONL files, folders of them, or - for stdin.")
  List<String> inputs;

  @Mixin FileOutput output;

  @Mixin FormatOptions format;

  @Override
  public Integer call() throws IOException {
    RejectHandler.Collecting rejects = RejectHandler.collecting();
    int written = 0;
    try (InputReader reader = new InputReader(inputs, InputFormat.JSONL, rejects, System.in);
        FormatOptions.Sink sink = format.open(spec.commandLine(), output.path, System.out)) {
      for (Optional<Document> d = reader.read(); d.isPresent(); d = reader.read()) {
        try {
          sink.writer.write(d.get());
          written++;
        } catch (InvalidInputException e) {
          rejects.reject(e);
        }
      }
      sink.commit();
    }
    format.summarize(spec.commandLine().getErr());
    return Rejects.report(
        spec.commandLine().getErr(), rejects.rejections(), written, output.rejectsPath());
  }
}

package org.tawsim.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Pipeline;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.dataset.InputReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tawsim annotate}: runs the default pipeline over inputs and writes native JSONL. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Annotates Arabic text with the default pipeline and writes native JSONL, or another"
          + " format with --format (conll, conllu, spacy, hf, doccano).",
      "Inputs are UTF-8 .txt files (one document each, id = path relative to the argument),"
          + " folders of them (recursive, sorted), JSONL with id and text, or - for stdin.",
      "Exit 0 on success, 1 when inputs were rejected (the rest are written), 2 on bad usage."
    })
final class AnnotateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Inputs inputs;

  @Mixin FileOutput output;

  @Mixin FormatOptions format;

  @Mixin PipelineOptions annotators;

  @Override
  public Integer call() throws IOException {
    Pipeline pipeline = annotators.pipeline();
    RejectHandler.Collecting rejects = RejectHandler.collecting();
    int written = 0;
    try (InputReader reader = inputs.open(rejects);
        FormatOptions.Sink sink = format.open(spec.commandLine(), output.path, System.out)) {
      DocumentWriter writer = sink.writer;
      for (Optional<Document> d = reader.read(); d.isPresent(); d = reader.read()) {
        Document doc = d.get();
        Document annotated;
        try {
          annotated = pipeline.annotate(doc);
        } catch (RuntimeException e) {
          rejects.reject(
              new InvalidInputException(doc.id(), "", "annotation failed: " + e, e));
          continue;
        }
        try {
          writer.write(annotated);
        } catch (InvalidInputException e) {
          rejects.reject(e);
          continue;
        }
        written++;
      }
      sink.commit();
    }
    format.summarize(spec.commandLine().getErr());
    return Rejects.report(
        spec.commandLine().getErr(), rejects.rejections(), written, output.rejectsPath());
  }
}

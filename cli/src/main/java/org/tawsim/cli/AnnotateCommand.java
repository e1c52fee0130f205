/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tawsim.core.Document;
import org.tawsim.core.InvalidInputException;
import org.tawsim.export.WorkerEncoder;
import org.tawsim.dataset.ParallelAnnotator;
import picocli.CommandLine;
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
      "Documents are annotated on --threads workers and written in input order: the output is"
          + " the same for any number of threads.",
      "Exit 0 on success, 1 when inputs were rejected (the rest are written), 2 on bad usage."
    })
final class AnnotateCommand implements Callable<Integer> {

  /**
   * A document annotated and its bytes in the output format; the document is kept only when the
   * bytes could not be made on the worker, for the file's writer.
   */
  private record Annotated(Document doc, WorkerEncoder.Encoded encoded) {}

  @Spec CommandSpec spec;

  @Mixin Inputs inputs;

  @Mixin FileOutput output;

  @Mixin FormatOptions format;

  @Mixin PipelineOptions annotators;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    ParallelAnnotator engine =
        ParallelAnnotator.builder(annotators.pipeline())
            .threads(annotators.threads(cl))
            .docTimeout(annotators.docTimeout(cl))
            .build();
    List<InvalidInputException> rejects = new ArrayList<>();
    int[] written = {0};
    try (FormatOptions.Sink sink = format.open(cl, output.path, System.out)) {
      // each document is encoded on the worker that annotated it; this thread copies the bytes
      WorkerEncoder encoder = WorkerEncoder.of(format.outputFormat(cl), sink.options);
      engine.run(
          inputs::open,
          doc -> {
            WorkerEncoder.Encoded e = encoder.encode(doc);
            return new Annotated(e.bytes() == null ? doc : null, e);
          },
          new ParallelAnnotator.Sink<Annotated>() {
            @Override
            public void accept(Annotated a) throws IOException {
              try {
                encoder.write(a.encoded(), a.doc(), sink.stream(), sink.writer);
              } catch (InvalidInputException e) {
                rejects.add(e);
                return;
              }
              written[0]++;
            }

            @Override
            public void reject(InvalidInputException rejection) {
              rejects.add(rejection);
            }
          });
      sink.commit();
    }
    format.summarize(cl.getErr());
    return Rejects.report(cl.getErr(), rejects, written[0], output.rejectsPath());
  }
}

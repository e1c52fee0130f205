/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import opennlp.tools.sentdetect.SentenceModel;
import org.tawsim.annotate.sentences.SentenceModelTrainer;
import org.tawsim.core.io.WordLists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tawsim train-sentences}: trains an Arabic OpenNLP sentence model on a user's files. */
@Command(
    name = "train-sentences",
    mixinStandardHelpOptions = true,
    description = {
      "Trains an Arabic OpenNLP sentence model, as the shipped one was trained.",
      "Input: UTF-8 text, one sentence a line, an empty line between documents (OpenNLP's format).",
      "Use the model with: tawsim eval sentences --model MODEL, or OpenNlpSentenceAnnotator.withModel."
    })
final class TrainSentencesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Training files.")
  List<Path> files;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL", description = "Where to write the model.")
  String output;

  @Option(names = "--iterations", paramLabel = "N", description = "Training iterations. Default: ${DEFAULT-VALUE}.")
  int iterations = 100;

  @Option(names = "--cutoff", paramLabel = "N", description = "Minimum feature count. Default: ${DEFAULT-VALUE}.")
  int cutoff = 5;

  @Option(
      names = "--abbreviations",
      paramLabel = "FILE",
      description = "Abbreviations, one a line with the final full stop (# starts a comment). Default: the shipped Arabic list.")
  Path abbreviations;

  @Override
  public Integer call() throws IOException {
    if (output.equals(Output.STDOUT)) {
      throw new IllegalArgumentException("a model is binary: give --output a file name, not -");
    }
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException(f + ": no such training file");
      }
    }
    Set<String> abbrevs =
        abbreviations == null
            ? SentenceModelTrainer.Options.defaults().abbreviations()
            : readList(abbreviations);
    SentenceModel model =
        SentenceModelTrainer.train(
            files, new SentenceModelTrainer.Options(iterations, cutoff, abbrevs));
    try (Output out = Output.open(output, System.out)) {
      model.serialize(out.stream());
      out.commit();
    }
    spec.commandLine()
        .getErr()
        .printf(Locale.ROOT, "tawsim train-sentences: wrote %s (%d abbreviations)%n", output, abbrevs.size());
    return 0;
  }

  /** Reads an abbreviation list: one a line, blank lines and {@code #} comments skipped. */
  private static Set<String> readList(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such abbreviation file");
    }
    return new TreeSet<>(WordLists.read(file));
  }
}

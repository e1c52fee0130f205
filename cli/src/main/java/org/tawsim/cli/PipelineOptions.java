/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.tawsim.annotate.PipelineSettings;
import org.tawsim.core.Pipeline;
import org.tawsim.dataset.BuildSettings;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that annotate: what of the default pipeline the user replaces, how
 * many threads annotate and how long one document may take. A picocli mixin, public for {@code
 * tawsim spark-build}.
 */
public final class PipelineOptions {

  @Mixin TaggerOptions entities;

  @Option(
      names = "--sentence-model",
      paramLabel = "MODEL",
      description = "An OpenNLP sentence model (from tawsim train-sentences) in place of the"
          + " shipped Arabic model.")
  Path sentenceModel;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Annotating threads; the output is the same for any number."
          + " Default: all processors (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--doc-timeout",
      paramLabel = "SECONDS",
      description = "Reject a document still being annotated after this many seconds"
          + " (\"annotation exceeded N s\") and go on with the next; 0 turns it off."
          + " Default: ${DEFAULT-VALUE}.")
  long docTimeout = 60;

  /** Returns --threads, or throws a usage error. */
  public int threads(CommandLine cl) {
    if (threads < 1) {
      throw new CommandLine.ParameterException(cl, "--threads must be at least 1, not " + threads);
    }
    return threads;
  }

  /** Returns --doc-timeout, or throws a usage error (the check of {@link BuildSettings#checkedTimeout}). */
  public Duration docTimeout(CommandLine cl) {
    try {
      return BuildSettings.checkedTimeout(Duration.ofSeconds(docTimeout));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          cl, "--doc-timeout must be 0 (off) or a number of seconds, not " + docTimeout);
    }
  }

  /**
   * Returns the default pipeline's settings with the user's lists, tagger settings and sentence
   * model, the files read now.
   *
   * @throws IllegalArgumentException naming a {@code --gazetteer} argument that is not TYPE=FILE
   * @throws IOException naming a file that cannot be read
   */
  public PipelineSettings settings() throws IOException {
    PipelineSettings s = entities.apply(PipelineSettings.defaults());
    return sentenceModel == null ? s : s.withSentenceModel(sentenceModel);
  }

  /** Returns the default pipeline with the user's lists, tagger settings and sentence model in it. */
  Pipeline pipeline() throws IOException {
    return settings().pipeline();
  }
}

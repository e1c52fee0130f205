/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tawsim eval}: scores an annotator against gold data; one subcommand per annotator. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Scores an annotator against gold data.",
    subcommands = {
      TokensEvalCommand.class,
      SentencesEvalCommand.class,
      EntitiesEvalCommand.class,
      QuotesEvalCommand.class,
    })
final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name what to evaluate");
  }
}

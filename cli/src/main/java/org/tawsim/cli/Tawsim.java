/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tawsim} command: annotate Arabic text and write training corpora.
 *
 * <p>Exit codes: 0 on success, 1 when some inputs were rejected (the rest still written), 2 on bad
 * usage, 3 when the run failed (an output that cannot be written).
 */
@Command(
    name = "tawsim",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Turns raw Arabic text into annotated training corpora.",
    subcommands = {
      AnnotateCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      AgreeCommand.class,
      BuildCommand.class,
      EvalCommand.class,
      TrainSentencesCommand.class,
      RenderCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Tawsim implements Runnable {

  /** Exit code when some inputs were rejected and the rest written. */
  static final int EXIT_REJECTS = 1;

  /** Exit code for bad usage: an unknown option, a missing argument, a bad value. */
  static final int EXIT_USAGE = 2;

  /** Exit code when the run itself failed, such as an output that cannot be written. */
  static final int EXIT_FAILURE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
  }

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    Warmup.startFor(args);
    System.exit(commandLine().execute(args));
  }

  /** Returns the command line, configured the way {@link #main} runs it (for embedding and tests). */
  public static CommandLine commandLine() {
    return commandLine(CommandLine.defaultFactory());
  }

  /** Returns the command line with its parts made by {@code factory} (tests fake some). */
  static CommandLine commandLine(CommandLine.IFactory factory) {
    return new CommandLine(Tawsim.class, factory)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(
            (e, cl, parsed) -> {
              cl.getErr().println("tawsim " + cl.getCommandName() + ": " + message(e));
              return e instanceof IllegalArgumentException ? EXIT_USAGE : EXIT_FAILURE;
            });
  }

  /**
   * Returns what went wrong, in words: a file system error says why ({@code NoSuchFileException}'s
   * own message is the bare path).
   */
  static String message(Exception e) {
    if (e instanceof NoSuchFileException f) {
      return f.getFile() + ": no such file";
    }
    if (e instanceof AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    return e.getMessage();
  }
}

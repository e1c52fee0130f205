/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.util.List;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of the commands that read raw or annotated documents, and how to read them. */
final class Inputs {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or - for stdin.")
  List<String> paths;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "auto (by extension: .jsonl is JSONL, the rest text), txt or jsonl."
          + " Default: ${DEFAULT-VALUE}.")
  InputFormat format = InputFormat.AUTO;

  /** Opens the inputs in order, stdin for {@code -}; bad inputs go to {@code rejects}. */
  InputReader open(RejectHandler rejects) throws IOException {
    return new InputReader(paths, format, rejects, System.in);
  }
}

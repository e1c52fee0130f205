/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import picocli.CommandLine.Option;

/** The output file of the commands that write one, and where their rejected inputs are listed. */
final class FileOutput {

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "Output file, or - for stdout.")
  String path;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Where to list rejected inputs as JSONL. Default: OUT.rejects.jsonl (none for"
          + " stdout).")
  String rejects;

  /**
   * Returns where the rejects go: the file the user named, else {@code OUT.rejects.jsonl} beside
   * the output, else (output on stdout) none, as null.
   */
  String rejectsPath() {
    if (rejects != null) {
      return rejects;
    }
    return path.equals(Output.STDOUT) ? null : path + ".rejects.jsonl";
  }
}

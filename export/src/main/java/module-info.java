/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The formats: writers and readers of every format, reached through {@code Formats}; the input
 * reader every command uses; tag schemes and token alignment.
 *
 * <p>Exported: {@code org.tawsim.export} ({@code Formats}, the format enums, {@code ExportOptions}
 * and its settings), {@code .conll} (tag schemes, alignment, the export report, the CoNLL reader
 * with its column settings) and {@code .input}. The packages of the writers and readers ({@code
 * .jsonl}, {@code .conllu}, {@code .labelstudio}, {@code .conll.internal}) are not exported:
 * {@code Formats} opens them. {@code .internal} holds what they share, and the span reader that
 * the evaluation's gold readers use too, to whom it is exported.
 */
// The qualified export names org.tawsim.eval, which the build compiles after this module: javac
// warns that it cannot find it here.
@SuppressWarnings("module")
module org.tawsim.export {
  requires transitive org.tawsim.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports org.tawsim.export;
  exports org.tawsim.export.conll;
  exports org.tawsim.export.input;
  exports org.tawsim.export.internal to org.tawsim.eval;
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Writing documents out for model training and reading them back. Most users need only {@link
 * org.tawsim.export.Formats}: {@code Formats.writer(format, file or stream, options)} opens the
 * writer of an {@link org.tawsim.export.OutputFormat} ({@code jsonl}, {@code conll}, {@code
 * conllu}, {@code spacy}, {@code hf}, {@code doccano}, {@code labelstudio}) with its {@link
 * org.tawsim.export.ExportOptions}, and {@code Formats.reader(format, file or stream)} the reader
 * of a {@link org.tawsim.export.ReaderFormat}, a {@link org.tawsim.core.DocumentReader} that is
 * also {@code Iterable<Document>} and gives a {@code Stream<Document>}. {@code .conll} holds the
 * tag schemes and token alignment every token format shares; {@code .input} reads the inputs of
 * every command (text files, folders, JSONL, gzip, standard input). The writers and readers
 * themselves are in packages this module does not export: they are reached through {@code
 * Formats} only. {@link
 * org.tawsim.export.WorkerEncoder} makes a format's bytes on worker threads, for a writer that
 * writes them in order.
 */
package org.tawsim.export;

/**
 * Writing documents out for model training. Most users need {@link
 * org.tawsim.export.OutputFormat}, which opens the writer of a format by its name ({@code jsonl},
 * {@code conll}, {@code conllu}, {@code spacy}, {@code hf}, {@code doccano}), and {@link
 * org.tawsim.export.ExportOptions}. The formats live in {@code .jsonl}, {@code .conll} and {@code
 * .conllu}; readers in the same packages read them back. {@link org.tawsim.export.WorkerEncoder}
 * makes a format's bytes on worker threads, for a writer that writes them in order.
 */
package org.tawsim.export;

/**
 * From inputs to corpora. Most users need only {@link
 * org.tawsim.export.dataset.DatasetBuilder}: it reads with {@link
 * org.tawsim.export.dataset.InputReader} (text files, JSONL, folders, standard input, gzip, without
 * losing a document silently), cuts pages into articles by their zones ({@link
 * org.tawsim.export.dataset.PageMode}), annotates in parallel, finds duplicates ({@link
 * org.tawsim.export.dataset.DedupMode}), splits by {@link org.tawsim.export.dataset.HashSplitter}
 * and writes every split in every format with a {@link org.tawsim.export.dataset.BuildReport}.
 * Its step for one document, {@link org.tawsim.export.dataset.PageAnnotator}, is public so that a
 * job that runs the builder's work elsewhere (the Spark job) runs the same code. {@link
 * org.tawsim.export.dataset.ParallelAnnotator} is the builder's ordered parallel engine for a
 * one-to-one conversion ({@code tawsim annotate}): every input annotated, encoded and handed over
 * in input order, or rejected with its reason.
 */
package org.tawsim.export.dataset;

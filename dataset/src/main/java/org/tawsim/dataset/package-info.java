/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * From inputs to corpora. Most users need only {@link
 * org.tawsim.dataset.DatasetBuilder}: it reads with {@link
 * org.tawsim.export.input.InputReader} (text files, JSONL, folders, standard input, gzip, without
 * losing a document silently), cuts pages into articles by their zones ({@link
 * org.tawsim.dataset.PageMode}), annotates in parallel, finds duplicates ({@link
 * org.tawsim.dataset.DedupMode}), splits by {@link org.tawsim.dataset.HashSplitter}
 * and writes every split in every format with a {@link org.tawsim.dataset.BuildReport}.
 * Its step for one document, {@link org.tawsim.dataset.PageAnnotator}, is public so that a
 * job that runs the builder's work elsewhere (the Spark job) runs the same code. {@link
 * org.tawsim.dataset.ParallelAnnotator} is the builder's ordered parallel engine for a
 * one-to-one conversion ({@code tawsim annotate}): every input annotated, encoded and handed over
 * in input order, or rejected with its reason.
 */
package org.tawsim.dataset;

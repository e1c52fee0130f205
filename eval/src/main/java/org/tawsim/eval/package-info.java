/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Evaluation: gold readers and scorers that compare what an annotator produced with gold data.
 * Every scorer counts with one {@link org.tawsim.eval.Score} (gold, predicted, correct; precision,
 * recall and F1 as CoNLL's {@code conlleval} gives them).
 *
 * <p>Tokens: {@link org.tawsim.eval.UdTokenGold} reads gold tokens from a Universal Dependencies
 * CoNLL-U file and {@link org.tawsim.eval.TokenScorer} scores a tokenizer's spans and boundaries.
 *
 * <p>Sentence boundaries: {@link org.tawsim.eval.SentenceGold} reads gold sentences (one a line,
 * or JSONL spans) and {@link org.tawsim.eval.BoundaryScorer} gives boundary precision, recall and
 * F1 as a {@link org.tawsim.eval.BoundaryScore}.
 *
 * <p>Entities: {@link org.tawsim.eval.EntityScorer} scores entities with CoNLL's exact-match
 * precision, recall and F1, overall and per type; {@link org.tawsim.eval.ConllevalWriter} writes
 * the file {@code conlleval} reads.
 *
 * <p>Quotations: {@link org.tawsim.eval.QuotationScorer} gives quotation span precision, recall
 * and F1 (exact match, marks included), kind accuracy, speaker and cue accuracy.
 *
 * <p>Agreement: {@link org.tawsim.eval.Agreement} compares two annotators' documents, with
 * Cohen's kappa over token tags.
 */
package org.tawsim.eval;

/**
 * Evaluation: scorers that compare what an annotator produced with gold data.
 *
 * <p>Sentence boundaries: {@link org.tawsim.eval.SentenceGold} reads gold sentences (one a
 * line, or JSONL spans) and {@link org.tawsim.eval.BoundaryScorer} gives boundary precision,
 * recall and F1 as a {@link org.tawsim.eval.BoundaryScore}.
 *
 * <p>Entities: {@link org.tawsim.eval.EntityScorer} scores entities with CoNLL's exact-match
 * precision, recall and F1, overall and per type.
 *
 * <p>Quotations: {@link org.tawsim.eval.QuotationScorer} gives quotation span precision,
 * recall and F1 (exact match, marks included), kind accuracy, speaker and cue accuracy.
 */
package org.tawsim.eval;

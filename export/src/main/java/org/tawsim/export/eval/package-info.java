/**
 * Evaluation: scorers that compare what an annotator produced with gold data.
 *
 * <p>Sentence boundaries: {@link org.tawsim.export.eval.SentenceGold} reads gold sentences (one a
 * line, or JSONL spans) and {@link org.tawsim.export.eval.BoundaryScorer} gives boundary precision,
 * recall and F1 as a {@link org.tawsim.export.eval.BoundaryScore}.
 * Evaluation of annotations against gold data. {@link org.tawsim.export.eval.EntityScorer} scores
 * entities with CoNLL's exact-match precision, recall and F1, overall and per type.
 */
package org.tawsim.export.eval;

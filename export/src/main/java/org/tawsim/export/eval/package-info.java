/**
 * Evaluation of annotations against gold data. {@link org.tawsim.export.eval.EntityScorer} scores
 * entities with CoNLL's exact-match precision, recall and F1, overall and per type.
 */
package org.tawsim.export.eval;

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Sentence splitting for Arabic with Apache OpenNLP, the page's line structure and rules.
 *
 * <p>Most users need only {@link org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator#arabic()},
 * which carries the Arabic model shipped in this jar; {@link
 * org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator#withModel(java.nio.file.Path)} takes a
 * model trained by {@link org.tawsim.annotate.sentences.SentenceModelTrainer} ({@code tawsim
 * train-sentences}) on a user's text. {@link org.tawsim.annotate.sentences.QuotationRule} chooses
 * whether a sentence may end inside a quotation.
 *
 * <p>The model's training data lives in {@code annotate/training/sentences/} with its licences in
 * the repository's NOTICE; the rules are listed in the package-private {@code SentenceSplitter}.
 */
package org.tawsim.annotate.sentences;

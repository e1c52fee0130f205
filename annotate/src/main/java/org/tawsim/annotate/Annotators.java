/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate;

import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.annotate.quotes.QuotationTagger;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.annotate.zones.ZoneTagger;
import org.tawsim.core.Pipeline;

/**
 * The annotators Tawsim ships, wired in the order docs/architecture.md gives: zones, sentences,
 * tokens, entities, quotations.
 *
 * <p>{@link #defaultPipeline()} is what {@code tawsim annotate} runs. The pipeline is thread-safe.
 */
public final class Annotators {

  private Annotators() {}

  /** {@return the default pipeline with every annotator that exists, in order} */
  public static Pipeline defaultPipeline() {
    return Pipeline.of(
        new ZoneTagger(),
        OpenNlpSentenceAnnotator.arabic(),
        new ArabicTokenizer(),
        ArabicEntityTagger.create(),
        new QuotationTagger()); // last: it links speakers to entities when there are any
  }
}

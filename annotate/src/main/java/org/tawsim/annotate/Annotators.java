/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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

  /**
   * {@return the default pipeline with every annotator that exists, in order}
   *
   * <p>The entity tagger's lists take most of the time this takes (about 0.4 s of 0.6 s CPU, cold):
   * they load on a thread of their own while this thread builds the other annotators, so that a
   * command on two cores starts its first document sooner.
   */
  public static Pipeline defaultPipeline() {
    FutureTask<ArabicEntityTagger> entities = new FutureTask<>(ArabicEntityTagger::create);
    Thread loader = new Thread(entities, "tawsim-load-entities");
    loader.setDaemon(true);
    loader.start();
    ZoneTagger zones = new ZoneTagger();
    OpenNlpSentenceAnnotator sentences = OpenNlpSentenceAnnotator.arabic();
    ArabicTokenizer tokens = new ArabicTokenizer();
    QuotationTagger quotes = new QuotationTagger();
    // last: the quotation tagger links speakers to entities when there are any
    return Pipeline.of(zones, sentences, tokens, done(entities), quotes);
  }

  /** Waits for a task and returns its result, or throws what it threw. */
  private static <T> T done(FutureTask<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the entity lists were loading", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c); // create() throws no checked exception
    }
  }
}

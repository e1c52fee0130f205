/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.io.IOException;
import java.util.Collections;
import java.util.Objects;
import org.tawsim.core.Document;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Pipeline;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;

/**
 * Annotates a stream of documents on several threads and hands each one over in input order, in
 * bounded memory: the engine of {@link DatasetBuilder} for a one-to-one conversion, as {@code
 * tawsim annotate} runs it (every input annotated whole and written, or rejected with its reason).
 *
 * <pre>{@code
 * ParallelAnnotator engine = ParallelAnnotator.builder(Annotators.defaultPipeline()).threads(4).build();
 * engine.run(rejects -> new InputReader(inputs, InputFormat.AUTO, rejects, System.in),
 *     doc -> encodeOnTheWorker(doc),
 *     new ParallelAnnotator.Sink<>() {
 *       public void accept(byte[] bytes) throws IOException { out.write(bytes); }
 *       public void reject(InvalidInputException e) { rejects.add(e); }
 *     });
 * }</pre>
 *
 * <p><b>Contract.</b> The sink hears of every input, in input order, on the calling thread: an
 * annotated document through {@link Sink#accept}, a reader's rejection (a bad line or file), a
 * failure of the pipeline, a document over its time budget ({@link Builder#docTimeout}) and an
 * {@link InvalidInputException} of the encoder through {@link Sink#reject}. Blank documents are
 * annotated, not rejected. The encoder runs on the workers, so that making a document's bytes
 * does not wait for one thread; it must be thread-safe. Whatever the number of threads, the sink
 * hears the same things in the same order. Memory: as {@link DatasetBuilder}, at most {@link
 * Builder#window} documents and about {@link Builder#charBudget} characters in flight. Thread-safe;
 * runs may overlap.
 */
public final class ParallelAnnotator {

  /** Turns an annotated document into what the sink writes; runs on the workers. */
  @FunctionalInterface
  public interface Encoder<T> {
    /**
     * Encodes one document.
     *
     * @param annotated the annotated document
     * @return what the sink takes
     * @throws InvalidInputException when this document cannot be written (it is then rejected)
     */
    T encode(Document annotated) throws IOException;
  }

  /** Hears of each input in input order, on the calling thread. */
  public interface Sink<T> {
    /**
     * Takes what the encoder made of the next document.
     *
     * @param encoded the encoder's result
     * @throws java.io.IOException when the sink fails
     */
    void accept(T encoded) throws IOException;

    /**
     * Takes the rejection of the next input.
     *
     * @param rejection what is wrong with the input
     * @throws java.io.IOException when the sink fails or stops the run
     */
    void reject(InvalidInputException rejection) throws IOException;
  }

  private final PageAnnotator step;
  private final java.time.Duration docTimeout;
  private final int threads;
  private final int window;
  private final int charBudget;

  private ParallelAnnotator(Builder b) {
    this.step =
        PageAnnotator.of(b.pipeline, PageMode.WHOLE, Integer.MAX_VALUE, false).withBlankAccepted();
    this.docTimeout = b.docTimeout;
    this.threads = b.threads;
    this.window = b.window();
    this.charBudget = b.charBudget;
  }

  /**
   * {@return a builder that annotates with this pipeline}
   *
   * @param pipeline the annotators
   */
  public static Builder builder(Pipeline pipeline) {
    return new Builder(Objects.requireNonNull(pipeline, "pipeline"));
  }

  /**
   * Reads every document, annotates and encodes it on the workers and hands it to the sink in
   * input order.
   *
   * @param <T> what the encoder makes of a document
   * @param readers opens the reader of the inputs
   * @param encoder encodes each annotated document on the workers
   * @param sink takes each result in input order
   * @throws IOException when the reader fails beyond a single bad input, or the encoder or the
   *     sink fails; the run stops there
   */
  public <T> void run(DatasetBuilder.ReaderFactory readers, Encoder<T> encoder, Sink<T> sink)
      throws IOException {
    Objects.requireNonNull(readers, "readers");
    Objects.requireNonNull(encoder, "encoder");
    Objects.requireNonNull(sink, "sink");
    OrderedFlow.run(
        readers,
        threads,
        window,
        charBudget,
        docTimeout,
        new OrderedFlow.Work<T>() {
          @Override
          public Page<T> process(Document doc, int cost) throws IOException {
            PageAnnotator.Result r = step.annotate(doc);
            if (r.outcomes().get(0) instanceof PageAnnotator.Annotated a) {
              try {
                T encoded = encoder.encode(a.document());
                return Page.<T>of(doc, cost, 0, r.outcomes(), 0)
                    .withEncoded(Collections.singletonList(encoded));
              } catch (InvalidInputException e) {
                return Page.of(doc, cost, 0, java.util.List.of(new PageAnnotator.Failed(e)), 0);
              }
            }
            return Page.of(doc, cost, 0, r.outcomes(), 0);
          }

          @Override
          public Page<T> overBudget(Document doc, int cost) {
            return Page.overBudget(doc, cost, 0, docTimeout);
          }
        },
        page -> {
          if (page.outcomes.get(0) instanceof PageAnnotator.Failed f) {
            sink.reject(f.rejection());
          } else {
            sink.accept(page.encoded.get(0));
          }
        });
  }

  /** Settings of a {@link ParallelAnnotator}; every one has a default. Not thread-safe. */
  public static final class Builder extends EngineSettings<Builder> {
    private final Pipeline pipeline;

    private Builder(Pipeline pipeline) {
      this.pipeline = pipeline;
    }

    @Override
    Builder self() {
      return this;
    }

    /** {@return the engine} */
    public ParallelAnnotator build() {
      return new ParallelAnnotator(this);
    }
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.lang3.Validate;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Pipeline;
import org.tawsim.core.Zone;

/**
 * The dataset builder's step for one input document, for whoever runs the builder's work
 * elsewhere (such as the Spark job): rejects a blank or oversized text, cuts a page into the
 * documents its {@link PageMode} exports ({@link PageSegmenter}), annotates each with the pipeline
 * and fingerprints it for duplicate detection. A document that arrives with layers (corrected by a
 * person, say) is not cut and keeps them: the annotators add only the layers it lacks. {@link
 * DatasetBuilder} runs exactly this on its workers, so a document that goes through it comes out
 * as it does from {@code tawsim build}.
 *
 * <pre>{@code
 * PageAnnotator step = PageAnnotator.of(Annotators.defaultPipeline(), PageMode.ARTICLE, 5_000_000, true);
 * PageAnnotator.Result r = step.annotate(Document.of("page-1", text));
 * for (Outcome o : r.outcomes()) {
 *   if (o instanceof Annotated a) { ... a.document(), a.fingerprint() ... }
 *   else if (o instanceof Failed f) { ... f.rejection().reason() ... }
 * }
 * }</pre>
 *
 * <p><b>Contract.</b> Never throws for a bad document: a blank text, a text over the limit, a page
 * whose zones find no article and a failure of the pipeline (any {@link RuntimeException}) each
 * become a {@link Failed} outcome whose rejection names the document and the reason, as
 * {@code rejects.jsonl} lists it. A page that is all article keeps its zones and runs only the steps
 * after the zone tagger. Outcomes come in the order of the parts on the page, main article first.
 * Thread-safe when the pipeline is (Tawsim's annotators are).
 *
 * <p><b>Time budget.</b> With {@link #withTimeBudget} the whole input (zoning, cutting and every
 * part) is annotated on a worker thread, and an input still being annotated when its budget is
 * spent is rejected as a whole with the reason {@code annotation exceeded N s}; the worker is
 * abandoned, and runs on until its annotator returns (see {@code TimeBudget}: it never blocks the
 * caller, and a new worker takes the next document).
 */
public final class PageAnnotator {

  /**
   * What one input gave.
   *
   * @param outcomes one per part exported, in page order; one {@link Failed} when the input is
   *     rejected as a whole
   * @param relatedFound related articles found on the page (exported only in {@link
   *     PageMode#ARTICLES}; the builder reports the others as left out)
   * @param cpuNanos the CPU time its annotation took, on whichever thread ran it (with a time
   *     budget, a worker's); 0 for an input over budget, whose worker is still running
   */
  public record Result(List<Outcome> outcomes, int relatedFound, long cpuNanos) {
    /**
     * Copies the outcomes.
     *
     * @param outcomes one per part exported, in page order
     * @param relatedFound related articles found on the page
     * @param cpuNanos the CPU time its annotation took
     */
    public Result {
      outcomes = List.copyOf(outcomes);
    }

    Result(List<Outcome> outcomes, int relatedFound) {
      this(outcomes, relatedFound, 0);
    }
  }

  /** What became of one part of a page. */
  public sealed interface Outcome permits Annotated, Failed {}

  /**
   * A part annotated.
   *
   * @param document the annotated document
   * @param fingerprint its text's fingerprint, or null when duplicates are off
   */
  public record Annotated(Document document, Fingerprint fingerprint) implements Outcome {}

  /**
   * A part, or a whole input, rejected.
   *
   * @param rejection names the document or input and the reason
   */
  public record Failed(InvalidInputException rejection) implements Outcome {}

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final Pipeline pipeline;
  private final Pipeline zoner;
  private final Pipeline afterZones;
  private final PageMode pages;
  private final int maxChars;
  private final boolean fingerprints;
  private final boolean blankAccepted;
  private final TimeBudget budget;

  private PageAnnotator(
      Pipeline pipeline,
      PageMode pages,
      int maxChars,
      boolean fingerprints,
      boolean blankAccepted,
      TimeBudget budget) {
    this.pipeline = pipeline;
    this.pages = pages;
    this.maxChars = maxChars;
    this.fingerprints = fingerprints;
    this.blankAccepted = blankAccepted;
    this.budget = budget;
    this.zoner = pages == PageMode.WHOLE ? null : zonePrefix(pipeline, pages);
    this.afterZones =
        zoner == null
            ? null
            : Pipeline.on(
                zoner.produces(),
                pipeline.steps().subList(zoner.steps().size(), pipeline.steps().size()));
  }

  /**
   * {@return the step}
   *
   * @param pipeline annotates each exported document
   * @param pages which text of each page is exported
   * @param maxChars the largest text accepted, in UTF-16 units
   * @param fingerprints whether to fingerprint each document ({@link DedupMode#OFF} needs none)
   * @throws IllegalArgumentException when the page mode needs zones and no step produces them, or
   *     {@code maxChars} is below 1
   */
  public static PageAnnotator of(
      Pipeline pipeline, PageMode pages, int maxChars, boolean fingerprints) {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(pages, "pages");
    Validate.isTrue(maxChars >= 1, "max characters must be at least 1: %d", maxChars);
    return new PageAnnotator(pipeline, pages, maxChars, fingerprints, false, null);
  }

  /**
   * {@return this step with a time budget per input document: {@link Duration#ZERO} for none (the
   * default), else an input still being annotated after {@code limit} is rejected (see the class
   * contract)}
   *
   * @param limit the budget
   * @throws IllegalArgumentException for a negative limit
   */
  public PageAnnotator withTimeBudget(Duration limit) {
    return new PageAnnotator(
        pipeline, pages, maxChars, fingerprints, blankAccepted, TimeBudget.of(limit));
  }

  /**
   * Returns this step annotating a blank text as any other (an empty document written with empty
   * layers) instead of rejecting it, as {@code tawsim annotate} does: a corpus wants no empty
   * document, a one-to-one conversion wants every input back. Only with {@link PageMode#WHOLE}.
   */
  PageAnnotator withBlankAccepted() {
    if (pages != PageMode.WHOLE) {
      throw new IllegalArgumentException("blank pages have no article to cut: use PageMode.WHOLE");
    }
    return new PageAnnotator(pipeline, pages, maxChars, fingerprints, true, budget);
  }

  /** The steps up to the first that produces zones: what cutting a page needs. */
  private static Pipeline zonePrefix(Pipeline pipeline, PageMode pages) {
    List<Annotator> steps = pipeline.steps();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).produces().contains(Zone.class)) {
        return Pipeline.of(steps.subList(0, i + 1));
      }
    }
    throw new IllegalArgumentException(
        "page mode "
            + ReportWriter.label(pages)
            + " needs a pipeline step that produces zones (such as ZoneTagger); "
            + pipeline.name()
            + " has none: add one, or use PageMode.WHOLE");
  }

  /** {@return the pipeline the parts are annotated with} */
  public Pipeline pipeline() {
    return pipeline;
  }

  /**
   * Cuts, annotates and fingerprints one input document; see the class contract.
   *
   * @param doc the input document
   * @return its outcomes, related articles found and CPU time
   */
  public Result annotate(Document doc) {
    Objects.requireNonNull(doc, "doc");
    if (budget == null) {
      return annotateTimed(doc);
    }
    return budget.run(() -> annotateTimed(doc), () -> rejected(doc, budget.reason(), 0));
  }

  private Result annotateTimed(Document doc) {
    long start = CPU.getCurrentThreadCpuTime();
    Result r = annotateNow(doc);
    return new Result(r.outcomes(), r.relatedFound(), CPU.getCurrentThreadCpuTime() - start);
  }

  private Result annotateNow(Document doc) {
    if (!blankAccepted && doc.text().isBlank()) {
      return rejected(doc, "empty document: no text", 0);
    }
    if (doc.text().length() > maxChars) {
      return rejected(
          doc,
          "document too large: "
              + doc.text().length()
              + " characters, over the limit of "
              + maxChars
              + " (raise it with --max-chars)",
          0);
    }
    if (!doc.layerKinds().isEmpty()) {
      return annotatedWhole(doc);
    }
    List<Document> parts;
    Document zoned = null;
    int relatedFound = 0;
    try {
      if (zoner == null) {
        parts = List.of(doc);
      } else {
        zoned = zoner.annotate(doc);
        List<Document> all = PageSegmenter.segment(zoned, PageMode.ARTICLES);
        boolean hasMain = !all.isEmpty() && all.get(0).id().equals(doc.id());
        relatedFound = all.size() - (hasMain ? 1 : 0);
        parts = pages == PageMode.ARTICLES ? all : hasMain ? all.subList(0, 1) : List.of();
      }
    } catch (RuntimeException e) {
      return new Result(List.of(new Failed(failure(doc.id(), "zoning", e))), 0);
    }
    if (parts.isEmpty()) {
      return rejected(doc, "no article text: the zones found no body on the page", relatedFound);
    }
    List<Outcome> outcomes = new ArrayList<>(parts.size());
    for (Document part : parts) {
      try {
        // a part that is the whole page already has its zones: run only the steps after them
        Document annotated = part == zoned ? afterZones.annotate(part) : pipeline.annotate(part);
        outcomes.add(
            new Annotated(annotated, fingerprints ? Fingerprint.of(part.text()) : null));
      } catch (RuntimeException e) {
        outcomes.add(new Failed(failure(part.id(), "annotation", e)));
      }
    }
    return new Result(outcomes, relatedFound);
  }

  /**
   * A document that arrives with layers is one document, never cut into articles (its layers'
   * offsets belong to its whole text), and keeps them ({@link KeptLayers}).
   */
  private Result annotatedWhole(Document doc) {
    try {
      Document annotated = KeptLayers.annotate(pipeline, doc);
      return new Result(List.of(new Annotated(
          annotated, fingerprints ? Fingerprint.of(doc.text()) : null)), 0);
    } catch (RuntimeException e) {
      return new Result(List.of(new Failed(failure(doc.id(), "annotation", e))), 0);
    }
  }

  private static Result rejected(Document doc, String reason, int relatedFound) {
    return new Result(
        List.of(new Failed(new InvalidInputException(doc.id(), "", reason))), relatedFound);
  }

  private static InvalidInputException failure(String id, String stage, RuntimeException e) {
    return new InvalidInputException(id, "", stage + " failed: " + e, e);
  }
}

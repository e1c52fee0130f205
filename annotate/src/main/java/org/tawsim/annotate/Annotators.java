package org.tawsim.annotate;

import java.util.ArrayList;
import java.util.List;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.annotate.quotes.QuotationTagger;
import org.tawsim.core.Annotator;
import org.tawsim.core.Pipeline;
import org.tawsim.annotate.zones.ZoneTagger;

/**
 * The annotators Tawsim ships, wired in the order DESIGN.md gives: zones, sentences, tokens,
 * entities, quotations.
 *
 * <p>{@link #defaultPipeline()} is what {@code tawsim annotate} runs. The pipeline is thread-safe.
 */
public final class Annotators {

  private Annotators() {}

  /** Returns the default pipeline with every annotator that exists, in order. */
  public static Pipeline defaultPipeline() {
    List<Annotator> steps = new ArrayList<>();
    steps.add(new org.tawsim.annotate.tokens.ArabicTokenizer());
    steps.add(OpenNlpSentenceAnnotator.arabic());
    steps.add(org.tawsim.annotate.entities.ArabicEntityTagger.create());
    steps.add(new QuotationTagger()); // last: it links speakers to entities when there are any
    steps.add(new ZoneTagger());
    return Pipeline.of(steps);
  }
}

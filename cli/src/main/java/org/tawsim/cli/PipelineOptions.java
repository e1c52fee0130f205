package org.tawsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.tawsim.annotate.Annotators;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.core.Pipeline;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that annotate: what of the default pipeline the user replaces. */
final class PipelineOptions {

  @Mixin TaggerOptions entities;

  @Option(
      names = "--sentence-model",
      paramLabel = "MODEL",
      description = "An OpenNLP sentence model (from tawsim train-sentences) in place of the"
          + " shipped Arabic model.")
  Path sentenceModel;

  /** Returns the default pipeline with the user's lists, tagger settings and sentence model in it. */
  Pipeline pipeline() throws IOException {
    Pipeline p = Annotators.defaultPipeline();
    if (entities.changeTheDefault()) {
      p = p.replace(ArabicEntityTagger.class, entities.tagger(false));
    }
    if (sentenceModel != null) {
      p =
          p.replace(
              OpenNlpSentenceAnnotator.class, OpenNlpSentenceAnnotator.withModel(sentenceModel));
    }
    return p;
  }
}

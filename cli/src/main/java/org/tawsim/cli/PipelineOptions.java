package org.tawsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.tawsim.annotate.Annotators;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.core.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that annotate: what of the default pipeline the user replaces, how
 * many threads annotate and how long one document may take.
 */
final class PipelineOptions {

  @Mixin TaggerOptions entities;

  @Option(
      names = "--sentence-model",
      paramLabel = "MODEL",
      description = "An OpenNLP sentence model (from tawsim train-sentences) in place of the"
          + " shipped Arabic model.")
  Path sentenceModel;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Annotating threads; the output is the same for any number."
          + " Default: all processors (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--doc-timeout",
      paramLabel = "SECONDS",
      description = "Reject a document still being annotated after this many seconds"
          + " (\"annotation exceeded N s\") and go on with the next; 0 turns it off."
          + " Default: ${DEFAULT-VALUE}.")
  long docTimeout = 60;

  /** Returns --threads, or throws a usage error. */
  int threads(CommandLine cl) {
    if (threads < 1) {
      throw new CommandLine.ParameterException(cl, "--threads must be at least 1, not " + threads);
    }
    return threads;
  }

  /** Returns --doc-timeout, or throws a usage error. */
  Duration docTimeout(CommandLine cl) {
    if (docTimeout < 0) {
      throw new CommandLine.ParameterException(
          cl, "--doc-timeout must be 0 (off) or a number of seconds, not " + docTimeout);
    }
    return Duration.ofSeconds(docTimeout);
  }

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

package org.tawsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tawsim.annotate.Annotators;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.core.EntityType;
import org.tawsim.core.Pipeline;
import picocli.CommandLine.Option;

/** The options of the commands that annotate: what of the default pipeline the user replaces. */
final class PipelineOptions {

  @Option(
      names = "--gazetteer",
      paramLabel = "TYPE=FILE",
      description = "Adds a list of phrases (UTF-8, one a line) that the entity tagger tags TYPE;"
          + " repeatable.")
  List<String> gazetteers = new ArrayList<>();

  @Option(
      names = "--sentence-model",
      paramLabel = "MODEL",
      description = "An OpenNLP sentence model (from tawsim train-sentences) in place of the"
          + " shipped Arabic model.")
  Path sentenceModel;

  @Option(
      names = "--no-government-bodies",
      description = "Leaves a state's own government bodies untagged (ministries, the cabinet,"
          + " chambers of parliament, البيت الأبيض), as ANERcorp's conventions do.")
  boolean noGovernmentBodies;

  /** Returns the default pipeline with the user's lists, tagger settings and sentence model in it. */
  Pipeline pipeline() throws IOException {
    Pipeline p = Annotators.defaultPipeline();
    if (!gazetteers.isEmpty() || noGovernmentBodies) {
      p = p.replace(ArabicEntityTagger.class, tagger(gazetteers, false, !noGovernmentBodies));
    }
    if (sentenceModel != null) {
      p =
          p.replace(
              OpenNlpSentenceAnnotator.class, OpenNlpSentenceAnnotator.withModel(sentenceModel));
    }
    return p;
  }

  /**
   * Returns the default entity tagger with these {@code TYPE=FILE} lists added and these settings.
   *
   * @throws IllegalArgumentException naming an argument that is not {@code TYPE=FILE}
   * @throws IOException naming a list that cannot be read
   */
  static ArabicEntityTagger tagger(
      List<String> gazetteers, boolean stemOnly, boolean governmentBodies) throws IOException {
    ArabicEntityTagger.Builder b =
        ArabicEntityTagger.builder().stemOnly(stemOnly).governmentBodies(governmentBodies);
    for (String g : gazetteers) {
      int eq = g.indexOf('=');
      if (eq <= 0 || eq == g.length() - 1) {
        throw new IllegalArgumentException("--gazetteer: '" + g + "' is not TYPE=FILE");
      }
      b.addList(EntityType.of(g.substring(0, eq).strip()), Path.of(g.substring(eq + 1)));
    }
    return b.build();
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tawsim.annotate.PipelineSettings;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.core.EntityType;
import picocli.CommandLine.Option;

/** The entity tagger's options, shared by the commands that annotate and by {@code eval entities}. */
final class TaggerOptions {

  @Option(
      names = "--gazetteer",
      paramLabel = "TYPE=FILE",
      description = "Adds a list of phrases (UTF-8, one a line) that the entity tagger tags TYPE;"
          + " repeatable.")
  List<String> gazetteers = new ArrayList<>();

  @Option(
      names = "--no-government-bodies",
      description = "Leaves a state's own government bodies untagged (ministries, the cabinet,"
          + " chambers of parliament: مجلس النواب), as ANERcorp's conventions do.")
  boolean noGovernmentBodies;

  /**
   * Returns the settings with these {@code TYPE=FILE} lists (read now) and this setting added.
   *
   * @throws IllegalArgumentException naming an argument that is not {@code TYPE=FILE}
   * @throws IOException naming a list that cannot be read
   */
  PipelineSettings apply(PipelineSettings settings) throws IOException {
    PipelineSettings s = settings.withGovernmentBodies(!noGovernmentBodies);
    for (String g : gazetteers) {
      int eq = g.indexOf('=');
      if (eq <= 0 || eq == g.length() - 1) {
        throw new IllegalArgumentException("--gazetteer: '" + g + "' is not TYPE=FILE");
      }
      s = s.withList(EntityType.of(g.substring(0, eq).strip()), Path.of(g.substring(eq + 1)));
    }
    return s;
  }

  /**
   * Returns the default entity tagger with these lists and settings.
   *
   * @throws IllegalArgumentException naming an argument that is not {@code TYPE=FILE}
   * @throws IOException naming a list that cannot be read
   */
  ArabicEntityTagger tagger(boolean stemOnly) throws IOException {
    return apply(PipelineSettings.defaults()).entityTagger().stemOnly(stemOnly).build();
  }
}

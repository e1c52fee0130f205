/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Tawsim's annotators: zones, sentences (Apache OpenNLP), tokens, entities and quotations, with
 * their word lists and the shipped sentence model. Most users need only {@code
 * Annotators.defaultPipeline()}.
 *
 * <p>The packages that hold word lists are open to {@code org.tawsim.core} alone, whose {@code
 * WordLists.resource} reads them: resources of a named module's packages are encapsulated.
 */
// OpenNLP 2.5 and ICU4J ship no module descriptor: they are automatic modules, named by their
// manifests (org.apache.opennlp.tools, com.ibm.icu), which javac warns of on every build.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.tawsim.annotate {
  requires transitive org.tawsim.core;
  // A user trains and passes OpenNLP's SentenceModel, so it is part of this module's API.
  requires transitive org.apache.opennlp.tools;
  requires com.ibm.icu;

  exports org.tawsim.annotate;
  exports org.tawsim.annotate.entities;
  exports org.tawsim.annotate.quotes;
  exports org.tawsim.annotate.sentences;
  exports org.tawsim.annotate.tokens;
  exports org.tawsim.annotate.zones;

  opens org.tawsim.annotate to org.tawsim.core;
  opens org.tawsim.annotate.entities to org.tawsim.core;
  opens org.tawsim.annotate.quotes to org.tawsim.core;
  opens org.tawsim.annotate.sentences to org.tawsim.core;
  opens org.tawsim.annotate.zones to org.tawsim.core;
}

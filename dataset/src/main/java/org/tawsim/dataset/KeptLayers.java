/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.util.Set;
import org.tawsim.core.Annotation;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;

/**
 * Runs a pipeline over a document that arrived with layers (a person's corrections, say) without
 * replacing them: a step whose every layer the document already has is skipped; a step that also
 * makes others runs, and the layers the document came with are put back after it. Later steps
 * therefore read the given layers (the quotation tagger links speakers to the person's entities).
 */
final class KeptLayers {

  private KeptLayers() {}

  static Document annotate(Pipeline pipeline, Document d) {
    Set<Class<? extends Annotation>> given = d.layerKinds();
    if (given.isEmpty()) {
      return pipeline.annotate(d);
    }
    Document out = d;
    for (Annotator step : pipeline.steps()) {
      if (given.containsAll(step.produces())) {
        continue;
      }
      out = step.annotate(out);
      for (Class<? extends Annotation> kind : step.produces()) {
        if (given.contains(kind)) {
          out = copy(d, out, kind);
        }
      }
    }
    return out;
  }

  private static <A extends Annotation> Document copy(Document from, Document to, Class<A> kind) {
    return to.withLayer(kind, from.layer(kind));
  }
}

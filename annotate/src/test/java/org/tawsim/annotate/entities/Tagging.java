/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.StringJoiner;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;

/** Tags a sentence and writes all its entities, so that a test row states the exact output. */
final class Tagging {

  private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();
  static final ArabicEntityTagger TAGGER = ArabicEntityTagger.create();

  private Tagging() {}

  /** Returns every entity of the text as {@code text/TYPE}, joined by {@code "; "}, in order. */
  static String entities(ArabicEntityTagger tagger, String text) {
    Document d = tagger.annotate(TOKENIZER.annotate(Document.of("t", text)));
    StringJoiner out = new StringJoiner("; ");
    for (Entity e : d.layer(Entity.class)) {
      out.add(d.text(e.span()) + "/" + e.type());
    }
    return out.toString();
  }

  /** As {@link #entities(ArabicEntityTagger, String)} with the default tagger. */
  static String entities(String text) {
    return entities(TAGGER, text);
  }
}

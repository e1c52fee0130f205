/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.util.ArrayList;
import java.util.List;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Token;

/** Joins consecutive gold documents (sentences) into one, texts separated by a newline. */
final class DocumentGroups {

  private DocumentGroups() {}

  /** Returns the documents as one, with the id of the first; one document is returned as it is. */
  static Document concat(List<Document> docs) {
    if (docs.size() == 1) {
      return docs.get(0);
    }
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    for (Document d : docs) {
      if (text.length() > 0) {
        text.append('\n');
      }
      int shift = text.length();
      text.append(d.text());
      for (Sentence s : d.layer(Sentence.class)) {
        sentences.add(new Sentence(shift(s.span(), shift)));
      }
      for (Token t : d.layer(Token.class)) {
        tokens.add(new Token(shift(t.span(), shift), t.norm()));
      }
      for (Entity e : d.layer(Entity.class)) {
        entities.add(new Entity(shift(e.span(), shift), e.type(), e.source()));
      }
    }
    return Document.of(docs.get(0).id(), text.toString())
        .withLayer(Sentence.class, sentences)
        .withLayer(Token.class, tokens)
        .withLayer(Entity.class, entities);
  }

  private static Span shift(Span s, int by) {
    return new Span(s.begin() + by, s.end() + by);
  }
}

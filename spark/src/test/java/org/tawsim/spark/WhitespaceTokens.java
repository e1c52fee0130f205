/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.tawsim.annotate.zones.ZoneTagger;
import org.tawsim.core.Annotation;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Pipeline;
import org.tawsim.core.Span;
import org.tawsim.core.Token;

/**
 * A test annotator: one token per run of non-space characters, so that the Spark job has a real
 * layer to carry (the shipped pipeline may still be empty) and a text with {@code boom} fails.
 * The typed variant also tags each token of three or more ASCII capitals as an entity of that
 * type ({@code ZED} is of type ZED): types beyond the default list, for the hf label list.
 */
final class WhitespaceTokens implements Annotator {

  private final boolean typed;

  private WhitespaceTokens(boolean typed) {
    this.typed = typed;
  }

  /** How many pipelines {@link #pipeline()} made in this JVM. */
  static final AtomicInteger CREATED = new AtomicInteger();

  /** The factory the tests give the job: counts what it creates. */
  static Pipeline pipeline() {
    CREATED.incrementAndGet();
    return Pipeline.of(new WhitespaceTokens(false));
  }

  /** Tokens and entities of made-up types; no zones. */
  static Pipeline typedPipeline() {
    CREATED.incrementAndGet();
    return Pipeline.of(new WhitespaceTokens(true));
  }

  /** The zone tagger then this: a pipeline that can cut pages into articles. */
  static Pipeline zonedPipeline() {
    CREATED.incrementAndGet();
    return Pipeline.of(new ZoneTagger(), new WhitespaceTokens(false));
  }

  @Override
  public Document annotate(Document d) {
    String text = d.text();
    if (text.contains("boom")) {
      throw new IllegalStateException("the test annotator fails on 'boom'");
    }
    List<Token> tokens = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String word = text.substring(start, i);
        tokens.add(new Token(new Span(start, i), word));
        if (typed && word.matches("[A-Z]{3,}")) {
          entities.add(new Entity(new Span(start, i), EntityType.of(word), "test"));
        }
      }
    }
    Document out = d.withLayer(Token.class, tokens);
    return typed ? out.withLayer(Entity.class, entities) : out;
  }

  @Override
  public Set<Class<? extends Annotation>> requires() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends Annotation>> produces() {
    return typed ? Set.of(Token.class, Entity.class) : Set.of(Token.class);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.tawsim.core.Annotation;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Pipeline;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.core.Zone;
import org.tawsim.core.ZoneType;

/**
 * Small annotators for builder tests (export does not depend on annotate): zones by line
 * openings, a sentence per line, a token per run of non-spaces, a LOC entity for «بيروت». The
 * token step sleeps a random moment so that workers finish out of order.
 */
final class TestAnnotators {

  private TestAnnotators() {}

  static Pipeline pipeline() {
    return Pipeline.of(new Zones(), new Lines(), new Words(false));
  }

  static Pipeline jitteryPipeline() {
    return Pipeline.of(new Zones(), new Lines(), new Words(true));
  }

  /** Fails on a document whose text holds «FAIL»: the word step, made to throw there. */
  static Pipeline failingPipeline() {
    Words words = spy(new Words(false));
    doAnswer(
            call -> {
              throw new IllegalStateException("boom in " + call.<Document>getArgument(0).id());
            })
        .when(words)
        .annotate(argThat(d -> d.text().contains("FAIL")));
    return Pipeline.of(new Zones(), new Lines(), words);
  }

  static final class Zones implements Annotator {
    @Override
    public Document annotate(Document d) {
      List<Zone> zones = new ArrayList<>();
      String t = d.text();
      int start = 0;
      boolean first = true;
      while (start < t.length()) {
        int nl = t.indexOf('\n', start);
        int end = nl < 0 ? t.length() : nl;
        if (end > start) {
          String line = t.substring(start, end);
          ZoneType type =
              line.startsWith("المصدر:")
                  ? ZoneType.SOURCE
                  : line.startsWith("إقرأ أيضاً")
                      ? ZoneType.RELATED
                      : first && line.length() < 40 ? ZoneType.HEADLINE : ZoneType.BODY;
          zones.add(new Zone(new Span(start, end), type));
          first = type == ZoneType.RELATED;
        }
        start = end + 1;
      }
      return d.withLayer(Zone.class, zones);
    }

    @Override
    public Set<Class<? extends Annotation>> requires() {
      return Set.of();
    }

    @Override
    public Set<Class<? extends Annotation>> produces() {
      return Set.of(Zone.class);
    }
  }

  static final class Lines implements Annotator {
    @Override
    public Document annotate(Document d) {
      List<Sentence> s = new ArrayList<>();
      for (Zone z : d.layer(Zone.class)) {
        s.add(new Sentence(z.span()));
      }
      return d.withLayer(Sentence.class, s);
    }

    @Override
    public Set<Class<? extends Annotation>> requires() {
      return Set.of(Zone.class);
    }

    @Override
    public Set<Class<? extends Annotation>> produces() {
      return Set.of(Sentence.class);
    }
  }

  static class Words implements Annotator {
    private final boolean jitter;

    Words(boolean jitter) {
      this.jitter = jitter;
    }

    @Override
    public Document annotate(Document d) {
      if (jitter) {
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(2_000_000));
      }
      List<Token> tokens = new ArrayList<>();
      List<Entity> entities = new ArrayList<>();
      String t = d.text();
      int i = 0;
      while (i < t.length()) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
          i++;
        }
        int b = i;
        while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
          i++;
        }
        if (i > b) {
          Span span = new Span(b, i);
          tokens.add(new Token(span, t.substring(b, i)));
          if (t.substring(b, i).equals("بيروت")) {
            entities.add(new Entity(span, EntityType.LOC, "test"));
          }
        }
      }
      return d.withLayer(Token.class, tokens).withLayer(Entity.class, entities);
    }

    @Override
    public Set<Class<? extends Annotation>> requires() {
      return Set.of(Sentence.class);
    }

    @Override
    public Set<Class<? extends Annotation>> produces() {
      return Set.of(Token.class, Entity.class);
    }
  }
}

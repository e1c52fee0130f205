/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {

  /** A step that adds one empty layer and requires others. */
  private record Step(
      String name, Set<Class<? extends Annotation>> requires, Class<? extends Annotation> out)
      implements Annotator {
    @Override
    public Document annotate(Document d) {
      for (Class<? extends Annotation> r : requires) {
        if (!d.hasLayer(r)) {
          throw new IllegalStateException(name + " ran without " + r.getSimpleName());
        }
      }
      return d.withLayer(out, List.of());
    }

    @Override
    public Set<Class<? extends Annotation>> produces() {
      return Set.of(out);
    }
  }

  private static final Annotator TOKENIZER = new Step("Tokenizer", Set.of(), Token.class);
  private static final Annotator ENTITIES =
      new Step("EntityTagger", Set.of(Token.class), Entity.class);

  @Test
  void runsStepsInOrder() {
    Document d = Pipeline.of(TOKENIZER, ENTITIES).annotate(Document.of("d", "نص"));
    assertTrue(d.hasLayer(Token.class));
    assertTrue(d.hasLayer(Entity.class));
  }

  @Test
  void failsAtConstructionWhenEntityStepComesBeforeTokenStep() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Pipeline.of(ENTITIES, TOKENIZER));
    String m = e.getMessage();
    assertTrue(m.contains("EntityTagger"), m);
    assertTrue(m.contains("Tokenizer"), m);
    assertTrue(m.contains("Token layer"), m);
  }

  @Test
  void failsWhenNoStepProducesARequirement() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Pipeline.of(ENTITIES));
    assertTrue(e.getMessage().contains("no earlier step produces"), e.getMessage());
  }

  @Test
  void acceptsLayersGivenByTheInput() {
    Pipeline p = Pipeline.on(Set.of(Token.class), List.of(ENTITIES));
    assertEquals(Set.of(Token.class), p.requires());
    assertEquals(Set.of(Entity.class), p.produces());
  }

  @Test
  void emptyPipelineReturnsTheDocument() {
    Document d = Document.of("d", "نص");
    assertEquals(d, Pipeline.of().annotate(d));
  }

  /** A second kind of step, so that replace can tell steps apart by class. */
  private record Rule(String name) implements Annotator {
    @Override
    public Document annotate(Document d) {
      return d.withLayer(Zone.class, List.of());
    }

    @Override
    public Set<Class<? extends Annotation>> requires() {
      return Set.of(Entity.class);
    }

    @Override
    public Set<Class<? extends Annotation>> produces() {
      return Set.of(Zone.class);
    }
  }

  @Test
  void replaceSwapsTheFirstStepOfAClassForOneOrMoreSteps() {
    Pipeline p = Pipeline.of(TOKENIZER, ENTITIES, new Rule("rule"));
    Annotator mine = new Step("MyTokenizer", Set.of(), Token.class);

    assertEquals(List.of(mine, ENTITIES, new Rule("rule")), p.replace(Step.class, mine).steps());
    assertEquals(
        List.of(TOKENIZER, ENTITIES, new Rule("a"), new Rule("b")),
        p.replace(Rule.class, new Rule("a"), new Rule("b")).steps());
    assertEquals(List.of(TOKENIZER, ENTITIES), p.replace(Rule.class).steps());
  }

  @Test
  void replaceChecksTheNewOrderAndNamesAMissingClass() {
    Pipeline p = Pipeline.of(TOKENIZER, ENTITIES, new Rule("rule"));
    IllegalArgumentException unmet =
        assertThrows(IllegalArgumentException.class, () -> p.replace(Step.class));
    assertTrue(unmet.getMessage().contains("Token layer"), unmet.getMessage());
    IllegalArgumentException absent =
        assertThrows(
            IllegalArgumentException.class, () -> Pipeline.of(TOKENIZER).replace(Rule.class));
    assertTrue(absent.getMessage().contains("Rule"), absent.getMessage());
  }
}

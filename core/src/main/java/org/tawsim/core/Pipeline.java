/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Annotators run in order, checked when built.
 *
 * <p>{@link #of(Annotator...)} fails at once when a step requires a layer that no earlier step
 * produces, with a message that names the step, the layer and the later step that produces it, if
 * any. A pipeline is itself an {@link Annotator}: it requires what its steps need from outside
 * (nothing, for a pipeline built with {@code of}) and produces the union of what they produce. It is
 * thread-safe when its steps are.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(OpenNlpSentenceAnnotator.withModel(model), new ArabicTokenizer());
 * Document annotated = p.annotate(Document.of("id", text));
 * // the default pipeline with a tagger that knows the user's lists, and a rule after it
 * Pipeline mine = Annotators.defaultPipeline().replace(ArabicEntityTagger.class, tagger, rule);
 * }</pre>
 */
public final class Pipeline implements Annotator {

  private final List<Annotator> steps;
  private final Set<Class<? extends Annotation>> requires;
  private final Set<Class<? extends Annotation>> produces;

  private Pipeline(
      List<Annotator> steps,
      Set<Class<? extends Annotation>> requires,
      Set<Class<? extends Annotation>> produces) {
    this.steps = steps;
    this.requires = requires;
    this.produces = produces;
  }

  /**
   * {@return a pipeline of these steps for documents that start with no layers}
   *
   * @param steps the annotators, in the order they run
   * @throws IllegalArgumentException when a step requires a layer no earlier step produces
   */
  public static Pipeline of(Annotator... steps) {
    return of(List.of(steps));
  }

  /**
   * {@return a pipeline of these steps for documents that start with no layers}
   *
   * @param steps the annotators, in the order they run
   * @throws IllegalArgumentException when a step requires a layer no earlier step produces
   */
  public static Pipeline of(List<? extends Annotator> steps) {
    return on(Set.of(), steps);
  }

  /**
   * {@return a pipeline of these steps for documents that already carry the {@code given} layers
   * (read from a file, say); the pipeline then requires them}
   *
   * @param given the layers every input document carries
   * @param steps the annotators, in the order they run
   * @throws IllegalArgumentException when a step requires a layer that is neither given nor
   *     produced by an earlier step
   */
  public static Pipeline on(
      Set<Class<? extends Annotation>> given, List<? extends Annotator> steps) {
    Objects.requireNonNull(given, "given");
    List<Annotator> list = List.copyOf(steps);
    Map<Class<? extends Annotation>, Annotator> producer = new HashMap<>();
    Set<Class<? extends Annotation>> produced = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Annotator step = list.get(i);
      for (Class<? extends Annotation> need : step.requires()) {
        if (!given.contains(need) && !producer.containsKey(need)) {
          throw new IllegalArgumentException(missing(list, i, need));
        }
      }
      for (Class<? extends Annotation> out : step.produces()) {
        producer.putIfAbsent(out, step);
        produced.add(out);
      }
    }
    return new Pipeline(
        list,
        Collections.unmodifiableSet(new LinkedHashSet<>(given)),
        Collections.unmodifiableSet(produced));
  }

  private static String missing(List<Annotator> steps, int index, Class<?> need) {
    Annotator step = steps.get(index);
    StringBuilder msg =
        new StringBuilder("pipeline step ")
            .append(index + 1)
            .append(" (")
            .append(step.name())
            .append(") requires the ")
            .append(need.getSimpleName())
            .append(" layer, which no earlier step produces");
    for (int j = index + 1; j < steps.size(); j++) {
      if (steps.get(j).produces().contains(need)) {
        msg.append("; ")
            .append(steps.get(j).name())
            .append(" produces it at step ")
            .append(j + 1)
            .append(": move it before ")
            .append(step.name());
        return msg.toString();
      }
    }
    return msg.append("; add a step that produces it").toString();
  }

  /**
   * {@return this pipeline with its first step of the given class replaced by {@code replacement}
   * (one step or more, in order; none removes the step), checked as {@link #on(Set, List)} checks}
   *
   * @param type the class of the step to replace
   * @param replacement the steps that take its place
   * @throws IllegalArgumentException when no step is of that class, or when the new order leaves
   *     a requirement unmet
   */
  public Pipeline replace(Class<? extends Annotator> type, Annotator... replacement) {
    Objects.requireNonNull(type, "type");
    for (int i = 0; i < steps.size(); i++) {
      if (type.isInstance(steps.get(i))) {
        List<Annotator> changed = new ArrayList<>(steps.subList(0, i));
        changed.addAll(List.of(replacement));
        changed.addAll(steps.subList(i + 1, steps.size()));
        return on(requires, changed);
      }
    }
    throw new IllegalArgumentException(
        "no step of " + name() + " is a " + type.getSimpleName() + " to replace");
  }

  /** {@return the steps in order} */
  public List<Annotator> steps() {
    return steps;
  }

  @Override
  public Document annotate(Document document) {
    Document d = Objects.requireNonNull(document, "document");
    for (Annotator step : steps) {
      d = step.annotate(d);
    }
    return d;
  }

  @Override
  public Set<Class<? extends Annotation>> requires() {
    return requires;
  }

  @Override
  public Set<Class<? extends Annotation>> produces() {
    return produces;
  }

  @Override
  public String name() {
    List<String> names = new ArrayList<>();
    steps.forEach(s -> names.add(s.name()));
    return "Pipeline" + names;
  }
}

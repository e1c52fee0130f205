/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Span;

/**
 * Scores predicted entities against gold ones the way CoNLL's {@code conlleval} does: an entity is
 * correct when a gold entity has exactly its span and its type; precision, recall and F1 are
 * reported overall (micro-averaged) and per type.
 *
 * <pre>{@code
 * EntityScorer scorer = new EntityScorer();
 * for (...) scorer.add(gold.layer(Entity.class), predicted.layer(Entity.class));
 * System.out.print(scorer.report());
 * }</pre>
 *
 * <p>Only spans and types count, never the source. Duplicate entities (same span and type) count
 * once, as a tag sequence cannot hold them twice. Not thread-safe: one scorer per evaluation.
 */
public final class EntityScorer {

  private final Map<EntityType, int[]> counts = new HashMap<>();
  private int documents;

  /** Creates a scorer that has counted no documents yet. */
  public EntityScorer() {}

  /**
   * Adds one document's entities (or one sentence's): gold and predicted over the same text.
   *
   * @param gold the gold entities
   * @param predicted the predicted entities
   */
  public void add(List<Entity> gold, List<Entity> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    Set<Key> goldKeys = keys(gold);
    Set<Key> predictedKeys = keys(predicted);
    for (Key k : goldKeys) {
      count(k.type)[0]++;
    }
    for (Key k : predictedKeys) {
      int[] c = count(k.type);
      c[1]++;
      if (goldKeys.contains(k)) {
        c[2]++;
      }
    }
    documents++;
  }

  private int[] count(EntityType type) {
    return counts.computeIfAbsent(type, t -> new int[3]);
  }

  private static Set<Key> keys(List<Entity> entities) {
    Set<Key> keys = new HashSet<>();
    for (Entity e : entities) {
      keys.add(new Key(e.span(), e.type()));
    }
    return keys;
  }

  /**
   * {@return the scores per type, sorted by type name, of every type seen in gold or predictions}
   */
  public SortedMap<EntityType, Score> byType() {
    SortedMap<EntityType, Score> out = new TreeMap<>();
    counts.forEach((t, c) -> out.put(t, new Score(c[0], c[1], c[2])));
    return Collections.unmodifiableSortedMap(out);
  }

  /** {@return the micro-averaged score over all types} */
  public Score overall() {
    Score s = new Score(0, 0, 0);
    for (Score t : byType().values()) {
      s = s.plus(t);
    }
    return s;
  }

  /**
   * {@return the micro-averaged score over some types only (types never seen count zero)}
   *
   * @param types the types to count
   */
  public Score overall(Set<EntityType> types) {
    Score s = new Score(0, 0, 0);
    for (Map.Entry<EntityType, Score> e : byType().entrySet()) {
      if (types.contains(e.getKey())) {
        s = s.plus(e.getValue());
      }
    }
    return s;
  }

  /** {@return the number of calls to {@link #add}} */
  public int documents() {
    return documents;
  }

  /**
   * {@return a report in conlleval's layout: the overall line, then one line per type, percentages
   * with two decimals, lines ending in {@code \n}}
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    Score all = overall();
    sb.append(String.format(Locale.ROOT,
        "found: %d phrases; correct: %d; gold: %d.%n", all.predicted(), all.correct(), all.gold())
        .replace(System.lineSeparator(), "\n"));
    sb.append(line("overall", all));
    byType().forEach((t, s) -> sb.append(line(t.name(), s)));
    return sb.toString();
  }

  private static String line(String name, Score s) {
    return String.format(Locale.ROOT,
        "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d (gold %d)", name,
        100 * s.precision(), 100 * s.recall(), 100 * s.f1(), s.predicted(), s.gold()) + "\n";
  }

  private record Key(Span span, EntityType type) {}
}

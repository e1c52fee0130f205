/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tawsim.core.Annotation;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.Quotation;
import org.tawsim.core.Sentence;
import org.tawsim.core.Token;
import org.tawsim.export.HumanLayers;

/**
 * Counts of what one split holds: documents, characters (code points), sentences, tokens, entities
 * per type and quotations per kind, and the documents with human and with machine layers (a
 * corrected document with the machine's tokens counts as both). Types and kinds are kept sorted so
 * that reports are stable.
 * Mutable and not thread-safe: the builder fills it from one thread; a job that counts in parallel
 * (such as the Spark job) fills one per task and adds them up. Serializable for that.
 */
public final class SplitStats implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** Documents counted. */
  private long documents;

  /** Characters of their texts. */
  private long characters;

  /** Sentences of their sentence layers. */
  private long sentences;

  /** Tokens of their token layers. */
  private long tokens;

  /** Layers marked as made by people. */
  private long humanLayers;

  /** Layers marked as made by a machine. */
  private long machineLayers;

  /** Entities by type name, sorted. */
  private final Map<String, Long> entities = new TreeMap<>();

  /** Quotations by kind label, sorted. */
  private final Map<String, Long> quotations = new TreeMap<>();

  /** Returns empty counts. */
  public SplitStats() {}

  /**
   * Counts one document written to the split, with its sentences, tokens, entities, quotations.
   *
   * @param d a document written to the split
   */
  public void add(Document d) {
    documents++;
    characters += d.text().codePointCount(0, d.text().length());
    sentences += d.layer(Sentence.class).size();
    tokens += d.layer(Token.class).size();
    Set<Class<? extends Annotation>> human = HumanLayers.of(d);
    if (!human.isEmpty()) {
      humanLayers++;
    }
    if (!human.containsAll(d.layerKinds())) {
      machineLayers++;
    }
    for (Entity e : d.layer(Entity.class)) {
      entities.merge(e.type().name(), 1L, Long::sum);
    }
    for (Quotation q : d.layer(Quotation.class)) {
      quotations.merge(q.kind().label(), 1L, Long::sum);
    }
  }

  /**
   * Adds the counts of another split's statistics (in any order: the sums are the same).
   *
   * @param other the statistics of another split
   */
  public void addAll(SplitStats other) {
    documents += other.documents;
    characters += other.characters;
    sentences += other.sentences;
    tokens += other.tokens;
    humanLayers += other.humanLayers;
    machineLayers += other.machineLayers;
    other.entities.forEach((k, v) -> entities.merge(k, v, Long::sum));
    other.quotations.forEach((k, v) -> quotations.merge(k, v, Long::sum));
  }

  /** {@return the number of documents} */
  public long documents() {
    return documents;
  }

  /** {@return the number of characters, in code points} */
  public long characters() {
    return characters;
  }

  /** {@return the number of sentences} */
  public long sentences() {
    return sentences;
  }

  /** {@return the number of tokens} */
  public long tokens() {
    return tokens;
  }

  /** {@return the number of documents with a layer a person made ({@link HumanLayers})} */
  public long humanLayers() {
    return humanLayers;
  }

  /** {@return the number of documents with a layer the annotators made (any not marked human)} */
  public long machineLayers() {
    return machineLayers;
  }

  /** {@return the number of entities per type name, sorted by name} */
  public Map<String, Long> entities() {
    return Collections.unmodifiableMap(entities);
  }

  /** {@return the number of entities of all types} */
  public long entityCount() {
    return entities.values().stream().mapToLong(Long::longValue).sum();
  }

  /** {@return the number of quotations per kind label, sorted by label} */
  public Map<String, Long> quotations() {
    return Collections.unmodifiableMap(quotations);
  }

  /** {@return the number of quotations of all kinds} */
  public long quotationCount() {
    return quotations.values().stream().mapToLong(Long::longValue).sum();
  }
}

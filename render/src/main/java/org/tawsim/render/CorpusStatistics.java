/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.render;

import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.Sentence;
import org.tawsim.core.Token;
import org.tawsim.core.Zone;
import org.tawsim.core.ZoneType;

/**
 * Counts over the documents seen so far: what the corpus view charts.
 *
 * <p>Memory grows with the number of distinct entity types and distinct sentence lengths, not with
 * the number of documents. Sentence length is counted in words: maximal runs of characters that
 * are not whitespace, so it needs no token layer and means the same for every document. Characters
 * are counted in code points. Not thread-safe.
 */
final class CorpusStatistics {

  private long documents;
  private long characters;
  private long sentences;
  private long tokens;
  private long entities;
  private long quotations;
  private long quotationsWithSpeaker;
  private final SortedMap<EntityType, Long> entitiesByType = new TreeMap<>();
  private final Map<QuoteKind, Long> quotationsByKind = new EnumMap<>(QuoteKind.class);
  private final Map<ZoneType, Long> zonesByType = new EnumMap<>(ZoneType.class);
  private final SortedMap<Integer, Long> sentenceLengths = new TreeMap<>();

  /** Adds a document's counts. */
  void add(Document d) {
    documents++;
    characters += d.text().codePointCount(0, d.text().length());
    for (Sentence s : d.layer(Sentence.class)) {
      sentences++;
      sentenceLengths.merge(words(d.text(), s.span().begin(), s.span().end()), 1L, Long::sum);
    }
    tokens += d.layer(Token.class).size();
    for (Entity e : d.layer(Entity.class)) {
      entities++;
      entitiesByType.merge(e.type(), 1L, Long::sum);
    }
    for (Quotation q : d.layer(Quotation.class)) {
      quotations++;
      quotationsByKind.merge(q.kind(), 1L, Long::sum);
      if (q.speaker() != null) {
        quotationsWithSpeaker++;
      }
    }
    for (Zone z : d.layer(Zone.class)) {
      zonesByType.merge(z.type(), 1L, Long::sum);
    }
  }

  /** Returns the number of words of {@code text[begin, end)}: runs of non-whitespace characters. */
  static int words(String text, int begin, int end) {
    int count = 0;
    boolean inWord = false;
    for (int i = begin; i < end; i++) {
      boolean space = Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  long documents() {
    return documents;
  }

  long characters() {
    return characters;
  }

  long sentences() {
    return sentences;
  }

  long tokens() {
    return tokens;
  }

  long entities() {
    return entities;
  }

  long quotations() {
    return quotations;
  }

  long quotationsWithSpeaker() {
    return quotationsWithSpeaker;
  }

  /** Entity counts by type, sorted by type name. */
  SortedMap<EntityType, Long> entitiesByType() {
    return entitiesByType;
  }

  /** Quotation counts by kind, in the kinds' order; kinds never seen are absent. */
  Map<QuoteKind, Long> quotationsByKind() {
    return quotationsByKind;
  }

  /** Zone counts by type, in the types' order; types never seen are absent. */
  Map<ZoneType, Long> zonesByType() {
    return zonesByType;
  }

  /** How many sentences have each length in words, by length. */
  SortedMap<Integer, Long> sentenceLengths() {
    return sentenceLengths;
  }
}

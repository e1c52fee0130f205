/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.core.TokenList;

/**
 * A document seen as token formats see it: sentences of tokens, and entities as {@link Chunk}s over
 * those tokens. The CoNLL, CoNLL-U, spaCy and Hugging Face writers all start here, so that they
 * agree on what they write.
 *
 * <p>Rules, each counted in the {@link ExportReport} with a warning naming the document:
 *
 * <ul>
 *   <li>A document without a {@link Sentence} layer is one sentence. Tokens belong to the sentence
 *       in which they begin; a run of tokens outside every sentence forms a sentence of its own, so
 *       no token is lost. Sentences without tokens are not written.
 *   <li>An empty token is skipped (it has no text to write).
 *   <li>An entity off token boundaries is widened to the tokens it overlaps or dropped, as the
 *       {@link BoundaryPolicy} says. An entity that covers no token, crosses a sentence end, or
 *       overlaps an entity kept before it (nested entities: the outer one is kept, as the layer
 *       order puts it first) is dropped, since one tag per token cannot hold it.
 * </ul>
 *
 * <p>A document without a {@link Token} layer cannot be aligned: {@link #of} fails naming it.
 * Immutable once built.
 */
public final class TokenAlignment {

  private final Document document;
  private final TokenList tokens;
  /** Token index where each sentence starts, plus one entry for the end. */
  private final int[] sentenceStarts;
  private final List<List<Chunk>> chunks;

  private TokenAlignment(
      Document document, TokenList tokens, int[] sentenceStarts, List<List<Chunk>> chunks) {
    this.document = document;
    this.tokens = tokens;
    this.sentenceStarts = sentenceStarts;
    this.chunks = chunks;
  }

  /**
   * Aligns a document.
   *
   * @param d the document, with token and sentence layers
   * @param policy what happens to entities off token boundaries
   * @param report where adjustments are counted
   * @return the alignment
   * @throws InvalidInputException naming the document when it has no token layer
   */
  public static TokenAlignment of(Document d, BoundaryPolicy policy, ExportReport report)
      throws InvalidInputException {
    Objects.requireNonNull(d, "document");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(report, "report");
    if (!d.hasLayer(Token.class)) {
      throw new InvalidInputException("document '" + d.id() + "'", "",
          "has no token layer; token formats need tokens (run the tokenizer first)");
    }
    // read through the list's int accessors: get(i) makes a Token and a Span on every call, and
    // each writer of a build aligns every document
    TokenList all = d.tokens();
    TokenList tokens = all;
    for (int i = 0; i < all.size(); i++) {
      if (all.begin(i) == all.end(i)) {
        tokens = withoutEmpty(d, all, report);
        break;
      }
    }
    int n = tokens.size();
    int[] group = new int[n];
    int[] starts = groups(d, tokens, group);
    List<List<Chunk>> chunks = new ArrayList<>(starts.length - 1);
    for (int i = 0; i + 1 < starts.length; i++) {
      chunks.add(new ArrayList<>());
    }
    if (d.hasLayer(Entity.class)) {
      int[] lastEnd = new int[starts.length - 1];
      // entities come sorted by begin, so the first token each overlaps only moves forward
      int first = 0;
      for (Entity e : d.layer(Entity.class)) {
        int begin = e.span().begin();
        while (first < n && tokens.end(first) <= begin) {
          first++;
        }
        align(d, e, first, tokens, group, starts, chunks, lastEnd, policy, report);
      }
    }
    return new TokenAlignment(d, tokens, starts, chunks);
  }

  /** The tokens but the empty ones, each of which is reported as skipped. */
  private static TokenList withoutEmpty(Document d, TokenList all, ExportReport report) {
    TokenList.Builder kept = TokenList.builder(all.size());
    for (int i = 0; i < all.size(); i++) {
      if (all.begin(i) == all.end(i)) {
        report.tokenSkipped(
            "document '" + d.id() + "': empty token at " + all.get(i).span() + " skipped");
      } else {
        kept.add(all.begin(i), all.end(i), all.norm(i));
      }
    }
    return kept.build();
  }

  /** Fills each token's group (sentence) number; returns the start token of each group plus n. */
  private static int[] groups(Document d, TokenList tokens, int[] group) {
    List<Sentence> sentences =
        d.hasLayer(Sentence.class) ? d.layer(Sentence.class) : List.of(new Sentence(new Span(0, d.text().length())));
    int n = tokens.size();
    int[] starts = new int[n + 1];
    int groups = 0;
    int s = 0;
    int previousKey = 0;
    for (int i = 0; i < n; i++) {
      int begin = tokens.begin(i);
      while (s < sentences.size() && sentences.get(s).span().end() <= begin) {
        s++;
      }
      // inside sentence s: key s; in the gap before sentence s (or after the last): key -1 - s
      int key = s < sentences.size() && sentences.get(s).span().begin() <= begin ? s : -1 - s;
      if (key != previousKey || i == 0) {
        starts[groups++] = i;
      }
      group[i] = groups - 1;
      previousKey = key;
    }
    starts[groups] = n;
    return java.util.Arrays.copyOf(starts, groups + 1);
  }

  private static void align(Document d, Entity e, int first, TokenList tokens, int[] group,
      int[] starts, List<List<Chunk>> chunks, int[] lastEnd, BoundaryPolicy policy,
      ExportReport report) {
    Span span = e.span();
    // the last token beginning before the entity's end, searched forward from the first
    int last = first - 1;
    while (last + 1 < tokens.size() && tokens.begin(last + 1) < span.end()) {
      last++;
    }
    if (first > last || span.isEmpty()) {
      report.entityDropped(describe(d, e) + " covers no token; dropped");
      return;
    }
    if (group[first] != group[last]) {
      report.entityDropped(describe(d, e) + " crosses a sentence end; dropped");
      return;
    }
    int g = group[first];
    int start = first - starts[g];
    int end = last + 1 - starts[g];
    if (start < lastEnd[g]) {
      report.entityDropped(describe(d, e) + " overlaps an entity before it; dropped");
      return;
    }
    Span covered = new Span(tokens.begin(first), tokens.end(last));
    if (!covered.equals(span)) {
      if (policy == BoundaryPolicy.DROP) {
        report.entityDropped(describe(d, e) + " is not on token boundaries; dropped");
        return;
      }
      report.entityExpanded(describe(d, e) + " is not on token boundaries; expanded to "
          + covered + " '" + d.text(covered) + "'");
    }
    chunks.get(g).add(new Chunk(start, end, e.type()));
    lastEnd[g] = end;
  }

  private static String describe(Document d, Entity e) {
    return "document '" + d.id() + "': entity " + e.type() + " " + e.span() + " '" + d.text(e.span()) + "'";
  }

  /** {@return the document aligned} */
  public Document document() {
    return document;
  }

  /** {@return the tokens written, empty ones left out, in order} */
  public TokenList tokens() {
    return tokens;
  }

  /** {@return the number of sentences with at least one token} */
  public int sentenceCount() {
    return sentenceStarts.length - 1;
  }

  /**
   * {@return the index in {@link #tokens()} of the first token of sentence {@code s}}
   *
   * @param s the sentence's index
   */
  public int sentenceStart(int s) {
    return sentenceStarts[s];
  }

  /**
   * {@return the index in {@link #tokens()} just past the last token of sentence {@code s}}
   *
   * @param s the sentence's index
   */
  public int sentenceEnd(int s) {
    return sentenceStarts[s + 1];
  }

  /**
   * {@return the entities of sentence {@code s}, token indices relative to the sentence, sorted}
   *
   * @param s the sentence's index
   */
  public List<Chunk> chunks(int s) {
    return chunks.get(s);
  }
}

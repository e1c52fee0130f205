/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.tawsim.core.Span;

/**
 * Scores a tokenizer against gold tokens ({@link UdTokenGold}): each sentence's text is tokenized
 * on its own. A token counts as matched when gold and prediction have exactly the same span.
 * Boundary scores compare the sets of token begin and end offsets instead, so one wrong split
 * costs less there.
 *
 * <pre>{@code
 * ArabicTokenizer t = new ArabicTokenizer();
 * TokenScorer.Result r = TokenScorer.score(UdTokenGold.read(conllu), t::spans);
 * System.out.print(r.report(conllu.toString(), 20));
 * }</pre>
 */
public final class TokenScorer {

  private TokenScorer() {}

  /**
   * Scores the tokenizer on the gold sentences.
   *
   * @param tokenizer the token spans of a text, in order
   * @param gold the gold sentences and tokens
   * @return the scores and the disagreements
   */
  public static Result score(UdTokenGold.Gold gold, Function<String, List<Span>> tokenizer) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(tokenizer, "tokenizer");
    Score tokens = new Score(0, 0, 0);
    Score boundaries = new Score(0, 0, 0);
    List<String> disagreements = new ArrayList<>();
    for (UdTokenGold.Sentence s : gold.sentences()) {
      List<Span> predicted = tokenizer.apply(s.text());
      tokens = tokens.plus(Score.of(new HashSet<>(s.tokens()), new HashSet<>(predicted)));
      boundaries = boundaries.plus(Score.of(boundaries(s.tokens()), boundaries(predicted)));
      disagreements.addAll(disagreements(s, s.tokens(), predicted));
    }
    return new Result(gold.sentences().size(), gold.notAligned(), tokens, boundaries, disagreements);
  }

  private static Set<Integer> boundaries(List<Span> spans) {
    Set<Integer> set = new HashSet<>();
    for (Span s : spans) {
      set.add(s.begin());
      set.add(s.end());
    }
    return set;
  }

  /** Groups of overlapping gold and predicted tokens that do not match one to one. */
  private static List<String> disagreements(
      UdTokenGold.Sentence s, List<Span> gold, List<Span> predicted) {
    List<String> out = new ArrayList<>();
    int g = 0;
    int p = 0;
    while (g < gold.size() || p < predicted.size()) {
      if (g < gold.size() && p < predicted.size() && gold.get(g).equals(predicted.get(p))) {
        g++;
        p++;
        continue;
      }
      // grow a cluster of overlapping spans from the earliest unmatched one
      int gStart = g;
      int pStart = p;
      int end = Math.max(
          g < gold.size() ? gold.get(g).end() : -1, p < predicted.size() ? predicted.get(p).end() : -1);
      boolean grew = true;
      while (grew) {
        grew = false;
        if (g < gold.size() && gold.get(g).begin() < end) {
          end = Math.max(end, gold.get(g++).end());
          grew = true;
        }
        if (p < predicted.size() && predicted.get(p).begin() < end) {
          end = Math.max(end, predicted.get(p++).end());
          grew = true;
        }
      }
      out.add(s.id() + ": gold " + render(s.text(), gold.subList(gStart, g))
          + " tokens " + render(s.text(), predicted.subList(pStart, p)));
    }
    return out;
  }

  private static String render(String text, List<Span> spans) {
    StringBuilder sb = new StringBuilder("[");
    for (Span sp : spans) {
      if (sb.length() > 1) {
        sb.append(" | ");
      }
      sb.append(sp.coveredText(text));
    }
    return sb.append(']').toString();
  }

  /**
   * The scores of one run.
   *
   * @param sentences the sentences scored
   * @param notAligned the ids of the gold sentences left out
   * @param tokens exact token spans
   * @param boundaries token begin and end offsets
   * @param disagreements one line per group of tokens that differ, {@code id: gold [..] tokens [..]}
   */
  public record Result(
      int sentences, List<String> notAligned, Score tokens, Score boundaries,
      List<String> disagreements) {

    /**
     * Copies the lists.
     *
     * @param sentences the sentences scored
     * @param notAligned the ids of the gold sentences left out
     * @param tokens exact token spans
     * @param boundaries token begin and end offsets
     * @param disagreements one line per group of tokens that differ
     */
    public Result {
      notAligned = List.copyOf(notAligned);
      disagreements = List.copyOf(disagreements);
    }

    /**
     * {@return the report {@code tawsim eval tokens} prints, with the first {@code show}
     * disagreements}
     *
     * @param goldName the gold file's name, for the first line
     * @param show how many disagreements to list
     */
    public String report(String goldName, int show) {
      StringBuilder sb = new StringBuilder();
      sb.append("gold: ").append(goldName).append('\n');
      sb.append("sentences: ").append(sentences)
          .append(" (not aligned, left out: ").append(notAligned.size()).append(")\n");
      sb.append(String.format(Locale.ROOT, "tokens: gold %d, predicted %d, matched %d\n",
          tokens.gold(), tokens.predicted(), tokens.correct()));
      sb.append(line("token", tokens));
      sb.append(line("boundary", boundaries));
      sb.append("disagreements: ").append(disagreements.size()).append('\n');
      disagreements.stream().limit(show).forEach(d -> sb.append("  ").append(d).append('\n'));
      notAligned.stream().limit(show).forEach(id -> sb.append("  not aligned: ").append(id).append('\n'));
      return sb.toString();
    }

    private static String line(String what, Score s) {
      return String.format(Locale.ROOT, "%s precision %.4f recall %.4f F1 %.4f\n",
          what, s.precision(), s.recall(), s.f1());
    }
  }
}

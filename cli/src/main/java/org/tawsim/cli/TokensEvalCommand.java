package org.tawsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tawsim eval tokens}: scores the tokenizer against the tokens of a UD treebank.
 *
 * <p>Gold tokens are the treebank's whitespace words with punctuation split off (see {@link
 * UdTokenGold}); each sentence's {@code # text} is tokenized on its own. A token counts as matched
 * when gold and prediction have exactly the same span. Boundary scores compare the sets of token
 * begin and end offsets instead, so one wrong split costs less there.
 */
@Command(
    name = "tokens",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the tokenizer against a Universal Dependencies CoNLL-U file: token precision,"
          + " recall and F1 (exact spans), and the same over token boundaries.",
      "Gold tokens: whitespace words with punctuation split off (clitic words glued back)."
    })
final class TokensEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "A CoNLL-U file.")
  Path gold;

  @Option(
      names = "--show",
      paramLabel = "N",
      description = "Print the first N disagreements. Default: ${DEFAULT-VALUE}.")
  int show = 20;

  @Override
  public Integer call() throws IOException {
    Result r = evaluate(UdTokenGold.read(gold), new ArabicTokenizer());
    PrintWriter out = spec.commandLine().getOut();
    out.print(r.report(gold.toString(), show));
    out.flush();
    return 0;
  }

  /** Scores the tokenizer on the gold sentences. */
  static Result evaluate(UdTokenGold.Gold gold, ArabicTokenizer tokenizer) {
    Counts tokens = new Counts();
    Counts boundaries = new Counts();
    List<String> disagreements = new ArrayList<>();
    for (UdTokenGold.Sentence s : gold.sentences()) {
      List<Span> predicted = tokenizer.spans(s.text());
      Set<Span> goldSet = new HashSet<>(s.tokens());
      Set<Span> predSet = new HashSet<>(predicted);
      tokens.add(goldSet, predSet);
      boundaries.add(boundaries(s.tokens()), boundaries(predicted));
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

  /** Matched, gold and predicted counts. */
  static final class Counts {
    long matched;
    long gold;
    long predicted;

    <T> void add(Set<T> goldSet, Set<T> predSet) {
      gold += goldSet.size();
      predicted += predSet.size();
      for (T t : predSet) {
        if (goldSet.contains(t)) {
          matched++;
        }
      }
    }

    double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The scores of one run. */
  record Result(
      int sentences, List<String> notAligned, Counts tokens, Counts boundaries,
      List<String> disagreements) {

    String report(String goldName, int show) {
      StringBuilder sb = new StringBuilder();
      sb.append("gold: ").append(goldName).append('\n');
      sb.append("sentences: ").append(sentences)
          .append(" (not aligned, left out: ").append(notAligned.size()).append(")\n");
      sb.append(String.format(Locale.ROOT, "tokens: gold %d, predicted %d, matched %d%n",
          tokens.gold, tokens.predicted, tokens.matched));
      sb.append(line("token", tokens));
      sb.append(line("boundary", boundaries));
      sb.append("disagreements: ").append(disagreements.size()).append('\n');
      disagreements.stream().limit(show).forEach(d -> sb.append("  ").append(d).append('\n'));
      notAligned.stream().limit(show).forEach(id -> sb.append("  not aligned: ").append(id).append('\n'));
      return sb.toString().replace(System.lineSeparator(), "\n");
    }

    private static String line(String what, Counts c) {
      return String.format(Locale.ROOT, "%s precision %.4f recall %.4f F1 %.4f%n",
          what, c.precision(), c.recall(), c.f1());
    }
  }
}

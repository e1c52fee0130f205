/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.eval.TokenScorer;
import org.tawsim.eval.UdTokenGold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tawsim eval tokens}: scores the tokenizer against the tokens of a UD treebank.
 *
 * <p>Gold tokens are the treebank's whitespace words with punctuation split off (see {@link
 * UdTokenGold}); {@link TokenScorer} scores; this class parses the options and prints.
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
    TokenScorer.Result r = TokenScorer.score(UdTokenGold.read(gold), new ArabicTokenizer()::spans);
    PrintWriter out = spec.commandLine().getOut();
    out.print(r.report(gold.toString(), show));
    out.flush();
    return 0;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.annotate.sentences.QuotationRule;
import org.tawsim.core.Document;
import org.tawsim.core.Sentence;
import org.tawsim.eval.BoundaryScore;
import org.tawsim.eval.BoundaryScorer;
import org.tawsim.eval.SentenceGold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tawsim eval sentences}: boundary precision, recall and F1 of the sentence annotator. */
@Command(
    name = "sentences",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the sentence annotator against gold sentences: boundary precision, recall and F1.",
      "Gold: one sentence a line with an empty line between documents (a document's lines are"
          + " joined by a space, or a line break with --join line_break), or .jsonl with id, text"
          + " and sentences as [start, end] or {start, end} in code points.",
      "A boundary is a sentence end other than the end of the document."
    })
final class SentencesEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold sentences.")
  Path gold;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "An OpenNLP sentence model (from tawsim train-sentences). Default: the shipped Arabic model.")
  Path model;

  @Option(
      names = "--quotations",
      paramLabel = "RULE",
      description = "keep_whole (no sentence ends inside a closed quotation, as on news pages) or split"
          + " (as in corpora segmented like their English source, e.g. NTREX). Default: ${DEFAULT-VALUE}.")
  QuotationRule quotations = QuotationRule.KEEP_WHOLE;

  @Option(
      names = "--join",
      paramLabel = "JOIN",
      description = "How a text gold file's lines make a document's text: space (as corpora that lost"
          + " their layout ship it: a title runs into the next sentence) or line_break (as pages keep"
          + " it). Default: ${DEFAULT-VALUE}.")
  SentenceGold.LineJoin join = SentenceGold.LineJoin.SPACE;

  @Option(
      names = "--part",
      paramLabel = "PART",
      description = "look (the first 80%% of the documents, whose errors may be studied), check (the"
          + " rest, score only: --errors is refused) or all. Default: ${DEFAULT-VALUE}.")
  EvalPart part = EvalPart.ALL;

  @Option(
      names = "--errors",
      paramLabel = "N",
      description = "Show up to N missed and N spurious boundaries in context. Default: ${DEFAULT-VALUE}.")
  int errors = 0;

  @Override
  public Integer call() throws IOException {
    if (errors < 0) {
      throw new ParameterException(spec.commandLine(), "--errors must be at least 0, not " + errors);
    }
    part.refuseErrors(spec.commandLine(), "--errors", errors > 0);
    if (!java.nio.file.Files.isRegularFile(gold)) {
      throw new IllegalArgumentException(gold + ": no such gold file");
    }
    OpenNlpSentenceAnnotator annotator =
        (model == null ? OpenNlpSentenceAnnotator.arabic() : OpenNlpSentenceAnnotator.withModel(model))
            .withQuotationRule(quotations);
    List<Document> all = SentenceGold.read(gold, join);
    List<Document> golds = part.of(all, EvalPart.lookShare(all.size()));
    List<Document> predicted = new ArrayList<>(golds.size());
    Map<String, String> texts = new HashMap<>();
    int sentences = 0;
    for (Document g : golds) {
      predicted.add(annotator.annotate(g.withoutLayer(Sentence.class)));
      texts.put(g.id(), g.text());
      sentences += g.layer(Sentence.class).size();
    }
    BoundaryScore score = BoundaryScorer.score(golds, predicted);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "gold: %s, %s part (%d documents, %d sentences), lines joined by %s%nmodel: %s, quotations: %s%n%s%n",
        gold,
        part.name().toLowerCase(Locale.ROOT),
        golds.size(),
        sentences,
        join == SentenceGold.LineJoin.SPACE ? "a space" : "a line break",
        model == null ? "shipped Arabic model" : model,
        quotations.name().toLowerCase(Locale.ROOT),
        score.summary());
    if (errors > 0) {
      show(out, "missed", score.missed(), texts);
      show(out, "spurious", score.spurious(), texts);
    }
    out.flush();
    return 0;
  }

  private void show(
      PrintWriter out, String what, List<BoundaryScore.Boundary> list, Map<String, String> texts) {
    out.printf(Locale.ROOT, "%s (%d):%n", what, list.size());
    for (BoundaryScore.Boundary b : list.subList(0, Math.min(errors, list.size()))) {
      String t = texts.get(b.documentId());
      int from = Math.max(0, b.offset() - 60);
      int to = Math.min(t.length(), b.offset() + 40);
      String context =
          (t.substring(from, b.offset()) + " || " + t.substring(b.offset(), to)).replace('\n', '⏎');
      out.printf(Locale.ROOT, "  %s@%d: %s%n", b.documentId(), b.offset(), context);
    }
  }
}

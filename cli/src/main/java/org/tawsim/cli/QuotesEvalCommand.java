/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.lang3.StringUtils;
import org.tawsim.annotate.Annotators;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;
import org.tawsim.core.text.CodePointOffsets;
import org.tawsim.eval.QuotationScorer;
import org.tawsim.export.Formats;
import org.tawsim.export.ReaderFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tawsim eval quotes}: runs the default pipeline on the texts of a gold file and scores its
 * quotations with {@link QuotationScorer}.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the quotation tagger (in the default pipeline) against gold quotations.",
      "The gold file is JSONL with id, text and quotes (start, end, kind, speaker, cue; code points).",
      "Prints span precision, recall and F1 (exact match, marks included), kind accuracy, speaker"
          + " accuracy and cue accuracy, for quotations with marks (see QuotationScorer).",
      "--part look scores the first --look documents (study their errors), --part check the rest"
          + " (read only their score): quotes-dev's README puts 20 of its 30 in the look part.",
      "With --errors, a speaker taken from an earlier sentence (implicit) is shown with ^."
    })
final class QuotesEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSONL.")
  Path gold;

  @Option(names = "--errors", description = "Also list every difference with its text.")
  boolean errors;

  @Option(
      names = "--part",
      defaultValue = "all",
      paramLabel = "PART",
      description = "look, check (score only: --errors is refused) or all (default:"
          + " ${DEFAULT-VALUE}).")
  EvalPart part;

  @Option(
      names = "--look",
      defaultValue = "20",
      paramLabel = "N",
      description = "Documents in the look part, from the start of the file (default: ${DEFAULT-VALUE}).")
  int look;

  @Override
  public Integer call() throws IOException {
    if (look < 0) {
      throw new ParameterException(spec.commandLine(), "--look must be 0 or more, not " + look);
    }
    part.refuseErrors(spec.commandLine(), "--errors", errors);
    List<Document> golds;
    golds = part.of(Formats.readAll(ReaderFormat.JSONL, gold), look);
    Pipeline pipeline = Annotators.defaultPipeline();
    QuotationScorer scorer = new QuotationScorer();
    PrintWriter out = spec.commandLine().getOut();
    for (Document g : golds) {
      Document predicted = pipeline.annotate(Document.of(g.id(), g.text(), g.metadata()));
      int before = scorer.differences().size();
      scorer.add(g, predicted);
      if (errors) {
        List<QuotationScorer.Difference> diffs = scorer.differences();
        for (QuotationScorer.Difference d : diffs.subList(before, diffs.size())) {
          out.println(describe(g, d));
        }
      }
    }
    QuotationScorer.Result r = scorer.result();
    out.printf(
        Locale.ROOT,
        "gold file: %s, part %s (%d documents)%n",
        gold, part.name().toLowerCase(Locale.ROOT), golds.size());
    out.printf(
        Locale.ROOT,
        "quotations with marks: gold %d, predicted %d, matched %d%n",
        r.gold(), r.predicted(), r.matched());
    out.printf(
        Locale.ROOT,
        "span     precision %.4f  recall %.4f  F1 %.4f%n",
        r.precision(), r.recall(), r.f1());
    out.printf(Locale.ROOT, "kind     accuracy %.4f (%d/%d)%n",
        r.kindAccuracy(), r.kindRight(), r.matched());
    out.printf(Locale.ROOT, "speaker  accuracy %.4f (%d/%d gold speech)%n",
        r.speakerAccuracy(), r.speakerRight(), r.speakerGold());
    out.printf(Locale.ROOT, "cue      accuracy %.4f (%d/%d gold speech with a cue)%n",
        r.cueAccuracy(), r.cueRight(), r.cueGold());
    out.flush();
    return 0;
  }

  private static String describe(Document doc, QuotationScorer.Difference d) {
    CodePointOffsets cp = CodePointOffsets.of(doc.text());
    StringBuilder sb = new StringBuilder(d.type().name()).append('\t').append(doc.id());
    if (d.gold() != null) {
      sb.append("\tgold ").append(describe(doc, cp, d.gold()));
    }
    if (d.predicted() != null) {
      sb.append("\tpredicted ").append(describe(doc, cp, d.predicted()));
    }
    return sb.toString();
  }

  private static String describe(Document doc, CodePointOffsets cp, Quotation q) {
    return "["
        + cp.toCodePoint(q.span().begin())
        + ","
        + cp.toCodePoint(q.span().end())
        + ") "
        + q.kind().label()
        + " "
        + excerpt(doc, q.span())
        + " speaker="
        + (q.speakerImplicit() ? "^" : "")
        + (q.speaker() == null ? "-" : excerpt(doc, q.speaker()))
        + " cue="
        + (q.cue() == null ? "-" : excerpt(doc, q.cue()));
  }

  private static String excerpt(Document doc, Span s) {
    String t = doc.text(s).replace('\n', ' ');
    return t.length() <= 40 ? t : StringUtils.abbreviateMiddle(t, "…", 37); // 18 … 18
  }
}

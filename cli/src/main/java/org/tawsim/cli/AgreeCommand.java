/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.Token;
import org.tawsim.eval.Agreement;
import org.tawsim.export.Formats;
import org.tawsim.export.ReaderFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tawsim agree}: how far two annotations of the same documents agree. */
@Command(
    name = "agree",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two native JSONL files of the same documents, paired by id, A as the reference"
          + " (the machine's output and its correction, say, or two annotators): entity"
          + " precision, recall and F1 overall and per type (exact spans and types), Cohen's"
          + " kappa over the tokens' BIO labels (A's tokens; A is tokenized when it has none),"
          + " quotation span F1 and speaker agreement.",
      "Documents found in one file only, or whose texts differ, are not compared: they are"
          + " counted on stderr and the exit code is 1. Exit 0 when every document was paired."
    })
final class AgreeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The reference, native JSONL.")
  Path a;

  @Parameters(index = "1", paramLabel = "B", description = "The other annotation, native JSONL.")
  Path b;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Map<String, Document> others = new HashMap<>();
    for (Document d : Formats.readAll(ReaderFormat.JSONL, b)) {
      others.put(d.id(), d);
    }
    Agreement agreement = new Agreement();
    ArabicTokenizer tokenizer = new ArabicTokenizer();
    int onlyA = 0;
    int differ = 0;
    try (DocumentReader reader = Formats.reader(ReaderFormat.JSONL, a)) {
      for (Optional<Document> next = reader.read(); next.isPresent(); next = reader.read()) {
        Document ref = next.get();
        Document other = others.remove(ref.id());
        if (other == null) {
          onlyA++;
        } else if (!other.text().equals(ref.text())) {
          differ++;
        } else {
          agreement.add(ref.hasLayer(Token.class) ? ref : tokenizer.annotate(ref), other);
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      agreement.writeJson(bytes);
      out.print(bytes.toString(UTF_8));
    } else {
      out.print(agreement.report());
    }
    out.flush();
    int unpaired = onlyA + others.size() + differ;
    if (unpaired == 0) {
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("agree: not compared: " + onlyA + " documents only in " + a + ", "
        + others.size() + " only in " + b + ", " + differ + " with different texts");
    err.flush();
    return Tawsim.EXIT_REJECTS;
  }
}

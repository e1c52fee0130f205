/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.annotate.quotes.QuotationTagger;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.annotate.zones.ZoneTagger;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Pipeline;

/**
 * Every annotator, alone (after the layers it reads) and as the default pipeline, on {@link
 * Tries#TRIES} texts from the Arabic-weighted alphabet and as many damaged windows of shipped
 * real text: no exception, every {@link DocumentInvariants invariant}, and the same document when
 * the same text is annotated again. A failure names the shrunk text; its fix gets that text as a
 * table row beside the code it fixed.
 *
 * <p>The timeout is a guard against a hang at the default 1,000 tries (about ten times their
 * usual time on two busy cores), not a speed figure; a long run ({@code -Dtawsim.tries=100000})
 * lifts it with {@code -Djunit.jupiter.execution.timeout.mode=disabled}.
 */
class AnnotatorPropertiesTest {

  static Stream<Arguments> subjects() {
    List<Named> annotators = List.of(
        new Named("zones", new ZoneTagger()),
        new Named("sentences", OpenNlpSentenceAnnotator.arabic()),
        new Named("tokens", new ArabicTokenizer()),
        new Named("entities", Pipeline.of(new ArabicTokenizer(), ArabicEntityTagger.create())),
        new Named("quotations", new QuotationTagger()),
        new Named("pipeline", Annotators.defaultPipeline()));
    List<Source> sources = List.of(
        new Source("alphabet", ArabicAlphabet::text),
        new Source("damaged real text", RealTextMutations::text));
    return annotators.stream().flatMap(a -> sources.stream().map(s -> Arguments.of(a, s)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("subjects")
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void annotatesAnyTextIntoAValidDocumentTheSameWayTwice(Named subject, Source source) {
    Tries.forAll(source.generator(), text -> {
      Document in = Document.of("doc", text);
      Document out = subject.annotator().annotate(in);
      DocumentInvariants.check(in, out);
      assertEquals(out, subject.annotator().annotate(in), "a second annotation differs");
    });
  }

  record Named(String name, Annotator annotator) {
    @Override
    public String toString() {
      return name;
    }
  }

  record Source(String name, Function<Random, String> generator) {
    @Override
    public String toString() {
      return name;
    }
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;

class QuotationScorerTest {

  private static final String TEXT = "قال الوزير \"نعم\" ثم \"بريكس\" و\"لا\" هنا";

  private static Quotation q(int b, int e, QuoteKind kind, Span speaker, Span cue) {
    return new Quotation(new Span(b, e), new Span(b + 1, e - 1), kind, false, speaker, cue, null);
  }

  private static Document doc(Quotation... qs) {
    return Document.of("d", TEXT).withLayer(Quotation.class, List.of(qs));
  }

  private static final Span SAID = new Span(0, 3);
  private static final Span MINISTER = new Span(4, 10);

  @Test
  void perfectPredictionScoresOne() {
    Document gold = doc(q(11, 16, QuoteKind.SPEECH, MINISTER, SAID), q(20, 27, QuoteKind.OTHER, null, null));
    QuotationScorer s = new QuotationScorer();
    s.add(gold, gold);
    QuotationScorer.Result r = s.result();
    assertEquals(1.0, r.f1());
    assertEquals(1.0, r.kindAccuracy());
    assertEquals(1.0, r.speakerAccuracy());
    assertEquals(1.0, r.cueAccuracy());
    assertEquals(List.of(), s.differences());
  }

  @Test
  void countsSpansKindsSpeakersAndCues() {
    Document gold =
        doc(
            q(11, 16, QuoteKind.SPEECH, MINISTER, SAID),
            q(20, 27, QuoteKind.OTHER, null, null),
            q(29, 33, QuoteKind.SPEECH, MINISTER, SAID));
    Document predicted =
        doc(
            q(11, 16, QuoteKind.SPEECH, new Span(8, 12), SAID), // speaker overlaps: right
            q(20, 27, QuoteKind.SPEECH, MINISTER, SAID), // wrong kind
            q(28, 33, QuoteKind.SPEECH, MINISTER, SAID)); // wrong span (takes the و)
    QuotationScorer s = new QuotationScorer();
    s.add(gold, predicted);
    QuotationScorer.Result r = s.result();
    // the missed speech quotation still counts in the speaker and cue denominators
    assertEquals(new QuotationScorer.Result(3, 3, 2, 1, 2, 1, 2, 1), r);
    assertEquals(0.5, r.speakerAccuracy());
    assertEquals(0.5, r.cueAccuracy());
    assertEquals(2.0 / 3, r.precision(), 1e-9);
    assertEquals(2.0 / 3, r.recall(), 1e-9);
    assertEquals(0.5, r.kindAccuracy());
    assertEquals(
        List.of(
            QuotationScorer.Difference.Type.KIND,
            QuotationScorer.Difference.Type.MISSED,
            QuotationScorer.Difference.Type.SPURIOUS),
        s.differences().stream().map(QuotationScorer.Difference::type).toList());
  }

  @Test
  void missingSpeakerOrCueIsWrong() {
    Document gold = doc(q(11, 16, QuoteKind.SPEECH, MINISTER, SAID));
    Document predicted = doc(q(11, 16, QuoteKind.SPEECH, null, null));
    QuotationScorer s = new QuotationScorer();
    s.add(gold, predicted);
    assertEquals(0.0, s.result().speakerAccuracy());
    assertEquals(0.0, s.result().cueAccuracy());
  }

  private static Span span(String s) {
    return switch (s) {
      case "none" -> null;
      case "minister" -> MINISTER;
      case "said" -> SAID;
      default -> throw new IllegalArgumentException(s);
    };
  }

  /**
   * The speaker denominator is every gold speech quotation: one with no gold speaker (passive,
   * unattributed) is right when the prediction names none either; a missed one counts wrong.
   */
  @ParameterizedTest(name = "gold {0}, predicted {1}: {2}/{3}")
  @CsvSource({
    // gold speaker, predicted speaker (missed: no quotation predicted), right, gold speech
    "minister, minister, 1, 1",
    "minister, none,     0, 1",
    "minister, said,     0, 1",
    "minister, missed,   0, 1",
    "none,     none,     1, 1",
    "none,     minister, 0, 1",
    "none,     missed,   0, 1",
  })
  void everyGoldSpeechQuotationCountsForTheSpeaker(String goldSpeaker, String predictedSpeaker,
      int right, int speech) {
    Document gold = doc(q(11, 16, QuoteKind.SPEECH, span(goldSpeaker), null));
    Document predicted = predictedSpeaker.equals("missed") ? doc()
        : doc(q(11, 16, QuoteKind.SPEECH, span(predictedSpeaker), null));
    QuotationScorer s = new QuotationScorer();
    s.add(gold, predicted);
    int found = predictedSpeaker.equals("missed") ? 0 : 1;
    assertEquals(new QuotationScorer.Result(1, found, found, found, speech, right, 0, 0),
        s.result());
  }

  @Test
  void onlySpeechCountsForSpeakerAndCue() {
    // an "other" quotation with a speaker and cue in the gold (a careless file) is not scored
    Document gold = doc(q(20, 27, QuoteKind.OTHER, MINISTER, SAID));
    QuotationScorer s = new QuotationScorer();
    s.add(gold, doc());
    assertEquals(new QuotationScorer.Result(1, 0, 0, 0, 0, 0, 0, 0), s.result());
  }

  @Test
  void aSpeechQuotationTakenForOtherKeepsItsSpeakerAndCueScores() {
    Document gold = doc(q(11, 16, QuoteKind.SPEECH, MINISTER, SAID));
    Document predicted = doc(q(11, 16, QuoteKind.OTHER, MINISTER, SAID));
    QuotationScorer s = new QuotationScorer();
    s.add(gold, predicted);
    assertEquals(new QuotationScorer.Result(1, 1, 1, 0, 1, 1, 1, 1), s.result());
  }

  @Test
  void indirectSpeechIsLeftOut() {
    Span content = new Span(11, 16);
    Quotation indirect =
        new Quotation(content, content, QuoteKind.INDIRECT, false, MINISTER, SAID, null);
    QuotationScorer s = new QuotationScorer();
    s.add(doc(), doc(indirect));
    assertEquals(new QuotationScorer.Result(0, 0, 0, 0, 0, 0, 0, 0), s.result());
    assertEquals(0.0, s.result().f1());
  }

  @Test
  void rejectsDifferentTexts() {
    QuotationScorer s = new QuotationScorer();
    assertThrows(
        IllegalArgumentException.class, () -> s.add(doc(), Document.of("d", "نص آخر")));
  }
}

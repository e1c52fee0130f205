/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;

/** The baselines {@code tawsim bench} measures beside the pipeline. */
final class BenchBaselines {

  /** Sentence ends for the baseline: end marks followed by whitespace, or line breaks. */
  private static final Pattern REGEX_SPLITTER = Pattern.compile("(?<=[.!?\u061F\u2026])\\s+|\\n+");

  private BenchBaselines() {}

  /** Baselines measured in the same run, so that figures read as ratios on a noisy machine. */
  static List<StageBench.Stage> baselines() {
    List<StageBench.Stage> list = new ArrayList<>();
    // OpenNLP's detector alone with the shipped model, on each whole text: what the sentence
    // annotator's line, quotation and abbreviation rules cost on top of it. One thread only
    // (SentenceDetectorME keeps per-call state).
    SentenceDetectorME detector =
        new SentenceDetectorME(OpenNlpSentenceAnnotator.arabic().model(), (Dictionary) null);
    list.add(
        new StageBench.Stage(
            "baseline: OpenNLP SentenceDetectorME", d -> detector.sentPosDetect(d.text()).length));
    list.add(
        new StageBench.Stage(
            "baseline: regex sentence splitter",
            d -> {
              Matcher m = REGEX_SPLITTER.matcher(d.text());
              int n = 1;
              while (m.find()) {
                n++;
              }
              return n;
            }));
    return list;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.sentdetect.SentenceSampleStream;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The peer of {@code tawsim annotate}'s end-to-end speed: OpenNLP's bare sentence detector over the
 * same JSONL, in a JVM of its own with default flags, writing nothing. Each line is read with
 * Jackson's {@code readTree}, and {@code SentenceDetectorME} (a model trained with OpenNLP's default
 * parameters) finds the sentences of its {@code text}; the program prints the sentence count, so
 * that the work is not optimised away. Time it whole-process against {@code tawsim annotate} on the
 * same file (docs/performance.md, "Whole processes").
 *
 * <pre>
 * # once: train the model on one-sentence-a-line text, OpenNLP's defaults
 * java -cp bench/target/benchmarks.jar org.tawsim.bench.OpenNlpDetectorBaseline train \
 *     ../shared/data/ntrex-ar/ntrex-ar.sentences.txt /tmp/ntrex-ar-sent.bin
 * # timed
 * time java -cp bench/target/benchmarks.jar org.tawsim.bench.OpenNlpDetectorBaseline detect \
 *     /tmp/ntrex-ar-sent.bin corpus.jsonl
 * </pre>
 */
public final class OpenNlpDetectorBaseline {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenNlpDetectorBaseline() {}

  /** Trains a model with OpenNLP's default parameters on one sentence a line and saves it. */
  static void train(Path sentences, Path model) throws IOException {
    try (ObjectStream<SentenceSample> samples =
        new SentenceSampleStream(
            new PlainTextByLineStream(
                new MarkableFileInputStreamFactory(sentences.toFile()), StandardCharsets.UTF_8))) {
      SentenceModel m =
          SentenceDetectorME.train(
              "ara",
              samples,
              new SentenceDetectorFactory("ara", true, null, null),
              TrainingParameters.defaultParams());
      try (OutputStream out = Files.newOutputStream(model)) {
        m.serialize(out);
      }
    }
  }

  /** Returns the number of sentences found in the {@code text} of every line of {@code jsonl}. */
  static long detect(Path model, Path jsonl) throws IOException {
    SentenceDetectorME detector = new SentenceDetectorME(new SentenceModel(model));
    long sentences = 0;
    try (BufferedReader lines = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode doc = JSON.readTree(line);
        sentences += detector.sentPosDetect(doc.get("text").asText()).length;
      }
    }
    return sentences;
  }

  /** {@code train SENTENCES MODEL} or {@code detect MODEL JSONL}; see the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("train")) {
      train(Path.of(args[1]), Path.of(args[2]));
    } else if (args.length == 3 && args[0].equals("detect")) {
      System.out.println(detect(Path.of(args[1]), Path.of(args[2])) + " sentences");
    } else {
      System.err.println("usage: train SENTENCES MODEL | detect MODEL JSONL");
      System.exit(2);
    }
  }
}

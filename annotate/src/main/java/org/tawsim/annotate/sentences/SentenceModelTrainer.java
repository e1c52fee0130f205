/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.io.StrictUtf8;

/**
 * Trains an Arabic OpenNLP sentence model from text with one sentence per line and an empty line
 * between documents (OpenNLP's format).
 *
 * <p>The model gets the Arabic end characters ({@code . ! ? ؟ … ۔}), token-end splitting and an
 * abbreviation dictionary (the shipped {@code abbreviations-ar.txt} unless the options name
 * another). The sentences of a document are joined by a space, as OpenNLP's own sample stream does.
 * A sentence that does not end with an end mark (a headline, a list item) is joined to the next one
 * in the training sample: the detector only ever decides at end marks, and such a line would
 * otherwise teach it to split at whatever end mark the line happens to hold inside.
 *
 * <p>Training is deterministic (one thread, documents in file order): the same files and options
 * give a model that makes the same decisions. The shipped model is this program's output on the
 * training files under {@code annotate/training/sentences/}:
 *
 * <pre>
 * java -cp tawsim.jar org.tawsim.annotate.sentences.SentenceModelTrainer \
 *     annotate/src/main/resources/org/tawsim/annotate/sentences/ar-sentences.bin \
 *     annotate/training/sentences/ntrex-ar.train.txt annotate/training/sentences/ud-pud-ar.train.txt
 * </pre>
 *
 * <p>{@code tawsim train-sentences} runs the same training on a user's files.
 */
public final class SentenceModelTrainer {

  /** The training files of the shipped model, relative to the {@code annotate} module. */
  public static final List<String> SHIPPED_TRAINING_FILES =
      List.of("training/sentences/ntrex-ar.train.txt", "training/sentences/ud-pud-ar.train.txt");

  private SentenceModelTrainer() {}

  /**
   * How to train.
   *
   * @param iterations maximum-entropy training iterations, at least 1
   * @param cutoff how often a feature must occur to be kept, at least 0
   * @param abbreviations the abbreviation dictionary, each entry with its final full stop
   */
  public record Options(int iterations, int cutoff, Set<String> abbreviations) {

    /**
     * Rejects bad numbers and null, copying the set.
     *
     * @param iterations training iterations, at least 1
     * @param cutoff the least count of a feature to keep it, at least 0
     * @param abbreviations the abbreviations that do not end a sentence
     */
    public Options {
      if (iterations < 1) {
        throw new IllegalArgumentException("iterations must be at least 1, not " + iterations);
      }
      if (cutoff < 0) {
        throw new IllegalArgumentException("cutoff must be at least 0, not " + cutoff);
      }
      abbreviations = Set.copyOf(Objects.requireNonNull(abbreviations, "abbreviations"));
    }

    /**
     * {@return the options of the shipped model: 100 iterations, cutoff 5, the shipped
     * abbreviations}
     */
    public static Options defaults() {
      return new Options(100, 5, Abbreviations.shippedList());
    }
  }

  /**
   * Trains a model on the documents of these files.
   *
   * @param files the training files, one sentence per line
   * @param options the training settings
   * @return the trained model
   * @throws InvalidInputException naming the file and byte when a file is not valid UTF-8
   * @throws IOException when a file cannot be read, or holds no sentence end to learn from
   */
  public static SentenceModel train(List<Path> files, Options options) throws IOException {
    List<List<String>> documents = new ArrayList<>();
    for (Path f : files) {
      documents.addAll(readDocuments(f));
    }
    return trainOn(documents, options, files.toString());
  }

  /**
   * Reads a file of one sentence per line, an empty line between documents. Lines are stripped of
   * surrounding whitespace.
   *
   * @param file the file
   * @return each document's sentences, in file order
   * @throws InvalidInputException naming the file and byte when it is not valid UTF-8
   */
  public static List<List<String>> readDocuments(Path file) throws IOException {
    String text = StrictUtf8.decode(file.toString(), Files.readAllBytes(file));
    List<List<String>> documents = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : text.split("\r?\n", -1)) {
      String s = line.strip();
      if (s.isEmpty()) {
        if (!current.isEmpty()) {
          documents.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(s);
      }
    }
    if (!current.isEmpty()) {
      documents.add(current);
    }
    return documents;
  }

  static SentenceModel trainOn(List<List<String>> documents, Options options, String what)
      throws IOException {
    List<SentenceSample> samples = new ArrayList<>();
    int ends = 0;
    for (List<String> doc : documents) {
      SentenceSample s = sample(doc);
      samples.add(s);
      ends += s.getSentences().length;
    }
    if (ends == 0) {
      throw new IOException(what + ": no sentence to learn from (one sentence a line, an empty line between documents)");
    }
    SentenceDetectorFactory factory =
        new SentenceDetectorFactory(
            "ara", true, Abbreviations.toDictionary(options.abbreviations()), Marks.END_CHARACTERS);
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
    params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 1);
    return SentenceDetectorME.train("ara", new CollectionObjectStream<>(samples), factory, params);
  }

  /** Joins a document's sentences by a space; a sentence without a final end mark joins the next. */
  static SentenceSample sample(List<String> sentences) {
    StringBuilder text = new StringBuilder();
    List<opennlp.tools.util.Span> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < sentences.size(); i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(sentences.get(i));
      boolean last = i == sentences.size() - 1;
      if (last || endsWithEndMark(sentences.get(i))) {
        spans.add(new opennlp.tools.util.Span(start, text.length()));
        start = text.length() + 1;
      }
    }
    String masked = SentenceSplitter.masked(text.toString(), 0, text.length());
    return new SentenceSample(masked, spans.toArray(new opennlp.tools.util.Span[0]));
  }

  static boolean endsWithEndMark(String sentence) {
    int i = sentence.length();
    while (i > 0 && Marks.isCloser(sentence.charAt(i - 1))) {
      i--;
    }
    return i > 0 && Marks.isEnd(sentence.charAt(i - 1));
  }

  /**
   * Writes a model to a file.
   *
   * @param model the model
   * @param file where to write it; replaced if it exists
   * @throws java.io.IOException when the file cannot be written
   */
  public static void write(SentenceModel model, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      model.serialize(out);
    }
  }

  /**
   * Trains on the files given after the output path and writes the model there.
   *
   * <p>Usage: {@code SentenceModelTrainer MODEL_OUT TRAIN_FILE...}
   *
   * @param args the output path, then the training files
   * @throws java.io.IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SentenceModelTrainer MODEL_OUT TRAIN_FILE...");
      System.exit(2);
    }
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    SentenceModel model = train(files, Options.defaults());
    write(model, Path.of(args[0]));
    System.out.printf(Locale.ROOT, "wrote %s%n", args[0]);
  }
}

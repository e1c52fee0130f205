/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceModel;
import org.tawsim.annotate.sentences.OpenNlpSentenceAnnotator;
import org.tawsim.annotate.sentences.QuotationRule;
import org.tawsim.annotate.sentences.SentenceModelTrainer;
import org.tawsim.core.Document;
import org.tawsim.eval.BoundaryScore;
import org.tawsim.eval.BoundaryScorer;
import org.tawsim.eval.SentenceGold;

/**
 * Trains an Arabic OpenNLP sentence model on one's own text, uses it in Tawsim's sentence
 * annotator, and scores it against held-back documents beside the model Tawsim ships. The same as
 * {@code tawsim train-sentences -o MODEL TRAIN...} followed by {@code tawsim eval sentences}.
 *
 * <p>Training text: one sentence a line, an empty line between documents (OpenNLP's format). The
 * trainer is deterministic: the same files give a model that makes the same decisions.
 */
public final class TrainSentenceModel {

  private TrainSentenceModel() {}

  /**
   * What training gave.
   *
   * @param trainDocuments documents in the training files
   * @param trainSentences sentences in them
   * @param model the model file written
   * @param modelBytes its size
   * @param trained the new model's boundary scores on the held-back documents
   * @param shipped the shipped model's scores on the same documents
   */
  public record Result(
      int trainDocuments,
      int trainSentences,
      Path model,
      long modelBytes,
      BoundaryScore trained,
      BoundaryScore shipped) {

    /** Returns the figures as lines to print. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "trained on %d documents, %d sentences: %s (%d bytes)%n"
              + "held-back documents, trained model: %s%n"
              + "held-back documents, shipped model: %s%n",
          trainDocuments, trainSentences, model, modelBytes, trained.summary(), shipped.summary());
    }
  }

  /**
   * Trains on {@code trainFiles}, writes the model to {@code modelFile} and scores it on {@code
   * heldBack} (same format as the training files).
   *
   * @param rule how the annotator treats sentence ends inside quotations: {@link
   *     QuotationRule#SPLIT} for text segmented like an English source (NTREX)
   * @throws IOException when a file cannot be read or holds no sentence end
   */
  public static Result run(List<Path> trainFiles, Path heldBack, Path modelFile, QuotationRule rule)
      throws IOException {
    Objects.requireNonNull(heldBack, "heldBack");
    int documents = 0;
    int sentences = 0;
    for (Path f : trainFiles) {
      for (List<String> doc : SentenceModelTrainer.readDocuments(f)) {
        documents++;
        sentences += doc.size();
      }
    }
    SentenceModel model = SentenceModelTrainer.train(trainFiles, SentenceModelTrainer.Options.defaults());
    SentenceModelTrainer.write(model, modelFile);

    // load it back as a user of the file would
    OpenNlpSentenceAnnotator trained = OpenNlpSentenceAnnotator.withModel(modelFile).withQuotationRule(rule);
    OpenNlpSentenceAnnotator shipped = OpenNlpSentenceAnnotator.arabic().withQuotationRule(rule);
    List<Document> gold = SentenceGold.read(heldBack);
    return new Result(documents, sentences, modelFile, Files.size(modelFile),
        score(gold, trained), score(gold, shipped));
  }

  private static BoundaryScore score(List<Document> gold, OpenNlpSentenceAnnotator annotator) {
    List<Document> predicted = new ArrayList<>(gold.size());
    for (Document g : gold) {
      predicted.add(annotator.annotate(Document.of(g.id(), g.text())));
    }
    return BoundaryScorer.score(gold, predicted);
  }

  /**
   * Trains and scores. Arguments: model file, held-back file, training files; by default the NTREX
   * files under {@code annotate/training/sentences/} and {@code target/my-sentences.bin}.
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of("annotate", "training", "sentences");
    Path model = Path.of(args.length > 0 ? args[0] : "target/my-sentences.bin");
    Path heldBack = args.length > 1 ? Path.of(args[1]) : dir.resolve("ntrex-ar.dev.txt");
    List<Path> train = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      train.add(Path.of(args[i]));
    }
    if (train.isEmpty()) {
      train.add(dir.resolve("ntrex-ar.train.txt"));
    }
    Utf8Out.print(run(train, heldBack, model, QuotationRule.SPLIT));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.tawsim.core.text.ArabicCharacters.DEFINITE_ARTICLE;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.tawsim.core.io.WordLists;

/**
 * The program that trains the shipped {@link NameLikeness} model from the generated lists of this
 * package: every word of {@code name-words.txt} is a name, every word of {@code
 * common-word-counts.txt} and {@code vocabulary.txt} without the article that no list of names
 * holds is a common word. Open data only (CC0, Apache-2.0, CC BY-SA), no annotated corpus.
 *
 * <p>Training is deterministic (GIS, one thread, words in sorted order), so the same lists give the
 * same model; {@code NameLikenessTest} retrains and compares. Run it from the repository root
 * after the lists change:
 *
 * <pre>
 * java -cp cli/target/tawsim.jar org.tawsim.annotate.entities.NameLikenessTrainer \
 *   annotate/src/main/resources/org/tawsim/annotate/entities
 * </pre>
 *
 * <p>It prints the accuracy of a model trained on nine tenths of the words on the tenth left out
 * (every tenth word in sorted order), then writes the model trained on all of them.
 */
final class NameLikenessTrainer {

  static final int ITERATIONS = 100;
  static final int CUTOFF = 2;

  private NameLikenessTrainer() {}

  /** Trains and writes the model: {@code NameLikenessTrainer RESOURCE_DIR}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: NameLikenessTrainer RESOURCE_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Map<String, String> words = words(dir);
    List<Event> train = new ArrayList<>();
    List<Map.Entry<String, String>> held = new ArrayList<>();
    int k = 0;
    for (Map.Entry<String, String> e : words.entrySet()) {
      if (k++ % 10 == 9) {
        held.add(e);
      } else {
        train.add(event(e.getKey(), e.getValue()));
      }
    }
    NameLikeness part = new NameLikeness(train(train));
    int right = 0;
    for (Map.Entry<String, String> e : held) {
      boolean name = part.score(e.getKey()) >= NameLikeness.EVEN;
      right += name == e.getValue().equals(NameLikeness.NAME) ? 1 : 0;
    }
    System.err.printf(Locale.ROOT, "NameLikenessTrainer: %d words; held-out accuracy %.2f%%%n",
        words.size(), 100.0 * right / held.size());
    write(train(words), dir.resolve(NameLikeness.RESOURCE));
  }

  /**
   * Returns the training words of the lists in {@code dir}, sorted, each with its outcome: a name
   * word is a name even when it is also a common word (جون), since the generator already kept only
   * the name words that are names far more often than common words.
   */
  static Map<String, String> words(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String file : List.of("common-word-counts.txt", "vocabulary.txt")) {
      for (String line : WordLists.read(dir.resolve(file))) {
        String w = firstField(line);
        if (w.length() >= 2 && !w.startsWith(DEFINITE_ARTICLE)) {
          out.put(w, NameLikeness.COMMON);
        }
      }
    }
    for (String line : WordLists.read(dir.resolve("name-words.txt"))) {
      out.put(firstField(line), NameLikeness.NAME);
    }
    return out;
  }

  /** Trains a model on the words given with their outcomes. */
  static MaxentModel train(Map<String, String> words) throws IOException {
    List<Event> events = new ArrayList<>();
    words.forEach((w, outcome) -> events.add(event(w, outcome)));
    return train(events);
  }

  private static MaxentModel train(List<Event> events) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    return trainer.train(new CollectionObjectStream<>(events));
  }

  private static Event event(String word, String outcome) {
    return new Event(outcome, NameLikeness.features(word));
  }

  /** Writes a model in OpenNLP's binary GIS format. */
  static void write(MaxentModel model, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out))) {
      new BinaryGISModelWriter((AbstractModel) model, data).persist();
    }
  }

  private static String firstField(String line) {
    int space = line.indexOf(' ');
    return Lexicon.NORMALIZER.normalizeToString(space > 0 ? line.substring(0, space) : line);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.cmdline.namefind.TokenNameFinderDetailedFMeasureListener;
import opennlp.tools.formats.Conll02NameSampleStream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;
import org.tawsim.annotate.Annotators;
import org.tawsim.core.Annotation;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Pipeline;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.OutputFormat;
import org.tawsim.export.conll.ConllLayout;
import org.tawsim.dataset.BuildReport;
import org.tawsim.dataset.DatasetBuilder;
import org.tawsim.dataset.HashSplitter;
import org.tawsim.export.input.InputFormat;
import org.tawsim.export.input.InputReader;
import org.tawsim.dataset.Split;

/**
 * The loop from raw text to a trained model: Tawsim annotates Arabic news and exports it as CoNLL,
 * Apache OpenNLP trains a {@link TokenNameFinderModel} on the training part and its own {@link
 * TokenNameFinderEvaluator} scores the model on the held-back part.
 *
 * <ol>
 *   <li>{@link DatasetBuilder} annotates the folders with the default pipeline, keeps the entity
 *       types OpenNLP's CoNLL-2002 reader knows (PER, LOC, ORG), and writes CoNLL-2002 ({@code
 *       TOKEN -X- TAG}, IOB2) for a seeded 80/20 split by document.
 *   <li>{@link Conll02NameSampleStream} reads the files as they are; {@link NameFinderME#train}
 *       trains a maximum-entropy name finder on one thread (deterministic).
 *   <li>{@link TokenNameFinderEvaluator} scores exact-match precision, recall and F1 on the test
 *       part.
 * </ol>
 *
 * <p>The labels are Tawsim's rule-based output (silver, not gold): the figures say how well a
 * statistical model learns to reproduce the rules on unseen documents, not how right either is.
 * For that, score against gold data with {@code tawsim eval entities --gold FILE}.
 */
public final class TrainOpenNlpNameFinder {

  /** The types OpenNLP's CoNLL-2002 reader accepts (it fails on any other, such as DATE). */
  static final Set<EntityType> OPENNLP_TYPES = Set.of(EntityType.PER, EntityType.LOC, EntityType.ORG);

  private static final int READ_TYPES = Conll02NameSampleStream.GENERATE_PERSON_ENTITIES
      | Conll02NameSampleStream.GENERATE_LOCATION_ENTITIES
      | Conll02NameSampleStream.GENERATE_ORGANIZATION_ENTITIES;

  /**
   * OpenNLP's default name-finder features (tokens and their classes in a window of two, previous
   * decisions, bigrams, sentence start) plus the first and last letters of each token. Arabic has
   * no capitals for the token class to see, and a name often comes with a clitic (بموسكو،
   * والصين) that makes its surface form rare; prefixes and suffixes let the model generalise.
   */
  static final String ARABIC_FEATURES = """
      <featureGenerators cache="true" name="nameFinder">
        <generator class="opennlp.tools.util.featuregen.AggregatedFeatureGeneratorFactory">
          <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
            <int name="prevLength">2</int>
            <int name="nextLength">2</int>
            <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
          </generator>
          <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
            <int name="prevLength">2</int>
            <int name="nextLength">2</int>
            <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
          </generator>
          <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
          <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
          <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
          <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
            <bool name="begin">true</bool>
            <bool name="end">false</bool>
          </generator>
          <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory"/>
          <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory"/>
        </generator>
      </featureGenerators>
      """;

  private TrainOpenNlpNameFinder() {}

  /**
   * What the loop gave.
   *
   * @param trainDocuments documents in the training part
   * @param testDocuments documents held back
   * @param trainSentences sentences OpenNLP trained on
   * @param trainNames names in them
   * @param testSentences sentences it was scored on
   * @param testNames names in them (the reference)
   * @param precision exact-match precision on the test part, from OpenNLP's evaluator
   * @param recall exact-match recall on the test part
   * @param f1 their harmonic mean
   * @param perType OpenNLP's per-type report (precision, recall, F1 of person, location,
   *     organization)
   * @param model the trained model file
   */
  public record Result(
      long trainDocuments,
      long testDocuments,
      int trainSentences,
      int trainNames,
      int testSentences,
      int testNames,
      double precision,
      double recall,
      double f1,
      String perType,
      Path model) {

    /** Returns the figures on one line. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "train: %d documents, %d sentences, %d names; test: %d documents, %d sentences, %d names%n"
              + "OpenNLP name finder on the test part: precision %.3f, recall %.3f, F1 %.3f%n"
              + "%s%nmodel: %s%n",
          trainDocuments, trainSentences, trainNames, testDocuments, testSentences, testNames,
          precision, recall, f1, perType.strip(), model);
    }
  }

  /** Keeps the entities of some types and drops the rest. Thread-safe. */
  static final class KeepTypes implements Annotator {
    private final Set<EntityType> types;

    KeepTypes(Set<EntityType> types) {
      this.types = Set.copyOf(types);
    }

    @Override
    public Document annotate(Document doc) {
      return doc.withLayer(Entity.class,
          doc.layer(Entity.class).stream().filter(e -> types.contains(e.type())).toList());
    }

    @Override
    public Set<Class<? extends Annotation>> requires() {
      return Set.of(Entity.class);
    }

    @Override
    public Set<Class<? extends Annotation>> produces() {
      return Set.of(Entity.class);
    }
  }

  /**
   * Annotates the text files under {@code inputs}, exports them, trains a name finder on 80% of the
   * documents and scores it on the other 20%, writing everything into {@code workDir}.
   *
   * @param iterations OpenNLP training iterations (100 is OpenNLP's default)
   * @throws IOException when a file cannot be read or written
   */
  public static Result run(List<Path> inputs, Path workDir, int iterations) throws IOException {
    Objects.requireNonNull(inputs, "inputs");
    // 1. Tawsim: raw text -> annotated documents -> CoNLL-2002 train and test files
    Pipeline pipeline = Pipeline.of(Annotators.defaultPipeline(), new KeepTypes(OPENNLP_TYPES));
    List<String> arguments = inputs.stream().map(Path::toString).toList();
    Path corpus = workDir.resolve("corpus");
    BuildReport report = DatasetBuilder.builder(pipeline)
        .format(OutputFormat.CONLL,
            ExportOptions.defaults().withConll(ConllLayout.CONLL2002, null, false))
        .splitter(HashSplitter.of(80, 0, 20, 0))
        .build()
        .run(rejects -> new InputReader(arguments, InputFormat.TXT, rejects,
            InputStream.nullInputStream()), corpus);
    Path train = corpus.resolve("conll").resolve("train" + OutputFormat.CONLL.extension());
    Path test = corpus.resolve("conll").resolve("test" + OutputFormat.CONLL.extension());

    // 2. OpenNLP: train a name finder on the training file
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    TokenNameFinderModel model;
    try (ObjectStream<NameSample> samples = samples(train)) {
      TokenNameFinderFactory factory = new TokenNameFinderFactory(
          ARABIC_FEATURES.getBytes(StandardCharsets.UTF_8), Map.of(), new BioCodec());
      model = NameFinderME.train("ara", null, samples, params, factory);
    }
    Path modelFile = workDir.resolve("ar-ner-silver.bin");
    try (OutputStream out = Files.newOutputStream(modelFile)) {
      model.serialize(out);
    }

    // 3. OpenNLP: score the model on the held-back documents
    TokenNameFinderDetailedFMeasureListener perType = new TokenNameFinderDetailedFMeasureListener();
    TokenNameFinderEvaluator evaluator =
        new TokenNameFinderEvaluator(new NameFinderME(model), perType);
    try (ObjectStream<NameSample> samples = samples(test)) {
      evaluator.evaluate(samples);
    }
    FMeasure f = evaluator.getFMeasure();
    int[] trainCounts = count(train);
    int[] testCounts = count(test);
    return new Result(
        report.splits().get(Split.TRAIN).documents(),
        report.splits().get(Split.TEST).documents(),
        trainCounts[0], trainCounts[1], testCounts[0], testCounts[1],
        f.getPrecisionScore(), f.getRecallScore(), f.getFMeasure(),
        perType.createReport(Locale.ROOT), modelFile);
  }

  /**
   * Reads a Tawsim CoNLL-2002 file with OpenNLP's own reader. Its constructor that takes a file
   * decodes ISO-8859-1, the charset of the 2002 data; the line stream gives it UTF-8.
   */
  static ObjectStream<NameSample> samples(Path conll) throws IOException {
    return new Conll02NameSampleStream(Conll02NameSampleStream.LANGUAGE.NLD,
        new PlainTextByLineStream(new MarkableFileInputStreamFactory(conll.toFile()),
            StandardCharsets.UTF_8),
        READ_TYPES);
  }

  /** Returns the sentences and names of a file, as OpenNLP reads them. */
  private static int[] count(Path conll) throws IOException {
    int sentences = 0;
    int names = 0;
    try (ObjectStream<NameSample> samples = samples(conll)) {
      for (NameSample s = samples.read(); s != null; s = samples.read()) {
        if (s.getSentence().length > 0) {
          sentences++;
          names += s.getNames().length;
        }
      }
    }
    return new int[] {sentences, names};
  }

  /**
   * Runs the loop. Arguments: a work folder (default {@code target/name-finder}) then input folders
   * (default {@code samples/ntrex samples/ntrex-more}).
   */
  public static void main(String[] args) throws IOException {
    Path work = Path.of(args.length > 0 ? args[0] : "target/name-finder");
    List<Path> inputs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      inputs.add(Path.of(args[i]));
    }
    if (inputs.isEmpty()) {
      inputs = List.of(Path.of("samples/ntrex"), Path.of("samples/ntrex-more"));
    }
    Utf8Out.print(run(inputs, work, 100));
  }
}

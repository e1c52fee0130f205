/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.lang.Factory;
import opennlp.tools.util.StringUtil;
import org.tawsim.annotate.zones.Datelines;
import org.tawsim.core.Annotation;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Sentence;
import org.tawsim.core.Span;

/**
 * Splits Arabic text into sentences with Apache OpenNLP's {@link SentenceDetectorME}, the page's
 * line structure and rules for quotations, abbreviations and runs of end marks.
 *
 * <p>Produces the {@link Sentence} layer (replacing one already present) and requires nothing.
 * Sentence spans are UTF-16 offsets, trimmed of whitespace, and every non-whitespace character of
 * the text lies in exactly one sentence. The rules are listed in {@link SentenceSplitter}: a line
 * break always ends a sentence; inside a line OpenNLP decides at a single full stop; a run of end
 * marks and the other end marks ({@code ! ? ؟ … ۔}) end a sentence unless it would end inside a
 * closed quotation, after an abbreviation or initials, or where no whitespace follows; and a
 * dateline ({@code القاهرة ــ}, {@code باريس، فرنسا —}) after a title run into it starts a
 * sentence, the title being one, as {@link org.tawsim.annotate.zones.Datelines} defines it for the
 * zone tagger too. The places are the entity tagger's, whose lexicon loads at the first dateline
 * candidate.
 *
 * <pre>{@code
 * OpenNlpSentenceAnnotator sentences = OpenNlpSentenceAnnotator.arabic();
 * Document d = sentences.annotate(Document.of("doc-1", text));
 * for (Sentence s : d.layer(Sentence.class)) { ... d.text(s.span()) ... }
 * }</pre>
 *
 * <p>{@link #arabic()} uses the model shipped in this jar, trained by {@link SentenceModelTrainer}
 * from openly licensed Arabic news; {@link #withModel(Path)} takes a user's model. Nothing is ever
 * downloaded.
 *
 * <p><b>Thread-safe.</b> {@code SentenceDetectorME} keeps per-call state and is not, so each thread
 * that calls this annotator gets its own detector (a {@link ThreadLocal}) over the one shared,
 * immutable model. The detector is built without its abbreviation check, which rescans the line
 * for every abbreviation at every candidate end (quadratic in the line's length); the same
 * dictionary is applied here in linear time, and still feeds the model's features, from a plain
 * set (see {@link Detector}).
 */
public final class OpenNlpSentenceAnnotator implements Annotator {

  /** The shipped model's classpath resource, next to this class. */
  static final String MODEL_RESOURCE = "ar-sentences.bin";

  private final SentenceModel model;
  private final QuotationRule quotations;
  private final ThreadLocal<SentenceSplitter> splitters;

  private OpenNlpSentenceAnnotator(SentenceModel model, QuotationRule quotations) {
    this.model = model;
    this.quotations = quotations;
    Abbreviations abbreviations = Abbreviations.of(model.getAbbreviations());
    Set<String> features = featureSet(model.getAbbreviations());
    this.splitters =
        ThreadLocal.withInitial(
            () -> {
              Detector detector = new Detector(model, features);
              return new SentenceSplitter(
                  detector::endsAt, abbreviations, quotations, Datelines.shipped());
            });
  }

  /**
   * Returns the abbreviations the model's features look up, as OpenNLP's own view of the dictionary
   * answers: its one-word entries, exactly, as {@link Abbreviations} reads them (that view's {@code
   * contains} makes a {@code StringList} per call, which interns the word in a map the whole JVM
   * shares, see {@link Detector}). A dictionary that ignores case keeps OpenNLP's view, whose
   * matching this set would not repeat.
   */
  static Set<String> featureSet(Dictionary dictionary) {
    if (dictionary != null && !dictionary.isCaseSensitive()) {
      return dictionary.asStringSet();
    }
    return Set.copyOf(Abbreviations.of(dictionary).words());
  }

  /** {@return the annotator with the Arabic model shipped in this jar, loaded once} */
  public static OpenNlpSentenceAnnotator arabic() {
    return ShippedModel.ANNOTATOR;
  }

  /**
   * {@return an annotator with this model}
   *
   * @param model a sentence model, such as one {@link SentenceModelTrainer} trained
   */
  public static OpenNlpSentenceAnnotator withModel(SentenceModel model) {
    return new OpenNlpSentenceAnnotator(
        Objects.requireNonNull(model, "model"), QuotationRule.KEEP_WHOLE);
  }

  /**
   * {@return an annotator with the same model and another rule for quotations; {@link
   * QuotationRule#KEEP_WHOLE} is the default}
   *
   * @param rule what to do with sentence ends inside quotations
   */
  public OpenNlpSentenceAnnotator withQuotationRule(QuotationRule rule) {
    Objects.requireNonNull(rule, "rule");
    return rule == quotations ? this : new OpenNlpSentenceAnnotator(model, rule);
  }

  /** {@return the rule for quotations} */
  public QuotationRule quotationRule() {
    return quotations;
  }

  /**
   * {@return an annotator with the model in this file, such as one {@code tawsim train-sentences}
   * wrote}
   *
   * @param modelFile a sentence model file
   * @throws IOException naming the file when it cannot be read or is no OpenNLP sentence model
   */
  public static OpenNlpSentenceAnnotator withModel(Path modelFile) throws IOException {
    Objects.requireNonNull(modelFile, "modelFile");
    try {
      return withModel(new SentenceModel(modelFile));
    } catch (IOException | RuntimeException e) {
      throw new IOException(modelFile + ": not a readable OpenNLP sentence model (" + e + ")", e);
    }
  }

  /** {@return the model} */
  public SentenceModel model() {
    return model;
  }

  /**
   * {@return the sentences of a text, in order, as UTF-16 spans}
   *
   * @param text the text
   */
  public List<Span> sentences(String text) {
    Objects.requireNonNull(text, "text");
    return splitters.get().split(text);
  }

  @Override
  public Document annotate(Document document) {
    Objects.requireNonNull(document, "document");
    List<Span> spans = sentences(document.text());
    List<Sentence> sentences = new ArrayList<>(spans.size());
    for (Span s : spans) {
      sentences.add(new Sentence(s));
    }
    return document.withLayer(Sentence.class, sentences);
  }

  @Override
  public Set<Class<? extends Annotation>> requires() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends Annotation>> produces() {
    return Set.of(Sentence.class);
  }

  /**
   * OpenNLP's detector over the model with three changes that leave its decisions as they are. Its
   * context generator reads the abbreviations from a plain set: through OpenNLP's view of the
   * dictionary every lookup (each word next to a candidate end) went through {@code
   * opennlp.tools.util.jvm.StringInterners}, one concurrent map for the JVM that every thread went
   * through ({@code putIfAbsent}: 12% of the sentence step's {@code perf} samples in {@code
   * ConcurrentHashMap.putVal}) and that kept every such word for the life of the JVM. And its own
   * abbreviation check is off, as with a null dictionary: {@link SentenceSplitter} applies the
   * dictionary. And its end characters are found by an {@link EndCharacterScanner}, which boxes
   * no character.
   *
   * <p>{@link #endsAt} answers for one place of a line what {@code sentPosDetect} decides there,
   * asking the model only about the end characters of the token that ends at that place: the
   * splitter needs the detector's word on a few places of a line (single full stops that no rule
   * decided), where {@code sentPosDetect} evaluates every token of the line that holds an end
   * character (numbers such as {@code 3.5}, abbreviations, question marks...), boxes each
   * position and builds spans.
   */
  static final class Detector extends SentenceDetectorME {

    private final MaxentModel maxent;
    private final SDContextGenerator contexts;
    private final EndCharacterScanner ends;
    private final boolean tokenEnd;
    /** The last line {@code sentPosDetect} split for {@link #endsAt} without token ends, and its spans. */
    private String spannedLine;
    private opennlp.tools.util.Span[] spans;

    Detector(SentenceModel model, Set<String> abbreviations) {
      this(model, contextsFrom(abbreviations));
    }

    private Detector(SentenceModel model, Factory factory) {
      super(model, factory);
      // the generator and scanner OpenNLP's constructor makes, made the same way again: its own
      // are private
      char[] eos = model.getEosCharacters();
      this.contexts = eos == null
          ? factory.createSentenceContextGenerator(model.getLanguage(), Set.of())
          : factory.createSentenceContextGenerator(Set.of(), eos);
      this.ends = (EndCharacterScanner) (eos == null
          ? factory.createEndOfSentenceScanner(model.getLanguage())
          : factory.createEndOfSentenceScanner(eos));
      this.maxent = model.getMaxentModel();
      this.tokenEnd = model.useTokenEnd();
    }

    /**
     * Returns whether {@code sentPosDetect(line)} ends a sentence other than the line's last at
     * {@code stop}, the end of a token (a whitespace character follows it).
     *
     * <p>With token ends (the models Tawsim trains), {@code sentPosDetect} ends a sentence at the
     * end of a token when the model says "split" at one of the token's end characters that it asks
     * about: the last one, and each one before it that an upper-case letter follows; not at the
     * line's first character, where no sentence precedes. A sentence ended at one token does not
     * change what it decides in the next, so the other tokens of the line need not be asked about.
     * Without token ends, the spans of {@code sentPosDetect} answer.
     */
    boolean endsAt(String line, int stop) {
      if (!tokenEnd) {
        if (line != spannedLine) {
          spans = sentPosDetect(line);
          spannedLine = line;
        }
        for (int k = 0; k + 1 < spans.length; k++) {
          if (spans[k].getEnd() == stop) {
            return true;
          }
        }
        return false;
      }
      int start = stop;
      while (start > 0 && !StringUtil.isWhitespace(line.charAt(start - 1))) {
        start--;
      }
      // sentPosDetect's "index": only equal to an end character's offset at the line's start
      int index = start == 0 ? 0 : -1;
      for (int c = start; c < stop; c++) {
        if (!ends.isEnd(line.charAt(c))) {
          continue;
        }
        int next = c + 1;
        while (next < stop && !ends.isEnd(line.charAt(next))) {
          next++;
        }
        if (next < stop && !Character.isUpperCase(line.charAt(c + 1))) {
          continue; // not the token's last end character, and no capital follows
        }
        double[] outcomes = maxent.eval(contexts.getContext(line, c));
        if (SPLIT.equals(maxent.getBestOutcome(outcomes))) {
          if (c != index) {
            return true;
          }
          index = c + 1;
        }
      }
      return false;
    }

    /** The model's end characters and language as OpenNLP reads them; the abbreviations ours. */
    private static Factory contextsFrom(Set<String> abbreviations) {
      return new Factory() {
        @Override
        public SDContextGenerator createSentenceContextGenerator(
            String language, Set<String> modelAbbreviations) {
          return super.createSentenceContextGenerator(language, abbreviations);
        }

        @Override
        public SDContextGenerator createSentenceContextGenerator(
            Set<String> modelAbbreviations, char[] endCharacters) {
          return super.createSentenceContextGenerator(abbreviations, endCharacters);
        }

        @Override
        public EndOfSentenceScanner createEndOfSentenceScanner(String language) {
          return new EndCharacterScanner(super.createEndOfSentenceScanner(language));
        }

        @Override
        public EndOfSentenceScanner createEndOfSentenceScanner(char[] endCharacters) {
          return new EndCharacterScanner(super.createEndOfSentenceScanner(endCharacters));
        }
      };
    }

    @Override
    protected boolean isAcceptableBreak(CharSequence text, int fromIndex, int candidateIndex) {
      return true;
    }
  }

  /** Loads the shipped model on first use (the holder idiom), failing loudly when it is missing. */
  private static final class ShippedModel {
    static final OpenNlpSentenceAnnotator ANNOTATOR = withModel(load());

    private static SentenceModel load() {
      try (InputStream in = OpenNlpSentenceAnnotator.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IOException("the Arabic sentence model " + MODEL_RESOURCE + " is missing from the classpath");
        }
        return new SentenceModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.tawsim.core.text.ArabicCharacters;

/**
 * How much a word looks like a word of a person's name rather than a common word, from its letters
 * alone: an OpenNLP maximum-entropy model over character n-grams, trained by {@link
 * NameLikenessTrainer} on the generated lists of this package only (the name words of Wikidata and
 * Google's transliteration pairs against the common words and vocabulary of UD Arabic-PUD and
 * NTREX). No annotated corpus goes into it.
 *
 * <p>The rules ask it only about a word that no list knows, standing beside a cue (a speech verb,
 * a name word): one more piece of evidence, never a name by itself. Example: {@code كولانجيلو}
 * scores 1.00 and {@code بيانيتش} 0.99, {@code متهكما} 0.02 and {@code مؤلفات} 0.01.
 *
 * <p>The model is read once per class loader from {@code name-likeness.bin}; a missing or broken
 * resource throws {@link UncheckedIOException}. Thread-safe; scores are cached by word.
 */
final class NameLikeness {

  /** The resource of the shipped model, next to this class. */
  static final String RESOURCE = "name-likeness.bin";

  /** The outcome of a name word. */
  static final String NAME = "name";

  /** The outcome of a common word. */
  static final String COMMON = "common";

  /** Probability of {@link #NAME} from which a word counts as name-like. */
  static final double NAME_LIKE = 0.9;

  /** Probability of {@link #NAME} under which a word looks more like a common word. */
  static final double EVEN = 0.5;

  private static final int MIN_GRAM = 2;
  private static final int MAX_GRAM = 4;
  private static final char BEGIN = '<';
  private static final char END = '>';

  private final MaxentModel model;
  private final int name;

  NameLikeness(MaxentModel model) {
    this.model = model;
    this.name = model.getIndex(NAME);
    if (name < 0) {
      throw new IllegalArgumentException("the model has no outcome '" + NAME + "'");
    }
  }

  /** {@return the shipped model} */
  static NameLikeness shipped() {
    return Holder.INSTANCE;
  }

  /**
   * Scores already computed, by word: the rules ask about the same unknown words again and again
   * (a name repeated in a document, across documents). Bounded by {@link #MAX_CACHED}; a score is
   * a function of the word, so the cache changes no output.
   */
  private final Map<String, Double> cache = new ConcurrentHashMap<>();

  /** At most this many words are cached (a few megabytes). */
  static final int MAX_CACHED = 50_000;

  /** {@return the probability that a normalised word, without clitics, is a word of a name} */
  double score(String word) {
    Double cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    double p = model.eval(features(word))[name];
    if (cache.size() < MAX_CACHED) {
      cache.put(word, p);
    }
    return p;
  }

  /** True when a normalised word looks like a word of a name ({@link #NAME_LIKE}). */
  boolean nameLike(String word) {
    return score(word) >= NAME_LIKE;
  }

  /**
   * Returns the features of a word: its character n-grams of two to four letters, the word
   * bounded by {@code <} and {@code >} (so that beginnings and endings are n-grams of their own),
   * its length up to ten, and its {@link #template} whole, its first three and its last three
   * places.
   */
  static String[] features(String word) {
    String s = BEGIN + word + END;
    List<String> out = new ArrayList<>(3 * s.length() + 1);
    for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
      for (int i = 0; i + n <= s.length(); i++) {
        out.add(s.substring(i, i + n));
      }
    }
    out.add("len=" + Math.min(word.length(), 10));
    String t = template(word);
    out.add("t=" + t);
    out.add("t<" + t.substring(0, Math.min(3, t.length())));
    out.add("t>" + t.substring(Math.max(0, t.length() - 3)));
    return out.toArray(new String[0]);
  }

  /**
   * Returns the consonant template of a word: each letter that is no long vowel ({@code ا و ي})
   * becomes {@code C}, so that Arabic patterns (أرباح CCاC، تبليغ CCCيC) show whatever the root.
   */
  static String template(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      sb.append(c == ArabicCharacters.ALEF || c == ArabicCharacters.WAW || c == ArabicCharacters.YEH
          ? c : 'C');
    }
    return sb.toString();
  }

  static MaxentModel read(InputStream in) throws IOException {
    return new BinaryGISModelReader(new DataInputStream(in)).getModel();
  }

  /** Reads the shipped model once, when first asked. */
  private static final class Holder {
    static final NameLikeness INSTANCE = load();

    private static NameLikeness load() {
      try (InputStream in = NameLikeness.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new UncheckedIOException(
              new IOException("missing resource " + RESOURCE + " next to " + NameLikeness.class));
        }
        return new NameLikeness(read(new java.io.BufferedInputStream(in)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
      }
    }
  }
}

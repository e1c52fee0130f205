/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.core.io.WordLists;
import org.tawsim.core.text.ArabicNormalizer;

/**
 * The general vocabulary: common nouns, verbs and adjectives of a treebank, never its proper nouns,
 * less the words that are as well people's names (هادي). A word of it is no name, so a mention that
 * opens with one (سبب اختفاء البارات، تفاصيل من تلك المرحلة) is an object or a topic, not a
 * speaker. Its verbs apart ({@link #isVerb}): a verb opens a clause and never names a speaker
 * (ومضى يقول، لا يزال مدرب الفريق يأمل).
 *
 * <p>The lists are the entity tagger's {@code entities/vocabulary.txt} and {@code
 * entities/verbs.txt} (generated from UD Arabic-PUD, CC BY-SA; the verbs are its third person
 * singular active forms) and {@code entities/name-words.txt} (Wikidata person names, CC0), read
 * here too rather than copied; the name words are taken out of the other two (فيصل، يزيد، طالب)
 * and kept as well, for {@link #isNameWord}. Words are
 * compared after {@link ArabicNormalizer#standard()}, the form the lists are written in. Loaded
 * once; immutable and thread-safe.
 */
final class Vocabulary {

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

  private Vocabulary() {}

  /** Lazily loads the lists once. */
  private static final class Holder {
    static final Set<String> NAMES = loadNames();
    static final Set<String> WORDS = load("vocabulary.txt");
    static final Set<String> VERBS = load("verbs.txt");

    private static Set<String> loadNames() {
      Set<String> names = new HashSet<>();
      for (String e : WordLists.resource(ArabicEntityTagger.class, "name-words.txt")) {
        int space = e.indexOf(' '); // WORD COUNT
        names.add(NORMALIZER.normalizeToString(space > 0 ? e.substring(0, space) : e));
      }
      return Set.copyOf(names);
    }

    /** The normalised words of an entity list, less the name words. */
    private static Set<String> load(String file) {
      List<String> entries = WordLists.resource(ArabicEntityTagger.class, file);
      Set<String> words = new HashSet<>(entries.size() * 2);
      for (String e : entries) {
        words.add(NORMALIZER.normalizeToString(e));
      }
      words.removeAll(NAMES);
      return Set.copyOf(words);
    }
  }

  /** Returns true when the word [b, e) of the text is a word of people's names (باسم، هادي). */
  static boolean isNameWord(String text, int b, int e) {
    return Holder.NAMES.contains(NORMALIZER.normalizeToString(text, b, e));
  }

  /** Returns true when the word [b, e) of the text is a word of the general vocabulary. */
  static boolean contains(String text, int b, int e) {
    return Holder.WORDS.contains(NORMALIZER.normalizeToString(text, b, e));
  }

  /** Returns true when the word [b, e) of the text is a verb of the treebank's list. */
  static boolean isVerb(String text, int b, int e) {
    return Holder.VERBS.contains(NORMALIZER.normalizeToString(text, b, e));
  }
}

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
 * The verbs of a treebank: the entity tagger's {@code entities/verbs.txt}, the third person
 * singular active forms of UD Arabic-PUD's verbs (CC BY-SA), read here too rather than copied, less
 * the words that are as well people's names (فيصل، يزيد، طالب). A word of it opens a clause; it
 * never names a speaker (ومضى يقول، لا يزال مدرب الفريق يأمل).
 *
 * <p>Words are compared after {@link ArabicNormalizer#standard()}, the form the list is written in.
 * Loaded once; immutable and thread-safe.
 */
final class Verbs {

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

  private Verbs() {}

  /** Lazily loads the list once. */
  private static final class Holder {
    static final Set<String> WORDS = load();

    private static Set<String> load() {
      List<String> entries = WordLists.resource(ArabicEntityTagger.class, "verbs.txt");
      Set<String> words = new HashSet<>(entries.size() * 2);
      for (String e : entries) {
        String w = NORMALIZER.normalizeToString(e);
        if (!Vocabulary.isNameWord(w, 0, w.length())) {
          words.add(w);
        }
      }
      return Set.copyOf(words);
    }
  }

  /** Returns true when the word [b, e) of the text is a verb of the list. */
  static boolean contains(String text, int b, int e) {
    return Holder.WORDS.contains(NORMALIZER.normalizeToString(text, b, e));
  }
}

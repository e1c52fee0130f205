/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.core.io.WordLists;
import org.tawsim.core.text.ArabicCharacters;

/**
 * The quotation tagger's side of the entity tagger's spelled acronyms (entities {@code
 * SpelledAcronyms}), reading the same closed class: the letter names of {@code
 * entities/rule-words.txt}, section {@code [SpelledAcronyms.LETTERS]}, less those that are also
 * words ({@code [SpelledAcronyms.WORDS]}: في، أن، إن، أو، كي، دي، أي، أم), which count only inside
 * a run that another letter opened.
 *
 * <p>{@link #isLetter}: an acronym spelled out letter by letter (سي إن إن، ام اس ان بي سي) holds
 * إن, the letter N, which is no complementizer: وقالت شبكة سي إن إن إن الهجوم وقع ليلا opens its
 * reported clause at the third إن, not at the first. Pattern: إن (never أن) right after one or two
 * letter names, spaces between, is a letter of the acronym; after {@link #MAX_LETTERS} letters it
 * is the complementizer again, as acronyms of three letters are the rule (سي إن إن | إن الهجوم).
 * An acronym that opens with إن (إن بي سي) is not told: which إن it is shows only in the words
 * after it.
 *
 * <p>{@link #isName}: a short quotation made of such an acronym is a name («أو إف كيه بلجراد»).
 * Reads the last few words read, or the quotation's words; the list is loaded once; stateless.
 */
final class AcronymLetters {

  /** Letters of an acronym before which إن is read as a letter. */
  static final int MAX_LETTERS = 2;
  /** A quotation that is an acronym's name has at most this many words. */
  static final int NAME_WORDS = 4;
  /** إن folded: alef, noon. */
  private static final String IN = "\u0627\u0646";

  private AcronymLetters() {}

  /** Lazily loads the letter names once, folded. */
  private static final class Holder {
    static final Set<String> LETTERS;
    static final Set<String> WORDS;

    static {
      Map<String, List<String>> sections = WordLists.sections(
          WordLists.resource(ArabicEntityTagger.class, "rule-words.txt"), "entities/rule-words.txt");
      WORDS = folded(sections, "SpelledAcronyms.WORDS");
      Set<String> letters = new HashSet<>(folded(sections, "SpelledAcronyms.LETTERS"));
      letters.removeAll(WORDS);
      LETTERS = Set.copyOf(letters);
    }

    private static Set<String> folded(Map<String, List<String>> sections, String name) {
      List<String> lines = sections.get(name);
      if (lines == null || lines.isEmpty()) {
        throw new IllegalStateException("entities/rule-words.txt has no section [" + name + "]");
      }
      Set<String> words = new HashSet<>();
      lines.forEach(line -> words.add(ArabicWords.fold(line)));
      return Set.copyOf(words);
    }
  }

  /** Returns 1 for a letter name, 2 for one that is also a word, 0 for neither. */
  private static int letterKind(String text, int b, int e) {
    String folded = ArabicWords.fold(text.subSequence(b, e));
    return Holder.LETTERS.contains(folded) ? 1 : Holder.WORDS.contains(folded) ? 2 : 0;
  }

  /**
   * Returns true when the last word of {@code recent} is إن as a letter of a spelled acronym:
   * one or two letter names right before it.
   */
  static boolean isLetter(String text, RecentWords recent) {
    int b = recent.beginBack(0);
    int e = recent.endBack(0);
    int first = ArabicWords.firstKept(text, b, e);
    if (first >= e || text.charAt(first) == ArabicCharacters.ALEF_HAMZA_ABOVE
        || !ArabicWords.sameWordAs(text, b, e, IN)) {
      return false;
    }
    int letters = 0;
    boolean letter = false; // a letter name that is no word in the run: سي in سي إن إن
    for (int k = 1; k < recent.count && letters <= MAX_LETTERS; k++) {
      int pb = recent.beginBack(k);
      int pe = recent.endBack(k);
      int kind = spacesOnly(text, pe, recent.beginBack(k - 1)) ? letterKind(text, pb, pe) : 0;
      if (kind == 0) {
        break;
      }
      letter |= kind == 1;
      letters++;
    }
    return letter && letters <= MAX_LETTERS; // آي إن: آي is a word (أي), so إن opens a clause
  }

  /**
   * Returns true when a quotation of at most {@link #NAME_WORDS} unpunctuated words holds an
   * acronym spelled out, at least two letter names in a row, and at most two words besides, none
   * of them a verb: «إم بي سي»، «أو إف كيه بلجراد»، «بي إن سبورتس». Such a quotation is a name.
   *
   * @param words the number of words in the segment's content
   * @param punctuated true when a sentence or clause mark appears inside
   */
  static boolean isName(String text, Pairing.Segment s, int words, boolean punctuated) {
    if (words < 2 || words > NAME_WORDS || punctuated) {
      return false;
    }
    int run = 0;
    int longest = 0;
    int i = s.contentBegin();
    int end = s.contentEnd();
    while (i < end) {
      if (!ArabicWords.isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int b = i;
      i = ArabicWords.wordEnd(text, i, end);
      int kind = letterKind(text, b, i);
      if (kind == 1 || (kind == 2 && run > 0)) {
        longest = Math.max(longest, ++run); // إف كيه; بي إن: إن after a letter
      } else if (Vocabulary.isVerb(text, b, i)) {
        return false; // «سي إن إن تكذب»: a clause about the outlet
      } else {
        run = 0;
      }
    }
    return longest >= 2 && words - longest <= 2;
  }

  private static boolean spacesOnly(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!QuotePairer.isSpace(text.charAt(i)) || QuotePairer.isParagraphBreak(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

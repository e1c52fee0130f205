/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.tawsim.core.io.WordLists;

/**
 * The closed-class word lists that more than one tagger reads, shipped once under {@code
 * org/tawsim/annotate/} in the format of {@link WordLists}. Each tagger folds the entries as it
 * matches words; the entries are as written.
 *
 * <p>The entity tagger reads {@link #SPEECH_VERBS} as verbs followed by their subject (وقال
 * الوزير), with its own non-speech verbs of that kind ({@code entities/subject-verbs.txt}); the
 * quotation tagger reads it as the verbs that attribute words to a speaker (its {@code
 * WordList.SPEECH_VERBS}). The entity tagger reads {@link #SPEECH_PARTICIPLES} as common words,
 * never the start of a name (وأردف مؤكدا); the quotation tagger as participles that continue a
 * report.
 *
 * <p>The entity tagger reads {@link #PREPOSITIONS}, {@link #QUANTIFIERS} and {@link
 * #FUNCTION_WORDS} as stop words, with its own frequent verbs and other words ({@code
 * entities/stopwords.txt}). The quotation tagger reads prepositions and function words as words
 * that end a speaker's mention (with its own {@code quotes/speaker-stops.txt}), and prepositions
 * and quantifiers as words after which a cue word is a noun. Quantifiers are kept apart because
 * they open a speaker's mention rather than end it (قال بعض المسؤولين).
 *
 * <p>The entity tagger reads {@link #PERSON_TITLES} as titles before a name, phrases with an
 * optional {@code |weak} mark. The quotation tagger reads the unmarked one-word titles ({@link
 * #words()}) as titles, never a surname, with its own forms and roles ({@code quotes/titles.txt});
 * it reads no weak titles, which are as often a common noun before a name (المدرب الهولندي لويس
 * فان غال: the speaker is the name, not المدرب), and not the entity tagger's roles ({@code
 * entities/person-roles.txt}), for the same reason.
 */
public enum ClosedClass {
  /** Speech verbs, past and present, masculine, feminine and plural ({@code قال، أكدت، يضيفون}). */
  SPEECH_VERBS("speech-verbs.txt"),
  /** Active participles of saying that continue a report ({@code مضيفا، مشيرة، مؤكدين}). */
  SPEECH_PARTICIPLES("speech-participles.txt"),
  /** Prepositions written apart from the next word ({@code في، على، أمام، بشأن}). */
  PREPOSITIONS("prepositions.txt"),
  /** Quantifiers ({@code بعض، كل، معظم}). */
  QUANTIFIERS("quantifiers.txt"),
  /**
   * Function words other than prepositions: relative pronouns, pronouns, conjunctions, particles,
   * demonstratives, prepositions with a pronoun ({@code الذي، هو، لكن، لقد، ذلك، عنه}).
   */
  FUNCTION_WORDS("function-words.txt"),
  /**
   * Titles before a person's name, one or more words, some marked {@code |weak} when as often a
   * common noun ({@code الرئيس، وزير الخارجية، اللاعب|weak}).
   */
  PERSON_TITLES("person-titles.txt");

  /** Separates an entry from its mark: {@code اللاعب|weak}. */
  private static final char MARK = '|';

  private final String file;

  ClosedClass(String file) {
    this.file = file;
  }

  /** {@return the resource file's name, under {@code org/tawsim/annotate/}} */
  public String fileName() {
    return file;
  }

  /**
   * Reads the shipped entries, in file order; each call reads the resource again.
   *
   * @return the entries, in file order
   * @throws UncheckedIOException when the resource is missing or unreadable
   */
  public List<String> entries() {
    return WordLists.resource(ClosedClass.class, file);
  }

  /**
   * Reads the shipped entries of one word and no mark, in file order: {@code الرئيس} gives {@code
   * الرئيس}; {@code وزير الخارجية} nothing, and {@code اللاعب|weak} nothing, since a mark
   * qualifies an entry in a way that a reader of plain words cannot honour.
   *
   * @return the one-word entries, in file order
   * @throws UncheckedIOException when the resource is missing or unreadable
   */
  public List<String> words() {
    List<String> words = new ArrayList<>();
    for (String entry : entries()) {
      String word = word(entry);
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** Returns the entry when it is one word with no mark, else the empty string. */
  static String word(String entry) {
    return entry.indexOf(MARK) >= 0 || entry.codePoints().anyMatch(Character::isWhitespace)
        ? ""
        : entry;
  }
}

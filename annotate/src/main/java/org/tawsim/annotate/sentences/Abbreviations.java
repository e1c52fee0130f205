/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.tawsim.core.io.WordLists;

/**
 * Words written with a final full stop that does not end a sentence: a dictionary (such as {@code
 * د.} for doctor or {@code ص.ب.} for post-office box) and initials.
 *
 * <p>An <em>initial</em> is one letter, optionally followed by a tatweel ({@code هـ}), and a chain
 * of them joined by full stops is one too: {@code ز.}, {@code أ.د.}, {@code ق.م.}, {@code J.}. A
 * one-letter Arabic word never ends a sentence (the one-letter words are conjunctions and
 * prepositions that precede what they join), so treating every initial as an abbreviation costs
 * nothing and catches the names ("أحمد ز.") that no list holds. Immutable and thread-safe.
 */
final class Abbreviations {

  /** U+0640 ARABIC TATWEEL, which lengthens the letter before it, as in {@code هـ}. */
  static final char TATWEEL = '\u0640';

  /** The shipped list, one abbreviation a line with its final full stop; {@code #} starts a comment. */
  static final String RESOURCE = "abbreviations-ar.txt";

  private final Set<String> words;

  private Abbreviations(Set<String> words) {
    this.words = words;
  }

  /** Returns the abbreviations of a list; each entry ends with its full stop. */
  static Abbreviations of(Collection<String> entries) {
    return new Abbreviations(Set.copyOf(entries));
  }

  /** Returns the abbreviations of an OpenNLP model's dictionary; none for {@code null}. */
  static Abbreviations of(Dictionary dictionary) {
    Set<String> words = new TreeSet<>();
    if (dictionary != null) {
      for (StringList entry : dictionary) {
        if (entry.size() == 1) {
          words.add(entry.getToken(0));
        }
      }
    }
    return of(words);
  }

  /**
   * Returns the shipped list, read from the classpath.
   *
   * @throws java.io.UncheckedIOException when the resource is missing or unreadable
   */
  static Set<String> shippedList() {
    return new TreeSet<>(WordLists.resource(Abbreviations.class, RESOURCE));
  }

  /** Returns the list as an OpenNLP dictionary, for training. */
  static Dictionary toDictionary(Collection<String> entries) {
    Dictionary d = new Dictionary(true);
    for (String w : new TreeSet<>(entries)) {
      d.put(new StringList(w));
    }
    return d;
  }

  /** Returns the dictionary's entries, sorted. */
  Set<String> words() {
    return new TreeSet<>(words);
  }

  /**
   * Returns true when the word {@code text[begin, stop)} followed by the full stop at {@code stop}
   * is an abbreviation or an initial.
   */
  boolean isAbbreviation(String text, int begin, int stop) {
    if (stop <= begin) {
      return false;
    }
    if (isInitials(text, begin, stop)) {
      return true;
    }
    return !words.isEmpty()
        && stop - begin < 16
        && words.contains(text.subSequence(begin, stop + 1).toString());
  }

  /**
   * Returns true for a letter of the Arabic block. Latin letters are left out on purpose: in Arabic
   * news a lone Latin capital before a full stop is a grade, a plan or a vitamin ("على A.") far more
   * often than a name's initial, since names are written in Arabic script.
   */
  private static boolean isArabicLetter(char c) {
    return c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c);
  }

  private static boolean isInitials(String text, int begin, int stop) {
    int i = begin;
    while (i < stop) {
      if (!isArabicLetter(text.charAt(i))) {
        return false;
      }
      i++;
      if (i < stop && text.charAt(i) == TATWEEL) {
        i++;
      }
      if (i == stop) {
        return true;
      }
      if (text.charAt(i) != Marks.FULL_STOP) {
        return false;
      }
      i++;
    }
    return false;
  }
}

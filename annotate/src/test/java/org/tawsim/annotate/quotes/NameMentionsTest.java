/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Span;

/**
 * Later mentions of a speaker named once ({@link NameMentions}): the surname of a mention, the given
 * name written before it, the latest earlier occurrence of a name.
 */
class NameMentionsTest {

  private static NameMentions mentions(String text) {
    CueLexicon lexicon = CueLexicon.defaults();
    return new NameMentions(text, lexicon, new SpeakerFinder(text, lexicon, List.of()));
  }

  private static String show(String text, Span s) {
    return s == null ? "-" : s.coveredText(text);
  }

  /** Each row: a mention (the whole text), then its surname, or a dash for none. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      textBlock = """
      سامي الأحمد # الأحمد
      الخلف # الخلف
      الوزير # -
      الوزير سامي خليل # خليل
      وزير الخارجية # -
      الوزير الأحمد # -
      المتحدث باسم الحكومة # -
      الناطقة باسمها # -
      باسم يوسف # يوسف
      """)
  void findsTheSurnameOfAMention(String mention, String surname) {
    String text = mention.strip();
    assertEquals(surname.strip(),
        show(text, mentions(text).nameWord(new Span(0, text.length()))));
  }

  /**
   * Each row: a text whose last word is the mention of a surname, then the given name found for
   * it: before it in the mention (the whole text after the last full stop), else before the same
   * surname earlier in the text, or a dash.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      textBlock = """
      وقال معاذ الخلف إن الدراسة صعبة. وقال الخلف # معاذ
      وقال الوزير الخلف إن الدراسة صعبة. وقال الخلف # -
      قال الخلف إن الدراسة صعبة. وقال الخلف # -
      وقال معاذ الخلف إن الدراسة صعبة. وقال سامي الخلف # سامي
      """)
  void findsTheGivenNameOfASurname(String passage, String given) {
    String text = passage.strip();
    int last = text.lastIndexOf(' ') + 1;
    int stop = text.lastIndexOf('.') + 1;
    NameMentions m = mentions(text);
    Span surname = new Span(last, text.length());
    Span mention = new Span(text.indexOf(' ', stop + 1) + 1, text.length());
    assertEquals(given.strip(), show(text, m.givenName(mention, surname, 0)));
  }

  /**
   * Each row: a text, then where the latest whole-word occurrence of its last word before it
   * starts, or -1 (a word that only contains it does not count).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      textBlock = """
      قال معاذ الخلف إن معاذ سيبقى. قرر معاذ # 18
      قال معاذ الخلف. قرر الخلف # 9
      قال المعاذي إن الدراسة صعبة. قرر معاذ # -1
      """)
  void findsTheLatestEarlierMentionOfAName(String passage, String begin) {
    String text = passage.strip();
    int last = text.lastIndexOf(' ') + 1;
    Span found = mentions(text).latestMention(new Span(last, text.length()), 0, last);
    assertEquals(begin.strip(), found == null ? "-1" : "" + found.begin());
  }
}

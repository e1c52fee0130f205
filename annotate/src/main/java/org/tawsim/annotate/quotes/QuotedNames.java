/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tawsim.core.text.ArabicCharacters;

/**
 * Short quoted segments that are names or terms by their place in the document rather than by
 * their words, so that no word list can tell them:
 *
 * <ul>
 *   <li>{@link #isRepeated}: the same words, at most {@link #WORDS} of them, are quoted again
 *       elsewhere in the document. A writer who puts a name or a term in marks does so at each
 *       mention (مؤسسة "كافل" ... منسوبي مؤسسة "كافل"، كشفت عنه "نزاهة" ... تحتاج "نزاهة"); words
 *       someone said are quoted once. Inside a report (a cue whose complement came before: إن
 *       الاتحاد يريد "التعاون") the repeated words are still the speaker's when they open with a
 *       word of the general {@link Vocabulary} or follow a colon or comma; a name is not (إن ما
 *       يحدث لم يصل إلى ما عليه "داعش": {@link #isRepeatedName});
 *   <li>{@link #isSubjectOfClause}: a short segment followed by a comma and a complementizer is
 *       the subject or the name of the one who speaks, not what they said: أوضح مدير الفرع "سياف
 *       آل خشيل"، أن البازار ...;
 *   <li>{@link #hasNoLetters}: digits and signs alone («22»، "5"): a number, never words said;
 *   <li>{@link #isListed}: one of {@link #LIST_ITEMS} or more short quotations in a row, joined
 *       by a comma, و or أو: a list of titles or names (مسرحيات "علمي علمك" و"المنحاشين"
 *       و"شعللنا الدوري"؛ مساحيق "الهيل" و"جوزة الطيب" و"بعض العطر"). A speaker's words come
 *       one or two fragments at a time; three short items in a row are an enumeration.
 * </ul>
 *
 * <p>The repeated segments are counted once per document, on its segments only. One per pass.
 */
final class QuotedNames {

  /** A repeated or subject segment has at most this many words. */
  static final int WORDS = 3;
  /** A subject in marks before its clause has at most this many words: a full name. */
  static final int SUBJECT_WORDS = 4;
  /** A list has at least this many quotations. */
  static final int LIST_ITEMS = 3;

  private final String text;
  private final int n;
  private final CueLexicon lexicon;
  private final KindRules kinds;
  /** How often each short segment's folded words are quoted in the document. */
  private final Map<String, Integer> counts = new HashMap<>();
  /** Opening marks of the quotations that are items of a list. */
  private final Set<Integer> listed = new HashSet<>();

  QuotedNames(String text, CueLexicon lexicon, KindRules kinds, List<Pairing.Segment> segments) {
    this.text = text;
    this.n = text.length();
    this.lexicon = lexicon;
    this.kinds = kinds;
    List<Pairing.Segment> run = new ArrayList<>();
    int topEnd = -1;
    for (Pairing.Segment s : segments) {
      if (s.unclosed()) {
        continue;
      }
      KindRules.Content c = kinds.measure(s);
      if (c.folded() != null && c.words() <= WORDS && !c.punctuated()) {
        counts.merge(c.folded(), 1, Integer::sum);
      }
      if (s.open() < topEnd) {
        continue; // nested in the quotation before it: no item of a list at the top
      }
      topEnd = s.end();
      boolean item = c.words() > 0 && c.words() <= KindRules.NAME_WORDS && !kinds.isClause(s, c);
      if (!item
          || (!run.isEmpty()
              && !Fragments.joinsList(text, run.get(run.size() - 1).end(), s.open()))) {
        endRun(run);
      }
      if (item) {
        run.add(s);
      }
    }
    endRun(run);
  }

  /**
   * Marks the items of a run of quotations as a list when it has at least {@link #LIST_ITEMS}
   * (each of at most {@link KindRules#NAME_WORDS} words and no clause, each joined to the next by
   * {@link Fragments#joinsList}), and empties the run.
   */
  private void endRun(List<Pairing.Segment> run) {
    if (run.size() >= LIST_ITEMS) {
      for (Pairing.Segment s : run) {
        listed.add(s.open());
      }
    }
    run.clear();
  }

  /** Returns true when the segment is an item of a list of short quotations (see above). */
  boolean isListed(Pairing.Segment s) {
    return !listed.isEmpty() && listed.contains(s.open());
  }

  /** Returns true when the segment's words, at most {@link #WORDS}, are quoted elsewhere too. */
  boolean isRepeated(KindRules.Content c) {
    return c.folded() != null
        && c.words() <= WORDS
        && !c.punctuated()
        && counts.getOrDefault(c.folded(), 0) > 1;
  }

  /**
   * Returns true when a repeated segment is a name even inside a report: no colon or comma
   * before it, and its first word has no article and is no word of the general {@link Vocabulary}
   * (ونفى أن يكون
   * لـ"داعش" ... ما عليه "داعش"، الاتحاد الدولي "فيفا"). A common word a speaker uses twice (إن
   * الاتحاد يريد "التعاون" ... أن يحل "التعاون") stays theirs.
   */
  boolean isRepeatedName(Pairing.Segment s, KindRules.Content c) {
    if (c.firstBegin() < 0 || kinds.afterColonOrComma(s)) {
      return false;
    }
    int b = c.firstBegin();
    int e = c.firstEnd();
    // "الشراكة"، "التعاون": a common noun with the article, however rare, is a policy word a
    // speaker may use twice; a name seldom has one
    return !ArabicWords.hasArticle(text, b, e) && !Vocabulary.contains(text, b, e);
  }

  /**
   * Returns true for at most {@link #SUBJECT_WORDS} unpunctuated words followed by a comma and a
   * complementizer without و or ف (أن، إن، بأن): the subject before its reported clause.
   */
  boolean isSubjectOfClause(Pairing.Segment s, KindRules.Content c) {
    if (c.words() == 0 || c.words() > SUBJECT_WORDS || c.punctuated()) {
      return false;
    }
    int i = skipSpaces(s.end());
    if (i >= n || (text.charAt(i) != ArabicCharacters.ARABIC_COMMA && text.charAt(i) != ',')) {
      return false;
    }
    int b = skipSpaces(i + 1);
    int e = ArabicWords.wordEnd(text, b, n);
    if (e == b || (lexicon.exactFlags(text, b, e) & CueLexicon.COMPLEMENTIZER) == 0) {
      return false;
    }
    char first = ArabicWords.firstKeptChar(text, b, e);
    // «ناجح جدا»، وأن الزوار كثر: with و or ف the clause after is a second report, not the subject's
    return first != ArabicCharacters.WAW && first != ArabicCharacters.FEH;
  }

  /** Returns true when the content has words but no letter: digits and signs only. */
  boolean hasNoLetters(Pairing.Segment s) {
    boolean digits = false;
    for (int i = s.contentBegin(); i < s.contentEnd(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return false;
      }
      digits |= Character.isDigit(c);
    }
    return digits;
  }

  private int skipSpaces(int from) {
    return QuotePairer.spacesEnd(text, from, n);
  }
}

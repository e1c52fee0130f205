/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.Entity;
import org.tawsim.core.Span;

/**
 * Later mentions of a speaker named once: the surname (a family name with the article too), and
 * the given name written before it earlier in the text, found again further on (معاذ الخلف ... وقال
 * الخلف ... قرر معاذ). {@link SpeakerMemory} gives an implicit speaker at its latest mention.
 *
 * <p>Searches go back at most {@link SpeakerFinder#MENTION_WINDOW} characters. One per document.
 */
final class NameMentions {

  private final String text;
  private final CueLexicon lexicon;
  private final SpeakerFinder finder;

  NameMentions(String text, CueLexicon lexicon, SpeakerFinder finder) {
    this.text = text;
    this.lexicon = lexicon;
    this.finder = finder;
  }

  /**
   * Returns the last name-like word of a mention (a surname), or null when it has none. A family
   * name with the article counts when a name-like word stands before it or it is the whole mention
   * (معاذ الخلف، وقال الخلف); a title does not (الوزير).
   */
  Span nameWord(Span mention) {
    int e = mention.end();
    boolean lastWord = true;
    while (e > mention.begin()) {
      int b = e;
      while (b > mention.begin() && ArabicWords.isWordChar(text.charAt(b - 1))) {
        b--;
      }
      if (b < e && ArabicWords.isArabicLetter(ArabicWords.firstKeptChar(text, b, e))) {
        if (finder.isNameLike(b, e)) {
          return new Span(b, e);
        }
        if (lastWord && isFamilyName(b, e, mention)) {
          return new Span(b, e);
        }
      }
      lastWord = false;
      e = b;
      while (e > mention.begin() && !ArabicWords.isWordChar(text.charAt(e - 1))) {
        e--;
      }
    }
    return null;
  }

  private boolean isFamilyName(int b, int e, Span mention) {
    if (!ArabicWords.hasArticle(text, b, e)
        || ArabicWords.foldedLength(text, b, e) < 4
        || finder.isTitle(b, e) || (lexicon.exactFlags(text, b, e) & SpeakerFinder.ENDS_MENTION) != 0) {
      return false;
    }
    if (b == mention.begin()) {
      return true;
    }
    int p = b;
    while (p > mention.begin() && !ArabicWords.isWordChar(text.charAt(p - 1))) {
      p--;
    }
    int pb = p;
    while (pb > mention.begin() && ArabicWords.isWordChar(text.charAt(pb - 1))) {
      pb--;
    }
    return pb < p && finder.isNameLike(pb, p);
  }

  /**
   * Returns the given name of the person whose surname is {@code surname} in {@code mention}: the
   * name-like word before it in the mention (سامي الأحمد), else the one written before the
   * surname at its latest earlier occurrence in [from, surname) (for الخلف, معاذ in an earlier
   * «معاذ الخلف»), or null.
   */
  Span givenName(Span mention, Span surname, int from) {
    Span inside = wordBefore(surname.begin(), mention.begin());
    if (inside != null) {
      return inside;
    }
    Span earlier = latestMention(surname, from, surname.begin());
    while (earlier != null) {
      Span given = wordBefore(earlier.begin(), from);
      if (given != null) {
        return given;
      }
      earlier = latestMention(surname, from, earlier.begin());
    }
    return null;
  }

  /**
   * Returns true when a short word that is also a function word (لي: "to me", and the surname Li)
   * is written earlier in the text as the last word of a name: after a word of people's names or a
   * title (تشانغ لي، الرئيس لي), or inside a named entity of two words or more (كاي فو لي). Then
   * the same word after a speech verb is that person (قال لي «...»), not "to me".
   */
  boolean isSurnameElsewhere(Span word, EntityLinks links) {
    Span earlier = latestMention(word, 0, word.begin());
    while (earlier != null) {
      Entity entity = links.covering(earlier);
      if (entity != null && entity.span().begin() < earlier.begin()) {
        return true; // كاي فو لي: the entity holds a word before it
      }
      int p = earlier.begin();
      while (p > 0 && QuotePairer.isSpace(text.charAt(p - 1))) {
        p--;
      }
      int pb = p;
      while (pb > 0 && ArabicWords.isWordChar(text.charAt(pb - 1))) {
        pb--;
      }
      if (pb < p && (Vocabulary.isNameWord(text, pb, p) || finder.isTitle(pb, p))) {
        return true;
      }
      earlier = latestMention(word, 0, earlier.begin());
    }
    return false;
  }

  /** Returns the name-like Arabic word right before {@code pos}, not before {@code limit}, or null. */
  private Span wordBefore(int pos, int limit) {
    int p = pos;
    while (p > limit && QuotePairer.isSpace(text.charAt(p - 1))) {
      p--;
    }
    int pb = p;
    while (pb > limit && ArabicWords.isWordChar(text.charAt(pb - 1))) {
      pb--;
    }
    return pb < p && ArabicWords.isArabicLetter(text.charAt(pb)) && finder.isNameLike(pb, p)
        ? new Span(pb, p)
        : null;
  }

  /**
   * Returns the latest whole-word occurrence of {@code name}'s word in [from, to), searching back
   * at most {@link SpeakerFinder#MENTION_WINDOW} characters, or null.
   */
  Span latestMention(Span name, int from, int to) {
    int low = Math.max(from, to - SpeakerFinder.MENTION_WINDOW);
    int j = to;
    while (j > low) {
      while (j > low && !ArabicWords.isWordChar(text.charAt(j - 1))) {
        j--;
      }
      int b = j;
      while (b > low && ArabicWords.isWordChar(text.charAt(b - 1))) {
        b--;
      }
      boolean cut = b == low && b > 0 && ArabicWords.isWordChar(text.charAt(b - 1));
      if (b < j && !cut && ArabicWords.sameWord(text, b, j, name.begin(), name.end())) {
        return new Span(b, j);
      }
      j = b;
    }
    return null;
  }
}

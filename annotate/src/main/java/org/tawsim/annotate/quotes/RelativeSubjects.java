/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * The subject of a speech verb in a relative clause: the noun the relative pronoun stands for.
 *
 * <p>Rule: when the word right before a speech verb is a relative pronoun (الذي، التي، الذين،
 * اللذان، اللواتي ...), the speaker is the noun phrase right before the pronoun, with no
 * punctuation between: a person or organisation of the entity layer that ends there, else a title,
 * role or name head with the adjectives after it (الوزير الأول الذي قال), a ب، ل، ك، و or ف glued to
 * its article left out (أشاد الحضور بالوزير الذي قال «...» → الوزير), else one name-like word that
 * is no word of the general {@link Vocabulary} and has no pronoun (سامي الذي قال; not وغيرها
 * التي). A relative clause with words of its own between the noun and the pronoun names no one
 * this way, and nor does a noun that ends another relative clause (المبادرة التي أطلقها الرئيس
 * فلان التي تدعو: the pronoun may stand for المبادرة).
 *
 * <p>Reads at most {@link #WORDS} words back. One per document.
 */
final class RelativeSubjects {

  /** How many words the noun phrase before the pronoun may have: a title and its adjectives. */
  static final int WORDS = 4;
  /** A relative pronoun this many words before the noun found makes it ambiguous. */
  static final int STACKED_WORDS = 6;

  /** The relative pronouns, folded. */
  private static final String[] RELATIVES = {
    "\u0627\u0644\u0630\u064A", // الذي
    "\u0627\u0644\u062A\u064A", // التي
    "\u0627\u0644\u0630\u064A\u0646", // الذين
    "\u0627\u0644\u0644\u0630\u064A\u0646", // اللذين
    "\u0627\u0644\u0644\u0630\u0627\u0646", // اللذان
    "\u0627\u0644\u0644\u062A\u064A\u0646", // اللتين
    "\u0627\u0644\u0644\u062A\u0627\u0646", // اللتان
    "\u0627\u0644\u0644\u0648\u0627\u062A\u064A", // اللواتي
    "\u0627\u0644\u0644\u0627\u062A\u064A", // اللاتي
  };

  private final String text;
  private final CueLexicon lexicon;
  private final SpeakerFinder finder;

  RelativeSubjects(String text, CueLexicon lexicon, SpeakerFinder finder) {
    this.text = text;
    this.lexicon = lexicon;
    this.finder = finder;
  }

  /**
   * Returns the noun a relative pronoun right before the speech verb at {@code verbBegin} stands
   * for, or null; nothing before {@code limit} (the sentence start) is read.
   */
  Span antecedent(int verbBegin, int limit) {
    int re = spacesBack(verbBegin, limit);
    int rb = ArabicWords.wordBack(text, re, limit);
    if (rb == re || !isRelative(rb, re)) {
      return null;
    }
    int ae = spacesBack(rb, limit);
    if (ae == rb) {
      return null; // punctuation or the sentence start before the pronoun
    }
    int ab = ArabicWords.wordBack(text, ae, limit);
    if (ab == ae) {
      return null;
    }
    Span found = noun(ab, ae, limit);
    return found == null || relativeBefore(found.begin(), limit) ? null : found;
  }

  /**
   * Returns true when another relative pronoun comes at most {@link #STACKED_WORDS} words before
   * {@code pos}: the noun found then belongs to that clause (المبادرة التي أطلقها الرئيس فلان التي
   * تدعو), and the pronoun after it may stand for a noun further back.
   */
  private boolean relativeBefore(int pos, int limit) {
    int e = pos;
    for (int words = 0; words < STACKED_WORDS; words++) {
      int end = spacesBack(e, limit);
      int b = ArabicWords.wordBack(text, end, limit);
      if (b == end) {
        return false;
      }
      if (isRelative(b, end)) {
        return true;
      }
      e = b;
    }
    return false;
  }

  /** The noun phrase whose last word is [ab, ae), or null; see the class comment. */
  private Span noun(int ab, int ae, int limit) {
    Entity named = finder.link(new Span(ab, ae));
    if (named != null && named.span().end() == ae
        && (EntityType.PER.equals(named.type()) || EntityType.ORG.equals(named.type()))) {
      return named.span();
    }
    // a title or name head, then adjectives with the article, up to the pronoun
    int b = ab;
    int e = ae;
    for (int words = 0; words < WORDS; words++) {
      int start = withoutClitic(b, e);
      if (finder.isTitle(start, e) || lexicon.isNameHead(text, start, e)) {
        return new Span(start, ae);
      }
      if (!ArabicWords.hasArticle(text, b, e)) {
        break; // only adjectives with the article stand between the head and the pronoun
      }
      e = spacesBack(b, limit);
      if (e == b) {
        break;
      }
      b = ArabicWords.wordBack(text, e, limit);
      if (b == e) {
        break;
      }
    }
    return finder.isNameLike(ab, ae) && !Vocabulary.contains(text, ab, ae)
        && !finder.hasPronounSuffix(ab, ae) // الجرائم وغيرها التي تهدد: a word with a pronoun
        && ArabicWords.isArabicLetter(text.charAt(ab))
        ? new Span(ab, ae)
        : null;
  }

  /** Returns where the word [b, e) starts without a ب، ل، ك، و or ف glued to its article. */
  private int withoutClitic(int b, int e) {
    int first = ArabicWords.firstKept(text, b, e);
    if (first >= e) {
      return b;
    }
    char c = ArabicWords.fold(text.charAt(first));
    boolean clitic = c == ArabicCharacters.BEH || c == ArabicCharacters.LAM
        || c == ArabicCharacters.KAF || c == ArabicCharacters.WAW || c == ArabicCharacters.FEH;
    int rest = ArabicWords.firstKept(text, first + 1, e);
    return clitic && ArabicWords.hasArticle(text, rest, e) ? rest : b;
  }

  /** Returns true for a relative pronoun: الذي، التي، الذين... */
  boolean isRelative(int b, int e) {
    for (String r : RELATIVES) {
      if (ArabicWords.sameWordAs(text, b, e, r)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the offset before the spaces that end at {@code pos}, not before {@code limit}. */
  private int spacesBack(int pos, int limit) {
    int i = pos;
    while (i > limit && QuotePairer.isSpace(text.charAt(i - 1))
        && !QuotePairer.isParagraphBreak(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}

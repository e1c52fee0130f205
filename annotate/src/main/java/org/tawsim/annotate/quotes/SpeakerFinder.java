/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.List;
import org.tawsim.core.Entity;
import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * Finds the mention of a speaker around a cue, and says what a mention is. The searches live in
 * units of their own:
 *
 * <ul>
 *   <li>{@link SubjectAfter}: the noun phrase after a speech verb (VSO, the usual order of Arabic
 *       news), the source after an "according to" word, with {@link Appositions} for a name set off
 *       by commas after a title;
 *   <li>{@link SubjectBefore}: the subject before the verb (SVO);
 *   <li>{@link MentionWords}: the words that are no part of a mention;
 *   <li>{@link EntityLinks}: what the entity layer says about a mention.
 * </ul>
 *
 * <p>This class holds the tests of a whole mention (a source, a title, a verb's object) that the
 * other units share.
 *
 * <p>Every search is bounded (a few words, or {@link #MENTION_WINDOW} characters), so the tagger
 * stays linear in the text. One instance per document; not thread-safe.
 */
final class SpeakerFinder {

  /** أحد and إحدى, folded: "one of". */
  private static final String ONE_OF = "\u0627\u062D\u062F";
  private static final String ONE_OF_FEMININE = "\u0627\u062D\u062F\u0649";

  /** How many words a speaker's mention may have. */
  static final int MAX_WORDS = 8;
  /** How far back the latest mention of an earlier speaker is searched, in characters. */
  static final int MENTION_WINDOW = 3000;

  private final String text;
  private final int n;
  private final CueLexicon lexicon;
  private final EntityLinks links;
  private final SubjectBefore subjects;
  private final SubjectAfter subjectsAfter;
  private final MentionWords notNames;

  SpeakerFinder(String text, CueLexicon lexicon, List<Entity> entities) {
    this.text = text;
    this.n = text.length();
    this.lexicon = lexicon;
    this.links = new EntityLinks(entities, this);
    this.notNames = new MentionWords(text, lexicon, links);
    this.subjects = new SubjectBefore(text, lexicon, this);
    this.subjectsAfter = new SubjectAfter(text, lexicon, links, notNames, this);
  }

  /**
   * Returns the start of the word at or after pos on the same line, or -1 at a non-word char or at
   * a run of tatweel and marks alone (a tatweel dash, a stray diacritic), which names no one.
   */
  int wordStart(int pos) {
    int i = pos;
    while (i < n && QuotePairer.isSpace(text.charAt(i)) && !QuotePairer.isParagraphBreak(text.charAt(i))) {
      i++; // a mention never runs into the next paragraph (a headline's وفقا لوزير الداخلية)
    }
    if (i == n || !ArabicWords.isWordChar(text.charAt(i))) {
      return -1;
    }
    int e = wordEnd(i);
    return ArabicWords.firstKept(text, i, e) < e ? i : -1;
  }

  /** Returns the end of the word that starts at {@code start}. */
  int wordEnd(int start) {
    return ArabicWords.wordEnd(text, start, n);
  }

  boolean isNameLike(int b, int e) {
    if (ArabicWords.foldedLength(text, b, e) < 3 || Character.isDigit(text.charAt(b))) {
      return false;
    }
    if (ArabicWords.hasArticle(text, b, e)) {
      return false;
    }
    int f = lexicon.exactFlags(text, b, e);
    return (f & (CueLexicon.STOP | CueLexicon.ADVERB | CueLexicon.TITLE | CueLexicon.CUE
            | CueLexicon.COMPLEMENTIZER | CueLexicon.DEMONSTRATIVE | CueLexicon.AUXILIARY)) == 0
        && !notNames.isInTheNameOf(b, e); // المتحدث باسم الحكومة: "in the name of", no given name
  }

  static final int ENDS_MENTION =
      CueLexicon.STOP
          | CueLexicon.COMPLEMENTIZER
          | CueLexicon.ADVERB
          | CueLexicon.CUE
          | CueLexicon.COPULA
          | CueLexicon.DEMONSTRATIVE
          | CueLexicon.AUXILIARY;

  /** Returns the speaker's mention after a speech verb (see {@link SubjectAfter#find}). */
  Span after(int pos) {
    return subjectsAfter.find(pos);
  }

  /**
   * Returns true when a colon follows a verb ending at {@code pos}, with at most three adverbs or
   * adverbial participles between: قال له مخاطبا: «...». Such a verb opens a new report.
   */
  boolean colonFollows(int pos) {
    int i = pos;
    for (int words = 0; words <= 3; words++) {
      while (i < n && QuotePairer.isSpace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        return false;
      }
      if (text.charAt(i) == ArabicWords.COLON) {
        return true;
      }
      int b = wordStart(i);
      if (b < 0) {
        return false;
      }
      int e = wordEnd(b);
      if ((lexicon.flags(text, b, e) & CueLexicon.ADVERB) == 0 && !notNames.isAdverbial(b, e)) {
        return false;
      }
      i = e;
    }
    return false;
  }

  /** Returns the tests of words that are no part of a speaker's mention. */
  MentionWords mentionWords() {
    return notNames;
  }

  /** Returns the source after an "according to" word (see {@link SubjectAfter#source}). */
  Span afterSource(int pos) {
    return subjectsAfter.source(pos);
  }

  /** Returns a short quoted name after pos, without its marks (see {@link SubjectAfter#quoted}). */
  Span quotedAfter(int pos) {
    return subjectsAfter.quoted(pos);
  }

  /** Returns the noun phrase at the first word after pos (see {@link SubjectAfter#noun}). */
  Span nounAfter(int pos) {
    return subjectsAfter.noun(pos);
  }

  /** Returns the subject before a speech verb, or null (see {@link SubjectBefore#find}). */
  Span before(int cueBegin, int limit) {
    return subjects.find(cueBegin, limit);
  }

  /** Returns true for a common noun with a pronoun (see {@link MentionWords#hasPronounSuffix}). */
  boolean hasPronounSuffix(int b, int e) {
    return notNames.hasPronounSuffix(b, e);
  }

  /** Returns the subject opening a verb's clause (see {@link SubjectBefore#clauseSubject}). */
  Span clauseSubject(int cueBegin, int limit) {
    return subjects.clauseSubject(cueBegin, limit);
  }

  /**
   * Returns true when a mention can be a source: it links to an entity, or starts with a title or
   * role (الوزير، متحدث، مصادر) or a name head (وزارة، شركة), or has a name-like word (واشنطن،
   * سامي) and does not open with a word of the general {@link Vocabulary} (سبب اختفاء البارات).
   * Not a common noun alone (الدكتوراه، المشروع).
   */
  boolean isSource(Span mention) {
    if (link(mention) != null) {
      return true;
    }
    int b = mention.begin();
    int e = wordEnd(b);
    if (isTitle(b, e) || lexicon.isNameHead(text, b, e)) {
      return true;
    }
    if (Vocabulary.contains(text, b, e)) {
      return false; // سبب اختفاء البارات، تفاصيل من تلك المرحلة: a common noun heads the phrase
    }
    for (int i = b; i < mention.end(); ) {
      int wb = wordStart(i);
      if (wb < 0 || wb >= mention.end()) {
        i++;
        continue;
      }
      int we = wordEnd(wb);
      if (ArabicWords.isArabicLetter(text.charAt(wb)) && isNameLike(wb, we)) {
        return true;
      }
      i = we;
    }
    return false;
  }

  /**
   * Returns true for a mention after a verb that takes an object that is its object, not its
   * subject: it opens with a common noun of the general {@link Vocabulary} without the article, no
   * title, name head or entity (وتستذكر تفاصيل من تلك المرحلة، أكد ضرورة التنسيق); not أحد or
   * إحدى, "one of", which names a person (أخبر أحد المزارعين).
   */
  boolean isIndefiniteObject(Span mention) {
    int b = mention.begin();
    int e = wordEnd(b);
    return !ArabicWords.hasArticle(text, b, e)
        && Vocabulary.contains(text, b, e)
        && !ArabicWords.sameWordAs(text, b, e, ONE_OF)
        && !ArabicWords.sameWordAs(text, b, e, ONE_OF_FEMININE)
        && !isTitle(b, e)
        && !lexicon.isNameHead(text, b, e)
        && link(mention) == null;
  }

  /** Returns true for a title or role, with or without the article: وزير، الوزير. */
  boolean isTitle(int b, int e) {
    if ((lexicon.exactFlags(text, b, e) & CueLexicon.TITLE) != 0) {
      return true;
    }
    return ArabicWords.hasArticle(text, b, e)
        && (lexicon.exactFlags(text, ArabicWords.firstKept(text, b + 2, e), e) & CueLexicon.TITLE)
            != 0;
  }

  /** Returns the entity a mention refers to, or null (see {@link EntityLinks#link}). */
  Entity link(Span mention) {
    return links.link(mention);
  }

  /** Returns true when a person's name starts in [from, to) (see {@link EntityLinks}). */
  boolean personStartsIn(int from, int to) {
    return links.personStartsIn(from, to);
  }

  /** Returns a named entity that covers {@code span}, or null (see {@link EntityLinks#covering}). */
  Entity entityCovering(Span span) {
    return links.covering(span);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.tawsim.core.text.ArabicCharacters.DEFINITE_ARTICLE;

import java.util.List;
import org.tawsim.core.Entity;
import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * Finds the mention of a speaker around a cue: the noun phrase after a speech verb (VSO, the usual
 * order of Arabic news), the subject before it (SVO), the source after an "according to" word, and
 * the latest mention of a speaker named earlier. Links a mention to an entity when the document has
 * an entity layer.
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
  /** How long a quoted name inside a speaker's mention may be, in characters. */
  static final int QUOTED_NAME_CHARS = 40;

  private final String text;
  private final int n;
  private final CueLexicon lexicon;
  private final EntityLinks links;
  private final SubjectBefore subjects;
  private final MentionWords notNames;

  SpeakerFinder(String text, CueLexicon lexicon, List<Entity> entities) {
    this.text = text;
    this.n = text.length();
    this.lexicon = lexicon;
    this.links = new EntityLinks(entities, this);
    this.notNames = new MentionWords(text, lexicon, links);
    this.subjects = new SubjectBefore(text, lexicon, this);
  }

  /**
   * Returns the start of the word at or after pos on the same line, or -1 at a non-word char or at
   * a run of tatweel and marks alone (a tatweel dash, a stray diacritic), which names no one.
   */
  private int wordStart(int pos) {
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
    int i = start;
    while (i < n && ArabicWords.isWordChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return Character.isDigit(c);
  }

  boolean isNameLike(int b, int e) {
    if (ArabicWords.foldedLength(text, b, e) < 3 || isDigit(text.charAt(b))) {
      return false;
    }
    if (ArabicWords.startsWith(text, b, e, DEFINITE_ARTICLE)) {
      return false;
    }
    int f = lexicon.exactFlags(text, b, e);
    return (f & (CueLexicon.STOP | CueLexicon.ADVERB | CueLexicon.TITLE | CueLexicon.CUE
            | CueLexicon.COMPLEMENTIZER)) == 0;
  }

  static final int ENDS_MENTION =
      CueLexicon.STOP
          | CueLexicon.COMPLEMENTIZER
          | CueLexicon.ADVERB
          | CueLexicon.CUE
          | CueLexicon.COPULA;

  /**
   * Returns the speaker's mention after a speech verb ending at {@code pos}, or null when the verb
   * names none (وأضاف أن، وشدد على). Time words and adverbs may come first (قال اليوم الوزير).
   */
  Span after(int pos) {
    int i = pos;
    int skips = 0;
    int begin = -1;
    int end = -1;
    int words = 0;
    while (words < MAX_WORDS) {
      int b = wordStart(i);
      if (b < 0) {
        int past = begin >= 0 ? quotedNameInside(i) : -1;
        if (past < 0) {
          break;
        }
        end = past; // نائبة المدير العام لمنظمة «الفاو» سيميدو: the mention goes on after the name
        words++;
        i = past;
        continue;
      }
      int e = wordEnd(b);
      if (!links.inPerson(b, e)) { // a word of a person's name is a name: قال لي (Li)
        int f = lexicon.flags(text, b, e);
        if (begin < 0) {
          if (((f & CueLexicon.ADVERB) != 0
                  || notNames.isPrepositionalArticle(b, e)
                  || notNames.isAddressee(b, e))
              && skips < 3) {
            skips++;
            i = e;
            continue;
          }
          if (notNames.isLoneLam(b, e) || notNames.isPrepositionalNoun(b, e)) {
            int past = quotedEnd(e);
            if (past < 0 || skips == 3) {
              return null; // وعد بتغيير العلاقة: a prepositional phrase, no subject
            }
            skips++; // وأوضح لـ«عكاظ» المتحدث الرسمي: who was spoken to, then who spoke
            i = past;
            continue;
          }
          if ((f & ENDS_MENTION) != 0 || isDigit(text.charAt(b)) || notNames.hasPronounSuffix(b, e)
              || notNames.isConjoinedStop(b, e) || notNames.isAdverbial(b, e)) {
            // وأضاف بدوره، وقال مضيفها، وقال مخاطبا الحضور: no noun phrase names the speaker
            return null;
          }
        } else {
          if ((f & ENDS_MENTION) != 0 || isDigit(text.charAt(b)) || notNames.hasPronounSuffix(b, e)
              || notNames.isConjoinedStop(b, e)) {
            break; // أكد المبعوث الدولي استعدادها: the object ends the subject
          }
          if ((notNames.isPrepositionalArticle(b, e) && !nameFollows(e))
              || notNames.isAddressee(b, e)) {
            break; // للتلفزيون الرسمي، لنظيره: who was spoken to, not who spoke
          }
        }
      }
      if (begin < 0) {
        begin = b;
      }
      end = e;
      words++;
      i = e;
    }
    if (begin < 0) {
      return null;
    }
    Span name = apposition(end);
    if (name == null) {
      // قال الصحافي المقرب من الحزب، دياري محمد، إن: the title's complement, then the name
      int comma = commaAfterComplement(end);
      Span late = comma < 0 ? null : apposition(comma);
      if (late != null && (isTitle(begin, wordEnd(begin)) || isName(late))) {
        name = late;
      }
    }
    // وزير الخارجية، جون كيري، إن: a title, then the name; not روبرتو كالزاديلا، دبلوماسي بوليفي،
    boolean titleThenName = name != null && (isTitle(begin, wordEnd(begin)) || isName(name));
    return titleThenName ? name : new Span(begin, end);
  }

  /** Returns true when a mention opens with a word of people's names or of a person's entity. */
  private boolean isName(Span mention) {
    int e = wordEnd(mention.begin());
    return Vocabulary.isNameWord(text, mention.begin(), e) || links.inPerson(mention.begin(), e);
  }

  /**
   * Returns the name set off by commas after a title, or null: وقال وزير الخارجية الأميركي، جون
   * كيري، إن ... → جون كيري, the name alone (the guidelines' convention when a comma separates title
   * and name). The name is one to four name-like words or initials (جي.آي. باراتا) followed by a
   * comma or a complementizer.
   */
  private Span apposition(int end) {
    int i = end;
    while (i < n && QuotePairer.isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= n || (text.charAt(i) != ArabicCharacters.ARABIC_COMMA && text.charAt(i) != ',')) {
      return null;
    }
    int first = -1;
    int last = -1;
    int p = i + 1;
    for (int words = 0; words < 4; words++) {
      int b = wordStart(p);
      if (b < 0) {
        break;
      }
      int e = wordEnd(b);
      if (first < 0) {
        first = b;
      }
      if (isInitial(b, e)) {
        last = e + 1; // جي.آي. باراتا: initials, each with its dot
        p = e + 1;
        continue;
      }
      if (!isNameLike(b, e) && !links.inPerson(b, e)) { // ، سامي الأحمد،: a person of the entity layer
        if (last >= 0 && (lexicon.flags(text, b, e) & CueLexicon.COMPLEMENTIZER) != 0) {
          return new Span(first, last);
        }
        return null;
      }
      last = e;
      p = e;
    }
    if (last < 0) {
      return null;
    }
    int j = last;
    while (j < n && QuotePairer.isSpace(text.charAt(j))) {
      j++;
    }
    return j < n && (text.charAt(j) == ArabicCharacters.ARABIC_COMMA || text.charAt(j) == ',')
        ? new Span(first, last)
        : null;
  }

  /**
   * Returns the offset of the comma that ends a prepositional complement of a title starting at
   * {@code pos} (من الحزب، في الوزارة), at most {@link #MAX_WORDS} words on the same line with no
   * other mark, or -1.
   */
  private int commaAfterComplement(int pos) {
    int i = pos;
    for (int words = 0; words <= MAX_WORDS; words++) {
      while (i < n && QuotePairer.isSpace(text.charAt(i)) && !QuotePairer.isParagraphBreak(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        return -1;
      }
      char c = text.charAt(i);
      if (c == ArabicCharacters.ARABIC_COMMA || c == ',') {
        return words > 1 ? i : -1;
      }
      if (!ArabicWords.isWordChar(c)) {
        return -1;
      }
      int e = wordEnd(i);
      if (words == 0 && (lexicon.exactFlags(text, i, e) & CueLexicon.PREPOSITION) == 0) {
        return -1;
      }
      i = e;
    }
    return -1;
  }

  /** Returns true for an initial: one or two letters and a dot, a name or a space after it. */
  private boolean isInitial(int b, int e) {
    return e + 1 < n
        && text.charAt(e) == '.'
        && ArabicWords.foldedLength(text, b, e) <= 2
        && ArabicWords.isArabicLetter(text.charAt(b))
        && (ArabicWords.isWordChar(text.charAt(e + 1)) || text.charAt(e + 1) == ' ');
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

  /**
   * Returns the offset past a short quoted name at {@code pos} (spaces skipped) when a name-like
   * word follows it, or -1.
   */
  private int quotedNameInside(int pos) {
    int past = quotedEnd(pos);
    return past >= 0 && nameFollows(past) ? past : -1;
  }

  /**
   * Returns the offset past a short quoted segment at {@code pos} (spaces skipped), or -1: at most
   * {@link #QUOTED_NAME_CHARS} characters on one line.
   */
  private int quotedEnd(int pos) {
    int i = pos;
    while (i < n && QuotePairer.isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= n || !QuoteMark.isMark(text.charAt(i))) {
      return -1;
    }
    for (int j = i + 1; j < n && j <= i + QUOTED_NAME_CHARS; j++) {
      char c = text.charAt(j);
      if (QuotePairer.isParagraphBreak(c)) {
        return -1;
      }
      if (QuoteMark.isMark(c)) {
        return j + 1;
      }
    }
    return -1;
  }

  /**
   * Returns what a short quoted name at {@code pos} (spaces skipped) holds, without its marks, or
   * null: at most {@link #QUOTED_NAME_CHARS} characters on one line.
   */
  private Span quotedName(int pos) {
    int past = quotedEnd(pos);
    if (past < 0) {
      return null;
    }
    int b = pos;
    while (QuotePairer.isSpace(text.charAt(b))) {
      b++;
    }
    int cb = wordStart(b + 1);
    int ce = past - 1;
    while (ce > b + 1 && !ArabicWords.isWordChar(text.charAt(ce - 1))) {
      ce--;
    }
    return cb < 0 || cb >= ce ? null : new Span(cb, ce);
  }

  /** Returns true when the next word is a name: المستشار الدبلوماسي للكرملين يوري أوشاكوف. */
  private boolean nameFollows(int pos) {
    int b = wordStart(pos);
    return b >= 0 && ArabicWords.isArabicLetter(text.charAt(b)) && isNameLike(b, wordEnd(b));
  }

  /**
   * Returns the source after an "according to" word ending at {@code pos}: بحسب وسائل إعلام،
   * وفقا لهذا البيان (the attached ل left out), نقلا عن الوكالة.
   */
  Span afterSource(int pos) {
    int b = wordStart(pos);
    if (b < 0) {
      return quotedName(pos); // بحسب «سانا»: the name without its marks
    }
    int e = wordEnd(b);
    int f = lexicon.exactFlags(text, b, e);
    if ((f & CueLexicon.STOP) != 0 && ArabicWords.foldedLength(text, b, e) <= 2) {
      // a separate preposition: عن، ل، بـ
      Span after = after(e);
      return after != null ? after : quotedName(e);
    }
    int first = ArabicWords.firstKept(text, b, e);
    char c = ArabicWords.firstKeptChar(text, b, e);
    int start = b;
    if ((c == ArabicCharacters.LAM || c == ArabicCharacters.BEH)
        && ArabicWords.foldedLength(text, first + 1, e) >= 2) {
      start = ArabicWords.firstKept(text, first + 1, e);
    }
    Span rest = after(e);
    return new Span(start, rest != null && rest.begin() == wordStart(e) ? rest.end() : e);
  }

  /**
   * Returns the noun phrase that starts at the first word after {@code pos}, or null: على حد قول
   * الوزير → الوزير; nothing is skipped (على حد قوله للصحفيين names no one after it).
   */
  Span nounAfter(int pos) {
    Span m = after(pos);
    return m != null && m.begin() == wordStart(pos) ? m : null;
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
    return !ArabicWords.startsWith(text, b, e, DEFINITE_ARTICLE)
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
    return ArabicWords.startsWith(text, b, e, DEFINITE_ARTICLE)
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

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * A name set off by commas or put in parentheses after a speaker's title: the guidelines give the
 * speaker as the name alone.
 *
 * <p>Rules, for a mention after a speech verb:
 *
 * <ul>
 *   <li>a title, then a name between commas: وقال وزير الخارجية الأميركي، جون كيري، إن → جون
 *       كيري; the name is one to four name-like words or initials (جي.آي. باراتا) followed by a
 *       comma or a complementizer;
 *   <li>a title, then the name in parentheses: وقال وزير الخارجية (عادل الجبير) إن → عادل الجبير;
 *   <li>a title with a prepositional complement, then the name: قال الصحافي المقرب من الحزب، دياري
 *       محمد، إن → دياري محمد; وصرح المدير التنفيذي للشركة، توم ويلسون، → توم ويلسون;
 *   <li>a name, then a description between commas, stays the name with its words: روبرتو
 *       كالزاديلا، دبلوماسي بوليفي، → روبرتو كالزاديلا.
 * </ul>
 *
 * <p>Each search reads a few words on one line. One per document.
 */
final class Appositions {

  private final String text;
  private final int n;
  private final CueLexicon lexicon;
  private final EntityLinks links;
  private final SpeakerFinder finder;

  Appositions(String text, CueLexicon lexicon, EntityLinks links, SpeakerFinder finder) {
    this.text = text;
    this.n = text.length();
    this.lexicon = lexicon;
    this.links = links;
    this.finder = finder;
  }

  /**
   * Returns the speaker of the mention [begin, end) after a verb: the name in apposition after a
   * title (see the class comment), else the mention itself.
   */
  Span speaker(int begin, int end) {
    Span name = apposition(end);
    if (name != null && opensParenthesis(end) && !titlePhrase(begin, end)) {
      return new Span(begin, end); // مدير فرقة (طيور الجنة): the name of what the title heads
    }
    if (name == null) {
      // قال الصحافي المقرب من الحزب، دياري محمد، إن: the title's complement, then the name
      int comma = commaAfterComplement(end);
      Span late = comma < 0 ? null : apposition(comma);
      if (late != null && (finder.isTitle(begin, finder.wordEnd(begin)) || isName(late))) {
        name = late;
      }
    }
    // وزير الخارجية، جون كيري، إن: a title, then the name; not روبرتو كالزاديلا، دبلوماسي بوليفي،
    boolean titleThenName =
        name != null && (finder.isTitle(begin, finder.wordEnd(begin)) || isName(name));
    return titleThenName ? name : new Span(begin, end);
  }

  /**
   * Returns true when a name in parentheses after the mention [begin, end) can be its holder's:
   * the mention does not open with a name head (مؤسسة الإذاعة (تي آر تي)) and does not end with
   * a noun without the article that the name completes (مدير فرقة (طيور الجنة)، الرئيس التنفيذي
   * لشركة (كامبل سوب)); a title may end it (وزير الخارجية (عادل الجبير)، الفنان (شعبان عبدالرحيم)).
   */
  private boolean titlePhrase(int begin, int end) {
    if (lexicon.isNameHead(text, begin, finder.wordEnd(begin))) {
      return false;
    }
    int last = ArabicWords.wordBack(text, end, begin);
    return ArabicWords.hasArticle(text, last, end) || finder.isTitle(last, end);
  }

  /** Returns true when a parenthesis follows {@code pos}, spaces skipped. */
  private boolean opensParenthesis(int pos) {
    int i = pos;
    while (i < n && QuotePairer.isSpace(text.charAt(i))) {
      i++;
    }
    return i < n && text.charAt(i) == '(';
  }

  /** Returns true when a mention opens with a word of people's names or of a person's entity. */
  private boolean isName(Span mention) {
    int e = finder.wordEnd(mention.begin());
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
    if (i >= n) {
      return null;
    }
    boolean parenthesis = text.charAt(i) == '(';
    if (!parenthesis && text.charAt(i) != ArabicCharacters.ARABIC_COMMA && text.charAt(i) != ',') {
      return null;
    }
    int first = -1;
    int last = -1;
    int p = i + 1;
    int nameWords = 0; // the name's words, initials aside
    for (int words = 0; words < 4; words++) {
      int b = finder.wordStart(p);
      if (b < 0) {
        break;
      }
      int e = finder.wordEnd(b);
      if (first < 0) {
        first = b;
      }
      if (isInitial(b, e)) {
        last = e + 1; // جي.آي. باراتا: initials, each with its dot
        p = e + 1;
        continue;
      }
      // (عادل الجبير): in parentheses a family name with the article may follow the given name
      boolean family = parenthesis && last >= 0 && ArabicWords.hasArticle(text, b, e)
          && (lexicon.exactFlags(text, b, e) & SpeakerFinder.ENDS_MENTION) == 0;
      if (!family && !finder.isNameLike(b, e) && !links.inPerson(b, e)) { // ، سامي الأحمد،: a person of the entity layer
        if (!parenthesis && last >= 0
            && (lexicon.flags(text, b, e) & CueLexicon.COMPLEMENTIZER) != 0) {
          return new Span(first, last);
        }
        return null;
      }
      last = e;
      p = e;
      nameWords++;
    }
    if (last < 0 || (parenthesis && nameWords < 2 && !links.inPerson(first, last))) {
      return null; // (شمال): one word in parentheses is a description as often as a name
    }
    int j = last;
    while (j < n && QuotePairer.isSpace(text.charAt(j))) {
      j++;
    }
    if (j >= n) {
      return null;
    }
    char c = text.charAt(j);
    boolean closed = parenthesis ? c == ')' : c == ArabicCharacters.ARABIC_COMMA || c == ',';
    return closed ? new Span(first, last) : null;
  }

  /**
   * Returns the offset of the comma that ends a prepositional complement of a title starting at
   * {@code pos} (من الحزب، في الوزارة، للشركة), at most {@link SpeakerFinder#MAX_WORDS} words on the same
   * line with no other mark, or -1.
   */
  private int commaAfterComplement(int pos) {
    int i = pos;
    boolean glued = false;
    for (int words = 0; words <= SpeakerFinder.MAX_WORDS; words++) {
      i = QuotePairer.spacesEnd(text, i, n);
      if (i >= n) {
        return -1;
      }
      char c = text.charAt(i);
      if (c == ArabicCharacters.ARABIC_COMMA || c == ',') {
        return words > 1 || (words == 1 && glued) ? i : -1;
      }
      if (!ArabicWords.isWordChar(c)) {
        return -1;
      }
      int e = finder.wordEnd(i);
      if (words == 0) {
        // من الحزب، في الوزارة; or the preposition written onto the article: للشركة، بالوزارة
        glued = finder.mentionWords().isPrepositionalArticle(i, e);
        if (!glued && (lexicon.exactFlags(text, i, e) & CueLexicon.PREPOSITION) == 0) {
          return -1;
        }
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
}

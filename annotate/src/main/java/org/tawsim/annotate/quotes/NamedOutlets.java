/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.tawsim.core.text.ArabicCharacters.LAM;

import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Span;

/**
 * An agency or outlet spoken to, its name written without the article and ل glued to it: قال
 * مسؤول كبير لرويترز → مسؤول كبير; وقال لرويترز مسؤول كبير → مسؤول كبير. The speaker's mention
 * ends before it, and a verb's subject is looked for after it.
 *
 * <p>Names of agencies are open knowledge that no closed list holds, so the document is the
 * evidence: it credits the name without ل elsewhere, in parentheses (a dateline's «(رويترز)») or
 * after a kind of outlet ({@link WordList#OUTLETS}: وكالة فرانس برس); or the entity layer has an
 * organisation of two words that takes the ل in, its second without the article (لفرانس برس). A
 * name in the genitive after ل (المتحدث الرسمي لوزارة العمل، لشركة زين) is credited so nowhere,
 * and its first word is a name head.
 *
 * <p>A search for the credit reads the text once, and only for a word with ل that is no word of
 * the general {@link Vocabulary} or of people's names. One per document.
 */
final class NamedOutlets {

  private final String text;
  private final CueLexicon lexicon;
  private final EntityLinks links;

  NamedOutlets(String text, CueLexicon lexicon, EntityLinks links) {
    this.text = text;
    this.lexicon = lexicon;
    this.links = links;
  }

  /**
   * Returns true for ل glued to the name of an outlet or agency written without the article
   * (لرويترز، لفرانس برس): who the words were said to, so a speaker's mention ends before it
   * (قال مسؤول كبير لرويترز) and a verb's subject is looked for after it. Names are open
   * knowledge no closed list holds, so the document is the evidence: it credits the name without ل
   * elsewhere as an outlet, in parentheses (a dateline's «(رويترز)») or after a kind of outlet
   * ({@link WordList#OUTLETS}: وكالة فرانس برس). A name of an organisation in the genitive (المتحدث
   * الرسمي لوزارة العمل) is credited so nowhere. Never a word of the general {@link Vocabulary}
   * or of people's names (لجنة، لويس), nor one of a person of the entity layer.
   */
  boolean isNamedOutlet(int b, int e) {
    int first = ArabicWords.firstKept(text, b, e);
    if (first >= e || ArabicWords.fold(text.charAt(first)) != LAM) {
      return false;
    }
    int rest = ArabicWords.firstKept(text, first + 1, e);
    if (rest >= e || ArabicWords.fold(text.charAt(rest)) == LAM
        || ArabicWords.foldedLength(text, rest, e) < 3
        || Vocabulary.contains(text, b, e) || Vocabulary.isNameWord(text, b, e)
        || Vocabulary.contains(text, rest, e) || links.inPerson(b, e)) {
      return false;
    }
    return creditedAt(rest, e) >= 0 || isOutletEntity(b, e, rest);
  }

  /**
   * Returns true when the entity layer has an organisation that opens with the word [b, e), its ل
   * included, of two words, the second without the article, and the word without ل is no
   * name head (لفرانس برس): the tagger took the preposition into the name of an agency. Not the
   * head of a name in the genitive (لوزارة العمل، لشركة زين), a noun that names its kind.
   */
  private boolean isOutletEntity(int b, int e, int rest) {
    Entity entity = links.covering(new Span(b, e));
    if (entity == null || !EntityType.ORG.equals(entity.type()) || entity.span().begin() != b
        || lexicon.isNameHead(text, rest, e)) {
      return false;
    }
    int nb = skipSpaces(e);
    int ne = wordEndAt(nb);
    return ne > nb && ne == entity.span().end() && !ArabicWords.hasArticle(text, nb, ne);
  }

  /**
   * Returns the end of an outlet's name that opens with the word [b, e) of {@link #isNamedOutlet}:
   * the words after it that follow it where the text credits it too, up to three (لفرانس برس،
   * credited as وكالة فرانس برس), so that none of them is taken for the speaker.
   */
  int namedOutletEnd(int b, int e) {
    int rest = ArabicWords.firstKept(text, ArabicWords.firstKept(text, b, e) + 1, e);
    int there = creditedAt(rest, e);
    if (there < 0) {
      return e;
    }
    int here = e;
    there += e - rest;
    for (int k = 0; k < 3; k++) {
      int hb = skipSpaces(here);
      int tb = skipSpaces(there);
      int he = wordEndAt(hb);
      int te = wordEndAt(tb);
      if (he == hb || te - tb != he - hb || hb == tb || !text.regionMatches(hb, text, tb, he - hb)) {
        break;
      }
      here = he;
      there = te;
    }
    return here;
  }

  private int skipSpaces(int i) {
    return QuotePairer.spacesEnd(text, i, text.length());
  }

  private int wordEndAt(int i) {
    return ArabicWords.wordEnd(text, i, text.length());
  }

  /**
   * Returns where the text writes [b, e) elsewhere as a word of its own right after an opening
   * parenthesis or after a kind of outlet ((رويترز)، وكالة رويترز), or -1.
   */
  private int creditedAt(int b, int e) {
    int len = e - b;
    for (int i = text.indexOf(text.charAt(b)); i >= 0 && i + len <= text.length();
        i = text.indexOf(text.charAt(b), i + 1)) {
      if (i != b
          && i > 0
          && !ArabicWords.isWordChar(text.charAt(i - 1))
          && (i + len == text.length() || !ArabicWords.isWordChar(text.charAt(i + len)))
          && text.regionMatches(i, text, b, len)
          && creditsAt(i)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns true when an opening parenthesis or a kind of outlet stands right before {@code i}. */
  private boolean creditsAt(int i) {
    int p = i;
    while (p > 0 && QuotePairer.isSpace(text.charAt(p - 1))) {
      p--;
    }
    if (p == 0) {
      return false;
    }
    if (text.charAt(p - 1) == '(') {
      return true;
    }
    int pb = ArabicWords.wordBack(text, p, 0);
    return pb < p && (lexicon.exactFlags(text, pb, p) & CueLexicon.OUTLET) != 0;
  }
}

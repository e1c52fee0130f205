/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.tawsim.core.text.ArabicCharacters.ALEF;
import static org.tawsim.core.text.ArabicCharacters.MEEM;
import static org.tawsim.core.text.ArabicCharacters.NOON;
import static org.tawsim.core.text.ArabicCharacters.TEH;
import static org.tawsim.core.text.ArabicCharacters.TEH_MARBUTA;
import static org.tawsim.core.text.ArabicCharacters.WAW;
import static org.tawsim.core.text.ArabicCharacters.YEH;

import java.util.HashSet;
import java.util.Set;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.core.Span;
import org.tawsim.core.io.WordLists;
import org.tawsim.core.text.ArabicNormalizer;

/**
 * The object of a speech verb written right after its definite subject (VSO with an object):
 * وأكد الوزير الاتفاق → الوزير, ووصف وزير الخارجية الإيراني المفاوضات بأنها → وزير الخارجية
 * الإيراني.
 *
 * <p>Rule, after a verb that takes an object ({@link WordList#OBJECT_VERBS}): after a definite title (الوزير، المتحدث) or a definite relative adjective (الإيراني،
 * الرسمية), a definite common noun of the general {@link Vocabulary} ends the subject, unless it
 * has the shape of an adjective that agrees with the head: a relative adjective (ending in ي, ية,
 * يين, يون: الرسمي، الأمريكية), a participle (م after the article: المقرب، المطلعة, but not a
 * sound plural in ات or ين: المفاوضات، المواطنين), or a modifier of a title of the entity tagger's
 * {@code modifiers.txt} (العام، السابق، الجديد); nor when a word that may go on with a subject
 * follows it (a title, a definite word, a name: الفريق الركن الشيخ راشد). A word of a named entity
 * is never an object here. Without parts of speech this is a guess from shape; it keeps the usual adjectives after a
 * title and stops at the nouns a verb of saying takes as its object.
 *
 * <p>One per document; each test reads two words.
 */
final class DefiniteObjects {

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

  /** Lazily loads the modifiers once. */
  private static final class Holder {
    static final Set<String> MODIFIERS = load();

    private static Set<String> load() {
      Set<String> out = new HashSet<>();
      for (String e : WordLists.resource(ArabicEntityTagger.class, "modifiers.txt")) {
        out.add(NORMALIZER.normalizeToString(e));
      }
      return Set.copyOf(out);
    }
  }

  private final String text;
  private final SpeakerFinder finder;
  private final EntityLinks links;

  DefiniteObjects(String text, SpeakerFinder finder, EntityLinks links) {
    this.text = text;
    this.finder = finder;
    this.links = links;
  }

  /**
   * Returns true when the word [b, e) is the object after the subject word [pb, pe): see the
   * class comment.
   */
  boolean isObject(int pb, int pe, int b, int e) {
    if (!ArabicWords.hasArticle(text, b, e) || !ArabicWords.hasArticle(text, pb, pe)
        || nounPhraseGoesOn(e)) {
      return false;
    }
    if (!finder.isTitle(pb, pe) && !isRelative(pb, pe)) {
      return false;
    }
    return Vocabulary.contains(text, b, e)
        && !isRelative(b, e)
        && !isParticiple(b, e)
        && !finder.isTitle(b, e)
        && !Holder.MODIFIERS.contains(NORMALIZER.normalizeToString(text, b, e))
        && links.covering(new Span(b, e)) == null;
  }

  /**
   * Returns true when the word after {@code pos} may go on with a subject: a title, a definite
   * word, a word of people's names or of a person (الفريق الركن الشيخ راشد). An object is followed
   * by what a subject is not: a preposition, a complementizer, a participle, a mark (وأكد الوزير
   * الاتفاق قائلا، ودعا الرئيس المواطنين إلى).
   */
  private boolean nounPhraseGoesOn(int pos) {
    int b = finder.wordStart(pos);
    if (b < 0) {
      return false;
    }
    int e = finder.wordEnd(b);
    return finder.isTitle(b, e)
        || ArabicWords.hasArticle(text, b, e)
        || Vocabulary.isNameWord(text, b, e)
        || links.inPerson(b, e);
  }

  /** Returns true for a relative adjective: ي، ية، يين، يون at the end, after three letters. */
  private boolean isRelative(int b, int e) {
    int n = ArabicWords.foldedLength(text, b, e);
    if (n < 5) {
      return false;
    }
    char z = last(b, e, 0);
    char y = last(b, e, 1);
    char x = last(b, e, 2);
    return z == YEH
        || (z == TEH_MARBUTA && y == YEH)
        || (z == NOON && (y == YEH || y == WAW) && x == YEH);
  }

  /** Returns true for a participle after the article (المقرب، المطلعة), not a sound plural. */
  private boolean isParticiple(int b, int e) {
    int a = ArabicWords.firstKept(text, b, e);
    int m = ArabicWords.firstKept(text, ArabicWords.firstKept(text, a + 1, e) + 1, e);
    if (m >= e || ArabicWords.fold(text.charAt(m)) != MEEM
        || ArabicWords.foldedLength(text, m, e) < 4) {
      return false;
    }
    char z = last(b, e, 0);
    char y = last(b, e, 1);
    return !(z == TEH && y == ALEF) && !(z == NOON && (y == YEH || y == WAW));
  }

  /** Returns the folded letter {@code k} places before the last of [b, e), or 0. */
  private char last(int b, int e, int k) {
    int i = e;
    int seen = -1;
    while (i > b) {
      i--;
      char f = ArabicWords.fold(text.charAt(i));
      if (f != 0 && ++seen == k) {
        return f;
      }
    }
    return 0;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.tawsim.core.text.ArabicCharacters.ALEF;
import static org.tawsim.core.text.ArabicCharacters.FEH;
import static org.tawsim.core.text.ArabicCharacters.TEH;
import static org.tawsim.core.text.ArabicCharacters.TEH_MARBUTA;
import static org.tawsim.core.text.ArabicCharacters.WAW;
import static org.tawsim.core.text.ArabicCharacters.YEH;

import org.tawsim.core.Span;

/**
 * The grammatical gender of a cue and of a speaker's mention: an Arabic verb agrees with its
 * subject, so وأضافت continues a woman or a feminine noun (الوزيرة، الصحيفة، المنظمة), and وأضاف a
 * man or a masculine title (الوزير، المتحدث).
 *
 * <ul>
 *   <li>a cue: a speech verb in the past with ت (قالت، أضافت) or in the present with ت (تقول) is
 *       feminine, its form without the ت or with ي (قال، يقول) masculine; a participle with ة
 *       (مضيفة) is feminine, with ا (مضيفا) masculine; anything else is unknown;
 *   <li>a mention: a title, a name head or a common noun of the general {@link Vocabulary} that
 *       opens it and ends in ة is feminine (الوزيرة، منظمة، الصحيفة), a title without it
 *       masculine (الوزير، رئيس); a name is unknown (أسامة is a man), and so is a plural (المصادر
 *       takes قالت).
 * </ul>
 *
 * <p>A speaker named with a verb takes the verb's gender (قالت المصادر); only a known gender
 * against the other known gender disagrees. Stateless apart from the text;
 * one per document.
 */
final class GenderAgreement {

  /** A gender, or none known. */
  enum Gender {
    MASCULINE,
    FEMININE,
    UNKNOWN
  }

  private final String text;
  private final CueLexicon lexicon;
  private final SpeakerFinder finder;

  GenderAgreement(String text, CueLexicon lexicon, SpeakerFinder finder) {
    this.text = text;
    this.lexicon = lexicon;
    this.finder = finder;
  }

  /** Returns true when the cue and the speaker both have a gender and the two differ. */
  boolean disagree(Span cue, Gender speaker) {
    if (cue == null || speaker == Gender.UNKNOWN) {
      return false;
    }
    Gender c = ofCue(cue);
    return c != Gender.UNKNOWN && c != speaker;
  }

  /**
   * Returns the gender of a speaker named with a cue: the cue's own (قالت المصادر: feminine,
   * whatever the noun), else the mention's.
   *
   * @param cue the cue that names the mention, or null
   */
  Gender of(Span mention, Span cue) {
    Gender c = cue == null ? Gender.UNKNOWN : ofCue(cue);
    return c != Gender.UNKNOWN ? c : ofMention(mention);
  }

  /** Returns the gender of a cue's last word (كما قالت → قالت). */
  Gender ofCue(Span cue) {
    int e = cue.end();
    int b = e;
    while (b > cue.begin() && ArabicWords.isWordChar(text.charAt(b - 1))) {
      b--;
    }
    String w = ArabicWords.fold(text.subSequence(b, e));
    if (w.length() > 3 && (w.charAt(0) == WAW || w.charAt(0) == FEH) && isCue(w.substring(1))) {
      w = w.substring(1); // وأضافت → أضافت
    }
    if (w.length() < 3) {
      return Gender.UNKNOWN;
    }
    int f = lexicon.exactFlags(w, 0, w.length());
    char last = w.charAt(w.length() - 1);
    if ((f & CueLexicon.PARTICIPLE) != 0) {
      if (last == TEH_MARBUTA) {
        return Gender.FEMININE; // مضيفة
      }
      return last == ALEF ? Gender.MASCULINE : Gender.UNKNOWN; // مضيفا
    }
    if ((f & CueLexicon.VERB) == 0) {
      return Gender.UNKNOWN;
    }
    String stem = w.substring(0, w.length() - 1);
    if (last == TEH && isVerb(stem)) {
      return Gender.FEMININE; // قالت: قال is a verb too
    }
    if (isVerb(w + TEH)) {
      return Gender.MASCULINE; // قال: قالت is a verb too
    }
    String rest = w.substring(1);
    if (w.charAt(0) == TEH && isVerb(YEH + rest)) {
      return Gender.FEMININE; // تقول: يقول
    }
    if (w.charAt(0) == YEH && isVerb(TEH + rest)) {
      return Gender.MASCULINE; // يقول: تقول
    }
    return Gender.UNKNOWN;
  }

  /** Returns the gender of a mention from the word that opens it. */
  Gender ofMention(Span mention) {
    int b = mention.begin();
    int e = ArabicWords.wordEnd(text, b, mention.end());
    boolean name = finder.link(mention) != null && !finder.isTitle(b, e);
    if (e == b || name || Vocabulary.isNameWord(text, b, e)) {
      return Gender.UNKNOWN; // a name tells nothing: أسامة، حمزة are men
    }
    int last = ArabicWords.lastKept(text, b, e);
    boolean feminineEnding = ArabicWords.fold(text.charAt(last)) == TEH_MARBUTA;
    if (finder.isTitle(b, e)) {
      return feminineEnding ? Gender.FEMININE : Gender.MASCULINE;
    }
    if (!feminineEnding) {
      return Gender.UNKNOWN; // المصادر، الحوثيون: a plural or a name
    }
    int stem = ArabicWords.hasArticle(text, b, e)
        ? ArabicWords.firstKept(text, ArabicWords.firstKept(text, b, e) + 2, e)
        : b;
    boolean noun = lexicon.isNameHead(text, b, e)
        || Vocabulary.contains(text, b, e)
        || Vocabulary.contains(text, stem, e);
    return noun ? Gender.FEMININE : Gender.UNKNOWN;
  }

  private boolean isVerb(String w) {
    return (lexicon.exactFlags(w, 0, w.length()) & CueLexicon.VERB) != 0;
  }

  private boolean isCue(String w) {
    return (lexicon.exactFlags(w, 0, w.length()) & CueLexicon.CUE) != 0;
  }
}

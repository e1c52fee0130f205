/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.text;

/**
 * Named Arabic characters and the character classes that the normaliser and the tokenizer share.
 *
 * <p>Diacritics are invisible in most editors, so main code names every Arabic character it
 * compares against here instead of writing it as a literal. The predicates take one UTF-16 unit:
 * every character they accept lies in the Basic Multilingual Plane.
 */
public final class ArabicCharacters {

  private ArabicCharacters() {}

  /** ، U+060C ARABIC COMMA. */
  public static final char ARABIC_COMMA = '\u060C';
  /** ؛ U+061B ARABIC SEMICOLON. */
  public static final char ARABIC_SEMICOLON = '\u061B';
  /** U+061C ARABIC LETTER MARK, an invisible bidi control. */
  public static final char ARABIC_LETTER_MARK = '\u061C';
  /** ؟ U+061F ARABIC QUESTION MARK. */
  public static final char ARABIC_QUESTION_MARK = '\u061F';
  /** ء U+0621 ARABIC LETTER HAMZA. */
  public static final char HAMZA = '\u0621';
  /** آ U+0622 ARABIC LETTER ALEF WITH MADDA ABOVE. */
  public static final char ALEF_MADDA = '\u0622';
  /** أ U+0623 ARABIC LETTER ALEF WITH HAMZA ABOVE. */
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  /** ؤ U+0624 ARABIC LETTER WAW WITH HAMZA ABOVE. */
  public static final char WAW_HAMZA_ABOVE = '\u0624';
  /** إ U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW. */
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  /** ئ U+0626 ARABIC LETTER YEH WITH HAMZA ABOVE. */
  public static final char YEH_HAMZA_ABOVE = '\u0626';
  /** ا U+0627 ARABIC LETTER ALEF. */
  public static final char ALEF = '\u0627';
  /** ب U+0628 ARABIC LETTER BEH. */
  public static final char BEH = '\u0628';
  /** ة U+0629 ARABIC LETTER TEH MARBUTA. */
  public static final char TEH_MARBUTA = '\u0629';
  /** ت U+062A ARABIC LETTER TEH. */
  public static final char TEH = '\u062A';
  /** ج U+062C ARABIC LETTER JEEM. */
  public static final char JEEM = '\u062C';
  /** س U+0633 ARABIC LETTER SEEN. */
  public static final char SEEN = '\u0633';
  /** ش U+0634 ARABIC LETTER SHEEN. */
  public static final char SHEEN = '\u0634';
  /** غ U+063A ARABIC LETTER GHAIN. */
  public static final char GHAIN = '\u063A';
  /** ـ U+0640 ARABIC TATWEEL (kashida), a stretching character with no meaning. */
  public static final char TATWEEL = '\u0640';
  /** ف U+0641 ARABIC LETTER FEH. */
  public static final char FEH = '\u0641';
  /** ك U+0643 ARABIC LETTER KAF. */
  public static final char KAF = '\u0643';
  /** ل U+0644 ARABIC LETTER LAM. */
  public static final char LAM = '\u0644';
  /** م U+0645 ARABIC LETTER MEEM. */
  public static final char MEEM = '\u0645';
  /** ن U+0646 ARABIC LETTER NOON. */
  public static final char NOON = '\u0646';
  /** ه U+0647 ARABIC LETTER HEH. */
  public static final char HEH = '\u0647';
  /** و U+0648 ARABIC LETTER WAW. */
  public static final char WAW = '\u0648';
  /** ى U+0649 ARABIC LETTER ALEF MAKSURA. */
  public static final char ALEF_MAKSURA = '\u0649';
  /** ي U+064A ARABIC LETTER YEH. */
  public static final char YEH = '\u064A';
  /** U+064B ARABIC FATHATAN, the first tanwin. */
  public static final char FATHATAN = '\u064B';
  /** U+0651 ARABIC SHADDA. */
  public static final char SHADDA = '\u0651';
  /** U+0652 ARABIC SUKUN. */
  public static final char SUKUN = '\u0652';
  /** ٠ U+0660 ARABIC-INDIC DIGIT ZERO. */
  public static final char ARABIC_INDIC_ZERO = '\u0660';
  /** ٪ U+066A ARABIC PERCENT SIGN. */
  public static final char ARABIC_PERCENT_SIGN = '\u066A';
  /** ٫ U+066B ARABIC DECIMAL SEPARATOR. */
  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  /** ٬ U+066C ARABIC THOUSANDS SEPARATOR. */
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  /** U+0670 ARABIC LETTER SUPERSCRIPT ALEF (dagger alef), a mark despite its name. */
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  /** ٱ U+0671 ARABIC LETTER ALEF WASLA. */
  public static final char ALEF_WASLA = '\u0671';
  /** ۔ U+06D4 ARABIC FULL STOP. */
  public static final char ARABIC_FULL_STOP = '\u06D4';

  /** ک U+06A9 ARABIC LETTER KEHEH (Persian kaf). */
  public static final char KEHEH = '\u06A9';

  /** ھ U+06BE ARABIC LETTER HEH DOACHASHMEE (Urdu, Persian-script heh). */
  public static final char HEH_DOACHASHMEE = '\u06BE';

  /** ی U+06CC ARABIC LETTER FARSI YEH (Persian yeh, dotless at the end of a word). */
  public static final char FARSI_YEH = '\u06CC';
  /** ۰ U+06F0 EXTENDED ARABIC-INDIC DIGIT ZERO (Persian, Urdu). */
  public static final char EXTENDED_ARABIC_INDIC_ZERO = '\u06F0';
  /** U+FEFF ZERO WIDTH NO-BREAK SPACE, the byte order mark. */
  public static final char BYTE_ORDER_MARK = '\uFEFF';

  /** The definite article al- ({@code ال}): {@link #ALEF} and {@link #LAM}. */
  public static final String DEFINITE_ARTICLE = "" + ALEF + LAM;

  /**
   * {@return true for an Arabic diacritic or Quranic annotation mark: the nonspacing marks
   * U+0610–U+061A (honorifics, Quranic), U+064B–U+065F (tanwin U+064B–U+064D, harakat
   * U+064E–U+0650, shadda U+0651, sukun U+0652, maddah and hamza above/below U+0653–U+0655, other
   * marks to U+065F), U+0670 (superscript alef), U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8,
   * U+06EA–U+06ED (Quranic annotation) and U+08D3–U+08E1, U+08E3–U+08FF (Arabic Extended-A marks)}
   *
   * @param c a UTF-16 unit
   */
  public static boolean isDiacritic(char c) {
    if (c < '\u0610') {
      return false;
    }
    if (c <= '\u06FF') {
      return c <= '\u061A'
          || (c >= '\u064B' && c <= '\u065F')
          || c == SUPERSCRIPT_ALEF
          || (c >= '\u06D6' && c <= '\u06DC')
          || (c >= '\u06DF' && c <= '\u06E4')
          || c == '\u06E7'
          || c == '\u06E8'
          || (c >= '\u06EA' && c <= '\u06ED');
    }
    return c >= '\u08D3' && c <= '\u08FF' && c != '\u08E2';
  }

  /**
   * {@return true for an invisible format character that the normaliser removes: U+200B–U+200F
   * (zero width space, non-joiner, joiner, left-to-right and right-to-left marks), U+061C (Arabic
   * letter mark), U+202A–U+202E (bidi embeddings and overrides), U+2066–U+2069 (bidi isolates) and
   * U+FEFF (byte order mark)}
   *
   * @param c a UTF-16 unit
   */
  public static boolean isFormatCharacter(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || c == ARABIC_LETTER_MARK
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == BYTE_ORDER_MARK;
  }

  /**
   * {@return true for an Arabic-Indic digit U+0660–U+0669 or an extended one U+06F0–U+06F9}
   *
   * @param c a UTF-16 unit
   */
  public static boolean isArabicIndicDigit(char c) {
    return (c >= ARABIC_INDIC_ZERO && c <= '\u0669')
        || (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= '\u06F9');
  }

  /**
   * {@return true for a character of the Arabic presentation-form blocks: U+FB50–U+FDFF (forms A)
   * and U+FE70–U+FEFE (forms B, without the byte order mark U+FEFF)}
   *
   * @param c a UTF-16 unit
   */
  public static boolean isPresentationForm(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.text;

import static org.tawsim.core.text.ArabicCharacters.ALEF;
import static org.tawsim.core.text.ArabicCharacters.ALEF_HAMZA_ABOVE;
import static org.tawsim.core.text.ArabicCharacters.ALEF_HAMZA_BELOW;
import static org.tawsim.core.text.ArabicCharacters.ALEF_MADDA;
import static org.tawsim.core.text.ArabicCharacters.ALEF_MAKSURA;
import static org.tawsim.core.text.ArabicCharacters.ALEF_WASLA;
import static org.tawsim.core.text.ArabicCharacters.ARABIC_INDIC_ZERO;
import static org.tawsim.core.text.ArabicCharacters.BYTE_ORDER_MARK;
import static org.tawsim.core.text.ArabicCharacters.EXTENDED_ARABIC_INDIC_ZERO;
import static org.tawsim.core.text.ArabicCharacters.FARSI_YEH;
import static org.tawsim.core.text.ArabicCharacters.HAMZA;
import static org.tawsim.core.text.ArabicCharacters.HEH;
import static org.tawsim.core.text.ArabicCharacters.HEH_DOACHASHMEE;
import static org.tawsim.core.text.ArabicCharacters.KAF;
import static org.tawsim.core.text.ArabicCharacters.KEHEH;
import static org.tawsim.core.text.ArabicCharacters.TATWEEL;
import static org.tawsim.core.text.ArabicCharacters.TEH_MARBUTA;
import static org.tawsim.core.text.ArabicCharacters.WAW_HAMZA_ABOVE;
import static org.tawsim.core.text.ArabicCharacters.YEH;
import static org.tawsim.core.text.ArabicCharacters.YEH_HAMZA_ABOVE;

import java.text.Normalizer;
import java.util.Set;
import org.tawsim.core.text.ArabicNormalizer.Step;

/**
 * The two lookup tables of an {@link ArabicNormalizer}, computed once from its steps: one character
 * for each of {@code [0, TABLE_END)}, one string for each presentation form of {@code [FORMS_BASE,
 * FORMS_END)}. Every rule of every step is written here, one character at a time, without context.
 */
final class StepTables {

  /** Marks a character that is removed, in the character table. */
  static final char DELETE = ArabicNormalizer.REMOVED;

  /** End of the character table: the Arabic blocks U+0600–U+08FF and everything below. */
  static final int TABLE_END = 0x0900;
  /** The presentation forms (Arabic Presentation Forms-A and -B, with the blocks between). */
  static final int FORMS_BASE = 0xFB50;
  static final int FORMS_END = 0xFF00;

  /** NFKC of each character of {@code [FORMS_BASE, FORMS_END)}, or null where NFKC keeps it. */
  private static final String[] NFKC_FORMS = nfkcForms();

  private StepTables() {}

  /** {@return for each character below TABLE_END: its replacement, itself, or DELETE} */
  static char[] characters(Set<Step> steps) {
    char[] table = new char[TABLE_END];
    for (int i = 0; i < table.length; i++) {
      table[i] = map((char) i, steps);
    }
    return table;
  }

  /**
   * {@return for each character of {@code [FORMS_BASE, FORMS_END)}: its replacement ("" removes),
   * or null to keep it}; {@code characters} is the steps' character table, applied to NFKC's output
   * so that a form's replacement is in normal form too
   */
  static String[] forms(Set<Step> steps, char[] characters) {
    boolean removeFormat = steps.contains(Step.FORMAT_CHARACTERS);
    String[] forms = new String[FORMS_END - FORMS_BASE];
    for (int i = 0; i < forms.length; i++) {
      char c = (char) (FORMS_BASE + i);
      if (c == BYTE_ORDER_MARK) {
        forms[i] = removeFormat ? "" : null;
      } else if (steps.contains(Step.PRESENTATION_FORMS) && NFKC_FORMS[i] != null) {
        forms[i] = apply(NFKC_FORMS[i], characters, removeFormat);
      }
    }
    return forms;
  }

  private static String apply(String s, char[] characters, boolean removeFormat) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = c < TABLE_END ? characters[c] : c;
      if (r != DELETE && !(removeFormat && ArabicCharacters.isFormatCharacter(r))) {
        sb.append(r);
      }
    }
    return sb.toString();
  }

  private static char map(char c, Set<Step> steps) {
    if (c >= 'A' && c <= 'Z') {
      return steps.contains(Step.ASCII_CASE) ? (char) (c + ('a' - 'A')) : c;
    }
    if (steps.contains(Step.DIACRITICS) && ArabicCharacters.isDiacritic(c)) {
      return DELETE;
    }
    if (steps.contains(Step.FORMAT_CHARACTERS) && ArabicCharacters.isFormatCharacter(c)) {
      return DELETE;
    }
    if (c == TATWEEL) {
      return steps.contains(Step.TATWEEL) ? DELETE : c;
    }
    if (c == ALEF_HAMZA_ABOVE || c == ALEF_HAMZA_BELOW || c == ALEF_MADDA || c == ALEF_WASLA) {
      return steps.contains(Step.ALEF) ? ALEF : c;
    }
    if (c == ALEF_MAKSURA) {
      return steps.contains(Step.ALEF_MAKSURA) ? YEH : c;
    }
    if (c == TEH_MARBUTA) {
      return steps.contains(Step.TEH_MARBUTA) ? HEH : c;
    }
    if (c == KEHEH || c == FARSI_YEH || c == HEH_DOACHASHMEE) {
      if (!steps.contains(Step.PERSIAN_LETTERS)) {
        return c;
      }
      return c == KEHEH ? KAF : c == FARSI_YEH ? YEH : HEH;
    }
    if (c == WAW_HAMZA_ABOVE || c == YEH_HAMZA_ABOVE) {
      return steps.contains(Step.HAMZA_CARRIERS) ? HAMZA : c;
    }
    if (steps.contains(Step.DIGITS)) {
      if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
        return (char) ('0' + (c - ARABIC_INDIC_ZERO));
      }
      if (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= EXTENDED_ARABIC_INDIC_ZERO + 9) {
        return (char) ('0' + (c - EXTENDED_ARABIC_INDIC_ZERO));
      }
    }
    return c;
  }

  private static String[] nfkcForms() {
    String[] result = new String[FORMS_END - FORMS_BASE];
    for (int i = 0; i < result.length; i++) {
      char c = (char) (FORMS_BASE + i);
      if (ArabicCharacters.isPresentationForm(c)) {
        String s = String.valueOf(c);
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
        result[i] = nfkc.equals(s) ? null : nfkc;
      }
    }
    return result;
  }
}

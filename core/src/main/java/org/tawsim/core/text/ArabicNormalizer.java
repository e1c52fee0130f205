/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.text;


import static org.tawsim.core.text.StepTables.DELETE;
import static org.tawsim.core.text.StepTables.FORMS_BASE;
import static org.tawsim.core.text.StepTables.FORMS_END;
import static org.tawsim.core.text.StepTables.TABLE_END;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Normalises Arabic text for matching, keeping an alignment back to the original.
 *
 * <p>Taggers match on the normalised view and report spans on the original text; the original is
 * never changed. Each {@link Step} can be switched off:
 *
 * <pre>{@code
 * ArabicNormalizer standard = ArabicNormalizer.standard();          // every Arabic step
 * ArabicNormalizer keepTehMarbuta =
 *     ArabicNormalizer.builder().disable(ArabicNormalizer.Step.TEH_MARBUTA).build();
 * NormalizedText view = standard.normalize("قَالَ الرَّئِيسُ");   // view.normalized(): "قال الرءيس"
 * Span inOriginal = view.toOriginalSpan(4, 10);                   // [6, 16): "الرَّئِيسُ", marks included
 * }</pre>
 *
 * <p>Every step maps one character at a time, without context, to zero or more characters whose own
 * normal form is themselves. Normalisation is therefore idempotent ({@code normalize(normalize(x))
 * equals normalize(x)}) and the normal form of a substring is the matching substring of the normal
 * form, whatever step is off.
 *
 * <p><b>Why most steps are written by hand.</b> The JDK's {@link Normalizer} does only the Unicode
 * normal forms. Compatibility decomposition (NFKC) is exactly the {@link Step#PRESENTATION_FORMS}
 * step, so that step uses it (computed once per presentation-form character, when the class loads).
 * The other steps are orthographic conventions of Arabic search, not Unicode equivalences: no normal
 * form removes harakat from a letter, equates أ with ا, ة with ه, or ٣ with 3, and NFKC leaves
 * tatweel and bidi controls in place. They are a lookup table over U+0600–U+08FF, which is also what
 * makes the common case fast (ICU4J's transliterator would cost a dependency and be slower).
 *
 * <p>Speed: one pass, one table lookup per character, no allocation per character. A text that no
 * step changes is returned as it is, with an identity alignment and no copy. Code that folds one
 * character at a time in its own loop (a word table looked up straight from the text) asks {@link
 * #map(char)}, or copies it into a table of its own once, so that every fold in the project is
 * this one.
 *
 * <p>Instances are immutable and thread-safe. Methods reject null arguments.
 */
public final class ArabicNormalizer {

  /** A normalisation step; the javadoc of each gives the code points it changes. */
  public enum Step {
    /**
     * Removes diacritics and Quranic annotation marks: harakat, tanwin, shadda, sukun, superscript
     * alef and the rest listed in {@link ArabicCharacters#isDiacritic(char)}.
     */
    DIACRITICS,
    /** Removes tatweel U+0640. */
    TATWEEL,
    /** Unifies alef forms: أ U+0623, إ U+0625, آ U+0622 and ٱ U+0671 become ا U+0627. */
    ALEF,
    /** Replaces alef maksura ى U+0649 with yeh ي U+064A. */
    ALEF_MAKSURA,
    /** Replaces teh marbuta ة U+0629 with heh ه U+0647. */
    TEH_MARBUTA,
    /** Replaces the hamza carriers ؤ U+0624 and ئ U+0626 with hamza ء U+0621. */
    HAMZA_CARRIERS,
    /**
     * Replaces the Persian letters that Persian and Urdu keyboards put into Arabic text with the
     * Arabic letters they stand for: keheh ک U+06A9 becomes kaf ك U+0643, Farsi yeh ی U+06CC
     * becomes yeh ي U+064A (as {@link #ALEF_MAKSURA} does for ى, which ی also stands for at the end
     * of a word), heh doachashmee ھ U+06BE becomes heh ه U+0647.
     */
    PERSIAN_LETTERS,
    /**
     * Replaces Arabic-Indic digits U+0660–U+0669 and extended Arabic-Indic digits U+06F0–U+06F9 with
     * ASCII digits 0–9.
     */
    DIGITS,
    /**
     * Replaces presentation forms U+FB50–U+FDFF and U+FE70–U+FEFE with their compatibility
     * decomposition (NFKC), to which the other switched-on steps then apply: ﻻ U+FEFB becomes لا, ﷲ
     * U+FDF2 becomes الله. Characters without a decomposition there (ornate parentheses,
     * noncharacters) stay.
     */
    PRESENTATION_FORMS,
    /**
     * Removes invisible format characters: U+200B–U+200F, U+061C, U+202A–U+202E, U+2066–U+2069 and
     * U+FEFF (see {@link ArabicCharacters#isFormatCharacter(char)}).
     */
    FORMAT_CHARACTERS,
    /**
     * Replaces the ASCII capitals A–Z with the small letters a–z, for matching cue words written in
     * Latin letters. Not one of the {@linkplain #standard() standard} steps: token norms keep Latin
     * case.
     */
    ASCII_CASE
  }

  /**
   * What {@link #map(char)} returns for a character that a step removes; U+FFFF is a noncharacter,
   * never a replacement.
   */
  public static final char REMOVED = '\uFFFF';

  /** Below this no step but {@link Step#ASCII_CASE} changes a character. */
  private static final int ARABIC_BASE = 0x0600;

  private static final Set<Step> STANDARD_STEPS =
      Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(Step.ASCII_CASE)));

  private static final ArabicNormalizer STANDARD = new ArabicNormalizer(EnumSet.copyOf(STANDARD_STEPS));

  private final Set<Step> steps;
  /** For {@code [0, TABLE_END)}: the replacement, the character itself, or DELETE. */
  private final char[] table;
  /** Below this the table maps every character to itself: 'A' with ASCII_CASE, else U+0600. */
  private final char tableBase;
  /** For {@code [FORMS_BASE, FORMS_END)}: the replacement ("" removes), or null to keep. */
  private final String[] forms;

  private final boolean removeFormat;

  private ArabicNormalizer(EnumSet<Step> steps) {
    this.steps = Collections.unmodifiableSet(EnumSet.copyOf(steps));
    this.removeFormat = steps.contains(Step.FORMAT_CHARACTERS);
    this.tableBase = steps.contains(Step.ASCII_CASE) ? 'A' : (char) ARABIC_BASE;
    this.table = StepTables.characters(steps);
    this.forms = StepTables.forms(steps, table);
  }

  /** {@return the normaliser with every step switched on but {@link Step#ASCII_CASE}} */
  public static ArabicNormalizer standard() {
    return STANDARD;
  }

  /** {@return a builder with the {@linkplain #standard() standard} steps switched on} */
  public static Builder builder() {
    return new Builder(EnumSet.copyOf(STANDARD_STEPS));
  }

  /**
   * {@return a normaliser with exactly these steps; an empty set gives the identity}
   *
   * @param steps the steps to apply
   */
  public static ArabicNormalizer of(Set<Step> steps) {
    Objects.requireNonNull(steps, "steps");
    return steps.equals(STANDARD_STEPS)
        ? STANDARD
        : new ArabicNormalizer(steps.isEmpty() ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(steps));
  }

  /** {@return a builder that starts from this normaliser's steps} */
  public Builder toBuilder() {
    return new Builder(steps.isEmpty() ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(steps));
  }

  /** {@return the steps switched on, unmodifiable} */
  public Set<Step> steps() {
    return steps;
  }

  /**
   * {@return the normalised view of {@code text} with its alignment} When no step changes the text,
   * the view is {@code text} itself and the alignment is the identity.
   *
   * @param text the original text
   */
  public NormalizedText normalize(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    int i = firstChange(text, 0, n);
    if (i == n) {
      return new NormalizedText(text, text, null);
    }
    char[] out = new char[n];
    text.getChars(0, i, out, 0);
    int j = i;
    // sources[k] = original offset of normalised char k; null while j == i (offsets unchanged)
    int[] sources = null;
    for (; i < n; i++) {
      char c = text.charAt(i);
      char r;
      if (c < tableBase) {
        r = c;
      } else if (c < TABLE_END) {
        r = table[c];
        if (r == DELETE) {
          if (sources == null) {
            sources = identity(out.length, j);
          }
          continue;
        }
      } else if (c >= FORMS_BASE && c < FORMS_END && forms[c - FORMS_BASE] != null) {
        String f = forms[c - FORMS_BASE];
        if (f.length() != 1 && sources == null) {
          sources = identity(out.length, j);
        }
        if (j + f.length() > out.length) {
          int size = Math.max(out.length * 2, j + f.length());
          out = Arrays.copyOf(out, size);
          if (sources != null) {
            sources = Arrays.copyOf(sources, size);
          }
        }
        for (int k = 0; k < f.length(); k++) {
          if (sources != null) {
            sources[j] = i;
          }
          out[j++] = f.charAt(k);
        }
        continue;
      } else if (removeFormat && ArabicCharacters.isFormatCharacter(c)) {
        if (sources == null) {
          sources = identity(out.length, j);
        }
        continue;
      } else {
        r = c;
      }
      if (j == out.length) {
        out = Arrays.copyOf(out, out.length * 2);
        sources = Arrays.copyOf(sources, out.length); // j > i only after an expansion set sources
      }
      if (sources != null) {
        sources[j] = i;
      }
      out[j++] = r;
    }
    return new NormalizedText(text, new String(out, 0, j), sources);
  }

  /**
   * {@return the normal form of {@code text[begin, end)} as a string: the same characters as the
   * matching part of {@code normalize(text).normalized()}, without an alignment}
   *
   * @param text the original text
   * @param begin the first offset of the part
   * @param end the offset past the part
   * @throws IndexOutOfBoundsException when the range is not inside the text
   */
  public String normalizeToString(CharSequence text, int begin, int end) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(begin, end, text.length());
    if (!(text instanceof String)) {
      return normalizeToString(text.subSequence(begin, end).toString(), 0, end - begin);
    }
    // the loops read a String: the JIT inlines its charAt, where the launcher's C1 makes a call of
    // CharSequence.charAt, an interface method, for every character
    String s = (String) text;
    int i = firstChange(s, begin, end);
    if (i == end) {
      return s.substring(begin, end);
    }
    char[] out = new char[end - begin];
    s.getChars(begin, i, out, 0);
    int j = i - begin;
    for (; i < end; i++) {
      char c = s.charAt(i);
      char r;
      if (c < tableBase) {
        r = c;
      } else if (c < TABLE_END) {
        r = table[c];
        if (r == DELETE) {
          continue;
        }
      } else if (c >= FORMS_BASE && c < FORMS_END && forms[c - FORMS_BASE] != null) {
        String f = forms[c - FORMS_BASE];
        if (j + f.length() > out.length) {
          out = Arrays.copyOf(out, Math.max(out.length * 2, j + f.length()));
        }
        f.getChars(0, f.length(), out, j);
        j += f.length();
        continue;
      } else if (removeFormat && ArabicCharacters.isFormatCharacter(c)) {
        continue;
      } else {
        r = c;
      }
      if (j == out.length) {
        out = Arrays.copyOf(out, out.length * 2); // only after an expansion
      }
      out[j++] = r;
    }
    return new String(out, 0, j);
  }

  /**
   * {@return the normal form of {@code text} as a string, without an alignment}
   *
   * @param text the original text
   */
  public String normalizeToString(CharSequence text) {
    return normalizeToString(text, 0, text.length());
  }

  /**
   * {@return what the steps make of the one character {@code c}: its replacement, {@code c} itself,
   * or {@link #REMOVED}} A character that a step replaces with several ({@link
   * Step#PRESENTATION_FORMS}: ﻻ becomes لا) is returned as it is; {@link #normalizeToString} expands
   * it. For every other character, {@code normalizeToString(String.valueOf(c))} is {@code map(c)}
   * (or empty for {@code REMOVED}).
   *
   * @param c a UTF-16 unit
   */
  public char map(char c) {
    if (c < TABLE_END) {
      return table[c];
    }
    if (c >= FORMS_BASE && c < FORMS_END && forms[c - FORMS_BASE] != null) {
      String f = forms[c - FORMS_BASE];
      return f.isEmpty() ? REMOVED : f.length() == 1 ? f.charAt(0) : c;
    }
    return removeFormat && ArabicCharacters.isFormatCharacter(c) ? REMOVED : c;
  }

  /**
   * {@return true when normalisation leaves {@code text} as it is}
   *
   * @param text the text to check
   */
  public boolean isNormalized(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return firstChange(text.toString(), 0, text.length()) == text.length();
  }

  /** Returns the index of the first character in {@code [begin, end)} that a step changes, or end. */
  private int firstChange(String text, int begin, int end) {
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c < tableBase) {
        continue;
      }
      if (c < TABLE_END) {
        if (table[c] != c) {
          return i;
        }
      } else if ((c >= FORMS_BASE && c < FORMS_END && forms[c - FORMS_BASE] != null)
          || (removeFormat && ArabicCharacters.isFormatCharacter(c))) {
        return i;
      }
    }
    return end;
  }

  private static int[] identity(int size, int prefix) {
    int[] a = new int[size];
    for (int k = 0; k < prefix; k++) {
      a[k] = k;
    }
    return a;
  }


  @Override
  public String toString() {
    return "ArabicNormalizer" + steps;
  }

  /** Chooses the steps of a normaliser; starts from every step (or a normaliser's steps). */
  public static final class Builder {

    private final EnumSet<Step> steps;

    private Builder(EnumSet<Step> steps) {
      this.steps = steps;
    }

    /**
     * Switches a step on.
     *
     * @param step the step
     * @return this builder
     */
    public Builder enable(Step step) {
      steps.add(Objects.requireNonNull(step, "step"));
      return this;
    }

    /**
     * Switches a step off.
     *
     * @param step the step
     * @return this builder
     */
    public Builder disable(Step step) {
      steps.remove(Objects.requireNonNull(step, "step"));
      return this;
    }

    /** {@return the normaliser; the builder can be reused} */
    public ArabicNormalizer build() {
      return of(steps);
    }
  }
}

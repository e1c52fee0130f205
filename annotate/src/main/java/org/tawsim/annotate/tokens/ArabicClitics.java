/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.tokens;

import static org.tawsim.core.text.ArabicCharacters.ALEF;
import static org.tawsim.core.text.ArabicCharacters.BEH;
import static org.tawsim.core.text.ArabicCharacters.FEH;
import static org.tawsim.core.text.ArabicCharacters.HAMZA;
import static org.tawsim.core.text.ArabicCharacters.KAF;
import static org.tawsim.core.text.ArabicCharacters.LAM;
import static org.tawsim.core.text.ArabicCharacters.NOON;
import static org.tawsim.core.text.ArabicCharacters.SEEN;
import static org.tawsim.core.text.ArabicCharacters.TEH;
import static org.tawsim.core.text.ArabicCharacters.WAW;
import static org.tawsim.core.text.ArabicCharacters.YEH;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicNormalizer;
import org.tawsim.core.text.NormalizedText;

/**
 * Candidate segmentations of an Arabic word into proclitics and a stem, for annotators that look
 * words up (gazetteers, cue words): والصين may be والصين, و + الصين or و + ال + صين.
 *
 * <p>The grammar: an optional conjunction (و or ف), then an optional preposition (ب, ك or ل) or
 * the future marker س (only before an imperfect prefix ي ت ن ا), then an optional article ال, which
 * after ل is a single ل (للصين); the stem keeps at least {@link #MIN_STEM} letters. This is a
 * candidate generator, not a morphological analyser: it does not know that وصل is a verb, so it
 * offers و + صل too, and the caller decides by lookup.
 *
 * <p>Matching happens on the normalised word (diacritics and tatweel removed, ٱ read as ا); spans
 * are in the text, each proclitic with the marks written after it. Instances are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * List<CliticAnalysis> candidates = new ArabicClitics().analyze("وللصين");
 * // وللصين; و + للصين; و + ل + لصين; و + ل + ال(ل) + صين
 * }</pre>
 */
public final class ArabicClitics {

  /** The fewest normalised characters a stem keeps. */
  public static final int MIN_STEM = 2;

  private final ArabicNormalizer normalizer;

  /** Returns an analyser whose normalised stems use {@link ArabicNormalizer#standard()}. */
  public ArabicClitics() {
    this(ArabicNormalizer.standard());
  }

  /**
   * Returns an analyser whose normalised stems use this normaliser.
   *
   * @param normalizer the normaliser of the stems
   */
  public ArabicClitics(ArabicNormalizer normalizer) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
  }

  /**
   * Returns true when the Arabic letters of [begin, end) are the article with its proclitics and
   * no stem, as the grammar above has it: ال، وال، بال، فكال، لل، ولل (the article written apart
   * from its word, الـ 51). Other characters between the letters (marks, tatweel) are passed over.
   */
  static boolean isArticleAlone(CharSequence text, int begin, int end) {
    int state = 0; // 0 start, 1 after و/ف, 2 after ب/ك, 3 after ل, 4 after the article's alef, 5 done
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (!isArabicLetter(c)) {
        continue;
      }
      if (c == WAW || c == FEH) {
        if (state != 0) {
          return false;
        }
        state = 1;
      } else if (c == BEH || c == KAF) {
        if (state > 1) {
          return false;
        }
        state = 2;
      } else if (c == ALEF) {
        if (state > 2) {
          return false;
        }
        state = 4;
      } else if (c == LAM) {
        if (state == 4 || state == 3) {
          state = 5; // ال، لل
        } else if (state <= 1) {
          state = 3; // the preposition ل, whose article is a single ل
        } else {
          return false;
        }
      } else {
        return false; // a stem letter, or a letter after the article
      }
    }
    return state == 5;
  }

  private static boolean isArabicLetter(char c) {
    return CharClasses.of(c) == CharClasses.ARABIC_LETTER;
  }

  /**
   * {@return the candidates for a word on its own; spans are offsets into {@code word}}
   *
   * @param word the word
   */
  public List<CliticAnalysis> analyze(String word) {
    Objects.requireNonNull(word, "word");
    return analyze(word, new Span(0, word.length()));
  }

  /**
   * {@return the candidate segmentations of the word at {@code token} in {@code text}: first the
   * whole word, then the others by where their stem begins (the longest stem first), ties by the
   * number of proclitics} A word that does not start with an Arabic letter gets only the first.
   *
   * @param text the text
   * @param token the word's span in it
   * @throws IndexOutOfBoundsException when the span ends past the text
   */
  public List<CliticAnalysis> analyze(String text, Span token) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(token, "token");
    String word = token.coveredText(text);
    NormalizedText view = ArabicNormalizer.standard().normalize(word);
    String s = view.normalized();
    List<CliticAnalysis> out = new ArrayList<>();
    out.add(new CliticAnalysis(List.of(), token, normalizer.normalizeToString(word)));
    int m = s.length();
    List<Clitic> prefix = new ArrayList<>(3);
    // conjunction
    for (int conj = 0; conj <= 1; conj++) {
      int p = 0;
      prefix.clear();
      if (conj == 1) {
        if (m == 0 || (s.charAt(0) != WAW && s.charAt(0) != FEH)) {
          continue;
        }
        prefix.add(clitic(s.charAt(0) == WAW ? Proclitic.WA : Proclitic.FA, view, 0, 1, token));
        p = 1;
      }
      int afterConj = p;
      int sizeAfterConj = prefix.size();
      for (Proclitic prep : new Proclitic[] {null, Proclitic.BI, Proclitic.KA, Proclitic.LI,
          Proclitic.SA}) {
        p = afterConj;
        truncate(prefix, sizeAfterConj);
        if (prep != null) {
          if (p >= m || s.charAt(p) != letter(prep)) {
            continue;
          }
          if (prep == Proclitic.SA && !(p + 1 < m && isImperfectPrefix(s.charAt(p + 1)))) {
            continue;
          }
          prefix.add(clitic(prep, view, p, p + 1, token));
          p++;
        }
        if (p > 0) {
          add(out, prefix, view, p, m, word, token);
        }
        if (prep == Proclitic.SA) {
          continue;
        }
        // the article: ال, or a single ل after the preposition ل
        int articleLength = prep == Proclitic.LI ? 1 : 2;
        boolean article =
            prep == Proclitic.LI
                ? p < m && s.charAt(p) == LAM
                : p + 1 < m && s.charAt(p) == ALEF && s.charAt(p + 1) == LAM;
        if (article) {
          prefix.add(clitic(Proclitic.AL, view, p, p + articleLength, token));
          add(out, prefix, view, p + articleLength, m, word, token);
          prefix.remove(prefix.size() - 1);
        }
      }
    }
    out.subList(1, out.size())
        .sort(
            Comparator.comparingInt((CliticAnalysis a) -> a.stem().begin())
                .thenComparingInt(a -> a.proclitics().size()));
    return List.copyOf(out);
  }

  private void add(
      List<CliticAnalysis> out, List<Clitic> prefix, NormalizedText view, int stemBegin, int m,
      String word, Span token) {
    if (m - stemBegin < MIN_STEM || !isArabicLetterOrDigit(view.normalized().charAt(stemBegin))) {
      return;
    }
    Span stem = shift(view.toOriginalSpan(stemBegin, m), token);
    // the stem's normal form, under this analyser's normaliser, from the original characters
    String norm = normalizer.normalizeToString(word, stem.begin() - token.begin(),
        stem.end() - token.begin());
    out.add(new CliticAnalysis(prefix, stem, norm));
  }

  private static Clitic clitic(Proclitic kind, NormalizedText view, int begin, int end, Span token) {
    return new Clitic(kind, shift(view.toOriginalSpan(begin, end), token));
  }

  private static Span shift(Span s, Span token) {
    return new Span(s.begin() + token.begin(), s.end() + token.begin());
  }

  private static void truncate(List<Clitic> list, int size) {
    while (list.size() > size) {
      list.remove(list.size() - 1);
    }
  }

  private static char letter(Proclitic p) {
    switch (p) {
      case WA:
        return WAW;
      case FA:
        return FEH;
      case BI:
        return BEH;
      case LI:
        return LAM;
      case KA:
        return KAF;
      case SA:
        return SEEN;
      default:
        throw new IllegalArgumentException(p.name());
    }
  }

  /** ي ت ن ا (أ normalised): the prefixes of an imperfect verb, which the future marker precedes. */
  private static boolean isImperfectPrefix(char c) {
    return c == YEH || c == TEH || c == NOON || c == ALEF;
  }

  private static boolean isArabicLetterOrDigit(char c) {
    return (c >= HAMZA && c <= YEH) || (c >= '\u0671' && c <= '\u06D3') || Character.isDigit(c);
  }
}

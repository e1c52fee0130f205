/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tawsim.core.Annotation;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.core.TokenList;
import org.tawsim.core.text.ArabicNormalizer;

/**
 * Splits Arabic (and mixed) text into tokens: the {@link Token} layer, each token with its
 * normalised form.
 *
 * <p>Tokens never cross whitespace, and together they cover every other character of the text
 * exactly once. What makes a token:
 *
 * <ul>
 *   <li>a word: letters and digits written together, with the diacritics, tatweel and joiners
 *       inside it (Arabic and Latin letters never share a token; digits join either: و2006, G20). Clitics stay attached, as in Arabic NER corpora: والصين is one token
 *       ({@link ArabicClitics} offers the candidate segmentations). Numbers keep their decimal and
 *       thousands separators ({@code . , ٫ ٬} between digits): 3.5, ٣٫٥, 1,000;
 *   <li>each punctuation mark or symbol on its own: ، ؛ ؟ « » " ( ) : - % ٪ ... ({@code 2017-2021}
 *       is number, hyphen, number), except that a run of full stops ({@code ..}, {@code ...}) is one
 *       token;
 *   <li>a URL ({@code https://...}, {@code www....}, a bare domain such as {@code spa.gov.sa}), an
 *       e-mail address, an @mention, a #hashtag (Arabic ones too: {@code #السعودية_تتحد});
 *   <li>an emoji with its modifiers, and a ZWJ sequence or flag as a whole;
 *   <li>tatweel used as a dash (at the start of a word, or after a word of two letters or more)
 *       on its own; after a single letter (1436هـ) it stays, as an abbreviation mark; after the
 *       article before a number or a Latin word (الـ84) it ends the token.
 * </ul>
 *
 * <p>Marks and format characters (ZWJ, RLM...) belong to the token before them, or, with nothing
 * before them, to the token after; alone between spaces they form a token. A zero width space
 * U+200B is not whitespace, but a word boundary: it ends the token before it. Control characters and
 * lone surrogates are tokens of one character, so no input is lost and every span is valid.
 *
 * <p>The normalised form is {@link ArabicNormalizer#normalizeToString(CharSequence, int, int)} of
 * the token's characters; when that is empty (a lone tatweel or format character), the token's own
 * text, so that no token has an empty form.
 *
 * <p>The scanner is hand-written, not a regular expression: one pass, linear time on any input,
 * no allocation beyond the tokens; in a long text, tokens with the same characters share one
 * normalised string, so it keeps about one per distinct word alive, not one per token (the
 * first 65,536 distinct words of a text share; rarer words seen later have their own). Requires no
 * layer; produces {@link Token} (replacing an existing token layer). Offsets are UTF-16 units.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ArabicTokenizer tokenizer = new ArabicTokenizer();
 * List<Token> tokens = tokenizer.tokenize("قالَ الرئيسُ: «نعم».");
 * // قالَ (norm قال), الرئيسُ (الرءيس), :, «, نعم, », .
 * }</pre>
 */
public final class ArabicTokenizer implements Annotator {

  /** The one-character strings below U+0700 (ASCII, Latin-1, Arabic), shared by all tokens. */
  private static final String[] ONE_CHAR = oneCharStrings();

  /**
   * Text length from which tokens with the same characters share one norm string ({@link
   * NormTable}). Below it the strings die young and the table's lookups would cost more than they
   * save (measured: about 10% more CPU at 10,000 characters, a third less GC work at 10 MB).
   */
  static final int SHARED_NORMS_FROM = 1 << 16;

  private final ArabicNormalizer normalizer;

  /** Returns a tokenizer whose normalised forms use {@link ArabicNormalizer#standard()}. */
  public ArabicTokenizer() {
    this(ArabicNormalizer.standard());
  }

  /**
   * Returns a tokenizer whose normalised forms use this normaliser.
   *
   * @param normalizer the normaliser of the tokens' forms
   */
  public ArabicTokenizer(ArabicNormalizer normalizer) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
  }

  /** {@return the normaliser of the tokens' normalised forms} */
  public ArabicNormalizer normalizer() {
    return normalizer;
  }

  /**
   * {@return the tokens of {@code text}, in order}
   *
   * @param text the text
   */
  public TokenList tokenize(String text) {
    Objects.requireNonNull(text, "text");
    TokenList.Builder tokens = TokenList.builder(text.length() / 5).normalizedBy(normalizer);
    if (text.length() < SHARED_NORMS_FROM) {
      new TokenScanner(text).scan((begin, end) -> tokens.add(begin, end, norm(text, begin, end)));
    } else {
      // one form per distinct word, so a long text does not keep millions of norms alive, and later
      // steps can work once per form
      NormTable forms = new NormTable(text, (begin, end) -> norm(text, begin, end), tokens);
      new TokenScanner(text).scan((begin, end) -> tokens.add(begin, end, forms.form(begin, end)));
    }
    return tokens.build();
  }

  /**
   * {@return the spans of the tokens of {@code text}, in order, without normalised forms}
   *
   * @param text the text
   */
  public List<Span> spans(String text) {
    Objects.requireNonNull(text, "text");
    List<Span> spans = new ArrayList<>(Math.max(16, text.length() / 5));
    new TokenScanner(text).scan((begin, end) -> spans.add(new Span(begin, end)));
    return spans;
  }

  private String norm(String text, int begin, int end) {
    if (end - begin == 1) {
      char c = text.charAt(begin);
      if (c < ONE_CHAR.length && normalizer.isNormalized(ONE_CHAR[c])) {
        return ONE_CHAR[c]; // punctuation and one-letter tokens: no new string each time
      }
    }
    String norm = normalizer.normalizeToString(text, begin, end);
    return norm.isEmpty() ? text.substring(begin, end) : norm;
  }

  private static String[] oneCharStrings() {
    String[] a = new String[0x0700];
    for (int c = 0; c < a.length; c++) {
      a[c] = String.valueOf((char) c);
    }
    return a;
  }

  @Override
  public Document annotate(Document document) {
    Objects.requireNonNull(document, "document");
    return document.withLayer(Token.class, tokenize(document.text()));
  }

  @Override
  public Set<Class<? extends Annotation>> requires() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends Annotation>> produces() {
    return Set.of(Token.class);
  }
}

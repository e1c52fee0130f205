/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.tokens;

import static org.tawsim.annotate.tokens.CharClasses.ARABIC_LETTER;
import static org.tawsim.annotate.tokens.CharClasses.DIGIT;
import static org.tawsim.annotate.tokens.CharClasses.EMOJI;
import static org.tawsim.annotate.tokens.CharClasses.EXTEND;
import static org.tawsim.annotate.tokens.CharClasses.HIGH_SURROGATE;
import static org.tawsim.annotate.tokens.CharClasses.LETTER;
import static org.tawsim.annotate.tokens.CharClasses.SPACE;
import static org.tawsim.annotate.tokens.CharClasses.TATWEEL;

import org.tawsim.core.text.ArabicCharacters;

/**
 * The hand-written scanner behind {@link ArabicTokenizer}: finds token boundaries in one pass.
 *
 * <p>Every rule looks ahead a bounded distance or consumes what it looks at, and the two rules
 * that may look far (URL schemes, e-mail addresses, bare domains) remember where they last failed, so a
 * whole text costs linear time whatever it holds (a 20 MB line without spaces, a megabyte of
 * combining marks). One scanner serves one text; it is not thread-safe.
 */
final class TokenScanner {

  /** Receives token boundaries, in order. */
  interface Sink {
    void token(int begin, int end);
  }

  private static final char ZERO_WIDTH_JOINER = '\u200D';
  /** Not whitespace in Unicode, but a word boundary: it ends the token it follows. */
  private static final char ZERO_WIDTH_SPACE = '\u200B';
  private static final int MAX_SCHEME = 16;

  private final String text;
  private final int n;
  /** No e-mail address starts before this offset (a scan from earlier failed past it). */
  private int noEmailBefore;
  /** No URL scheme starts before this offset. */
  private int noSchemeBefore;
  /** No bare domain starts before this offset. */
  private int noDomainBefore;

  TokenScanner(String text) {
    this.text = text;
    this.n = text.length();
  }

  /** Scans the whole text. */
  void scan(Sink sink) {
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      byte k = CharClasses.of(c);
      if (k == SPACE) {
        i++;
        continue;
      }
      int start = i;
      if (k == EXTEND || (k == HIGH_SURROGATE && classAt(i) == EXTEND)) {
        // marks and format characters with nothing before them join the token that follows
        i = skipExtenders(i);
        if (i == n || CharClasses.of(text.charAt(i)) == SPACE) {
          sink.token(start, i);
          continue;
        }
      }
      int end = token(i);
      sink.token(start, end);
      i = end;
    }
  }

  /** Returns the end of the token that starts at {@code i}, a non-space, non-extending character. */
  private int token(int i) {
    char c = text.charAt(i);
    byte k = CharClasses.of(c);
    if (k == HIGH_SURROGATE) {
      k = classAt(i);
    }
    switch (k) {
      case ARABIC_LETTER:
      case LETTER:
      case DIGIT:
        if (c < 128) {
          int special = urlOrAddress(i);
          if (special > i) {
            return special;
          }
        }
        return word(i);
      case TATWEEL:
        // a tatweel that starts a word is a dash (ـلا), not a kashida
        return skipExtenders(skipTatweel(i));
      case EMOJI:
        return emoji(i);
      default:
        return other(i);
    }
  }

  /** Punctuation, symbols, controls, lone surrogates: one character, except a run of dots. */
  private int other(int i) {
    char c = text.charAt(i);
    int j = i + Character.charCount(text.codePointAt(i));
    if (c == '.') {
      while (j < n && text.charAt(j) == '.') {
        j++;
      }
    } else if ((c == '#' || c == '@') && j < n && isTagChar(j)) {
      j = skipTagChars(j);
    }
    return skipExtenders(j);
  }

  /**
   * Letters and digits, with the marks and joiners inside them: an Arabic word with its proclitics
   * and diacritics, a Latin (or other) word, a number, or letters and digits written together
   * (و2006, 1436هـ, G20). Arabic and other letters do not share a token: where one script follows
   * the other without a space, a space is missing. Decimal separators join digits; an apostrophe joins Latin letters; tatweel
   * joins Arabic letters. A tatweel before a digit or a non-Arabic letter ends the token (الـ84);
   * one after a word of two letters or more is a dash of its own (فقطـ), after a single letter an
   * abbreviation mark that stays (هـ), and so after the article written apart from its word (الـ
   * 51، والـ «...»: {@link ArabicClitics#isArticleAlone}).
   */
  private int word(int i) {
    int j = i;
    byte last = 0; // class of the last letter or digit
    byte lastLetter = 0; // class of the last letter: Arabic and other letters do not mix
    int arabicRun = 0; // Arabic letters since the last other letter or digit
    while (j < n) {
      char c = text.charAt(j);
      byte k = CharClasses.of(c);
      if (k == ARABIC_LETTER) {
        if (lastLetter == LETTER) {
          return j; // Latin then Arabic: two words written without a space
        }
        arabicRun++;
        last = k;
        lastLetter = k;
        j++;
      } else if (k == LETTER) {
        if (lastLetter == ARABIC_LETTER) {
          return j;
        }
        arabicRun = 0;
        last = k;
        lastLetter = k;
        j++;
      } else if (k == DIGIT) {
        arabicRun = 0;
        last = k;
        j++;
      } else if (k == EXTEND) {
        j++;
        if (c == ZERO_WIDTH_SPACE) {
          return j;
        }
      } else if (k == TATWEEL) {
        int after = skipTatweel(j);
        byte next = after < n ? classAt(after) : SPACE;
        if (next == ARABIC_LETTER && last == ARABIC_LETTER) {
          j = after; // kashida inside a word
        } else if (next == DIGIT || next == LETTER) {
          return after; // الـ84: the article and its tatweel, then the number
        } else {
          // هـ: an abbreviation mark; التقرير الـ 51، بالـ «...»: the article written apart
          return last == ARABIC_LETTER && (arabicRun <= 1 || ArabicClitics.isArticleAlone(text, i, j)) ? after : j;
        }
      } else if (k == HIGH_SURROGATE) {
        byte s = classAt(j);
        if (s == LETTER && lastLetter == ARABIC_LETTER) {
          return j;
        }
        if (s == LETTER || s == DIGIT) {
          arabicRun = 0;
          last = s;
          lastLetter = s == LETTER ? s : lastLetter;
        } else if (s != EXTEND) {
          return j;
        }
        j += Character.charCount(text.codePointAt(j));
      } else if (last == DIGIT && isDecimalSeparator(c) && j + 1 < n && classAt(j + 1) == DIGIT) {
        j++;
      } else if (last == LETTER && (c == '\'' || c == '\u2019') && j + 1 < n
          && classAt(j + 1) == LETTER) {
        j++;
      } else {
        return j;
      }
    }
    return j;
  }

  /** An emoji with its modifiers, variation selectors and tags; ZWJ sequences and flags whole. */
  private int emoji(int i) {
    int cp = text.codePointAt(i);
    int j = i + Character.charCount(cp);
    if (CharClasses.isRegionalIndicator(cp) && j < n
        && CharClasses.isRegionalIndicator(text.codePointAt(j))) {
      return skipExtenders(j + 2);
    }
    while (j < n) {
      int next = text.codePointAt(j);
      if (next == ZERO_WIDTH_JOINER) {
        int after = j + 1;
        if (after < n && CharClasses.ofCodePoint(text.codePointAt(after)) == EMOJI) {
          j = after + Character.charCount(text.codePointAt(after));
        } else {
          j = after;
        }
      } else if (next == ZERO_WIDTH_SPACE) {
        return j + 1;
      } else if (CharClasses.isEmojiModifier(next) || CharClasses.ofCodePoint(next) == EXTEND) {
        j += Character.charCount(next);
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * Returns the end of a URL, e-mail address or bare domain starting at {@code i}, or {@code i}
   * when none starts there.
   */
  private int urlOrAddress(int i) {
    int url = url(i);
    if (url > i) {
      return url;
    }
    if (i >= noEmailBefore) {
      int email = email(i);
      if (email > i) {
        return email;
      }
    }
    if (i >= noDomainBefore) {
      int domain = domain(i, true);
      if (domain > i) {
        return text.startsWith("/", domain) ? urlTail(domain) : domain;
      }
    }
    return i;
  }

  /** A URL with a scheme ({@code https://...}) or starting with {@code www.}. */
  private int url(int i) {
    if (text.regionMatches(true, i, "www.", 0, 4) && i + 4 < n && isAsciiAlnum(text.charAt(i + 4))) {
      return urlTail(i + 4);
    }
    if (i < noSchemeBefore) {
      return i;
    }
    int j = i;
    while (j < n && isSchemeChar(text.charAt(j))) {
      j++;
    }
    if (!text.startsWith("://", j)) {
      noSchemeBefore = j; // every later start inside [i, j) stops at j too
      return i;
    }
    if (j - i > MAX_SCHEME) {
      noSchemeBefore = j - MAX_SCHEME;
      return i;
    }
    if (j > i && j + 3 < n && CharClasses.of(text.charAt(j + 3)) != SPACE) {
      return urlTail(j + 3);
    }
    return i;
  }

  /**
   * Extends a URL to the next space or quotation mark, then gives back trailing punctuation and a
   * closing bracket that has no opening one inside the URL.
   */
  private int urlTail(int i) {
    int j = i;
    int parens = 0; // closing minus opening brackets
    while (j < n) {
      char c = text.charAt(j);
      if (CharClasses.of(c) == SPACE || isUrlStop(c)) {
        break;
      }
      if (c == '(' || c == '[') {
        parens--;
      } else if (c == ')' || c == ']') {
        parens++;
      }
      j++;
    }
    while (j > i) {
      char c = text.charAt(j - 1);
      if ((c == ')' || c == ']') && parens > 0) {
        parens--;
        j--;
      } else if (".,;:!?'\u2026".indexOf(c) >= 0
          || c == ArabicCharacters.ARABIC_COMMA
          || c == ArabicCharacters.ARABIC_SEMICOLON
          || c == ArabicCharacters.ARABIC_QUESTION_MARK) {
        j--;
      } else {
        break;
      }
    }
    return j;
  }

  /** local@domain.tld; the local part in ASCII letters, digits and {@code . _ % + -}. */
  private int email(int i) {
    int j = i;
    while (j < n && isLocalPartChar(text.charAt(j))) {
      j++;
    }
    if (j == i || j >= n || text.charAt(j) != '@' || text.charAt(j - 1) == '.') {
      noEmailBefore = j;
      return i;
    }
    int end = domain(j + 1, false);
    if (end == j + 1) {
      noEmailBefore = j;
      return i;
    }
    return end;
  }

  /**
   * Labels of ASCII letters, digits and hyphens joined by single dots, at least two, the last a
   * plausible top-level domain; returns {@code i} when there is none. For a bare domain (not after
   * an @), the last label must be a known generic or a two-letter country domain in lower case, so
   * that a missing space after a full stop ("end.The") stays two words.
   */
  private int domain(int i, boolean bare) {
    int j = i;
    int labels = 0;
    int lastLabel = i;
    while (true) {
      int labelStart = j;
      while (j < n && (isAsciiAlnum(text.charAt(j)) || text.charAt(j) == '-')) {
        j++;
      }
      if (j == labelStart) {
        break;
      }
      labels++;
      lastLabel = labelStart;
      if (j + 1 < n && text.charAt(j) == '.' && isAsciiAlnum(text.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    // an Arabic letter right after the domain is a missing space (x@hotmail.comللتواصل)
    boolean followedByWord = j < n && (isAsciiAlnum(text.charAt(j)) || text.charAt(j) == '@');
    boolean ok = labels >= 2 && !followedByWord && isTopLevel(lastLabel, j, bare);
    if (!ok) {
      if (bare) {
        noDomainBefore = j;
      }
      return i;
    }
    return j;
  }

  private boolean isTopLevel(int begin, int end, boolean bare) {
    int len = end - begin;
    for (int k = begin; k < end; k++) {
      char c = text.charAt(k);
      boolean letter = bare ? c >= 'a' && c <= 'z' : isAsciiLetter(c);
      if (!letter) {
        return false;
      }
    }
    if (!bare) {
      return len >= 2;
    }
    if (len == 2) {
      return true;
    }
    String tld = text.substring(begin, end);
    switch (tld) {
      case "com":
      case "org":
      case "net":
      case "edu":
      case "gov":
      case "int":
      case "mil":
      case "info":
      case "biz":
      case "news":
      case "online":
      case "site":
      case "app":
        return true;
      default:
        return false;
    }
  }

  private int skipTatweel(int i) {
    int j = i;
    while (j < n) {
      byte k = CharClasses.of(text.charAt(j));
      if (k == TATWEEL || k == EXTEND) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private int skipExtenders(int i) {
    int j = i;
    while (j < n) {
      char c = text.charAt(j);
      byte k = CharClasses.of(c);
      if (k == EXTEND) {
        j++;
        if (c == ZERO_WIDTH_SPACE) {
          break;
        }
      } else if (k == HIGH_SURROGATE && classAt(j) == EXTEND) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /** Letters, digits, underscore, marks and tatweel: what follows # in a hashtag, @ in a mention. */
  private boolean isTagChar(int j) {
    byte k = classAt(j);
    return k == ARABIC_LETTER || k == LETTER || k == DIGIT || text.charAt(j) == '_';
  }

  private int skipTagChars(int i) {
    int j = i;
    while (j < n) {
      byte k = classAt(j);
      if (k == ARABIC_LETTER || k == LETTER || k == DIGIT || k == EXTEND || k == TATWEEL
          || text.charAt(j) == '_') {
        j += Character.charCount(text.codePointAt(j));
      } else {
        break;
      }
    }
    return j;
  }

  /** Returns the class at {@code j}, looking at the whole code point for a surrogate pair. */
  private byte classAt(int j) {
    char c = text.charAt(j);
    byte k = CharClasses.of(c);
    if (k != HIGH_SURROGATE) {
      return k;
    }
    if (j + 1 < n && Character.isLowSurrogate(text.charAt(j + 1))) {
      return CharClasses.ofCodePoint(Character.toCodePoint(c, text.charAt(j + 1)));
    }
    return CharClasses.OTHER; // a lone high surrogate
  }

  private static boolean isDecimalSeparator(char c) {
    return c == '.'
        || c == ','
        || c == ArabicCharacters.ARABIC_DECIMAL_SEPARATOR
        || c == ArabicCharacters.ARABIC_THOUSANDS_SEPARATOR;
  }

  private static boolean isUrlStop(char c) {
    return c == '"' || c == '<' || c == '>' || c == '«' || c == '»' || c == '“' || c == '”';
  }

  private static boolean isSchemeChar(char c) {
    return isAsciiAlnum(c) || c == '+' || c == '.' || c == '-';
  }

  private static boolean isLocalPartChar(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isAsciiAlnum(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}

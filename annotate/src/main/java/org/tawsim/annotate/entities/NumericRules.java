/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.List;
import org.tawsim.core.EntityType;

/**
 * Amounts, percentages, dates and times: patterns over tokens, with digits of any script (the
 * normaliser makes Arabic-Indic digits ASCII in the keys).
 *
 * <ul>
 *   <li>PERCENT: {@code 28.53%}, {@code 50 %}, {@code 50 في المائة}, {@code 50 بالمئة};
 *   <li>MONEY: a number or number words, then a currency (135 مليار يورو، خمسة ملايين دولار
 *       أمريكي), or {@code $} before or after digits;
 *   <li>DATE: day and month (19 مارس), month and year (فبراير 2022), both, year ranges (2017-2021),
 *       numeric dates (22/07/2015), years after عام, weekday names;
 *   <li>TIME: {@code 10:30} and الساعة with a number.
 * </ul>
 *
 * Each rule looks at a bounded number of tokens from each start, so a run of 100,000 digits is
 * linear.
 */
final class NumericRules {

  private static final int PRIORITY = 35;
  private static final int MAX_RUN = 6;
  private static final String FI = "\u0641\u064A";
  private static final String[] HUNDRED = {
    "\u0627\u0644\u0645\u0627\u0621\u0647", "\u0627\u0644\u0645\u0621\u0647", "\u0627\u0644\u0645\u064A\u0647"
  };
  private static final String[] BI_HUNDRED = {
    "\u0628\u0627\u0644\u0645\u0627\u0621\u0647", "\u0628\u0627\u0644\u0645\u0621\u0647", "\u0628\u0627\u0644\u0645\u064A\u0647"
  };
  private static final String AAM = "\u0639\u0627\u0645";
  private static final String AL_AAM = "\u0627\u0644\u0639\u0627\u0645";
  private static final String SANA = "\u0633\u0646\u0647";

  /** Words a year follows: عام، العام، سنه. */
  private static final java.util.Set<String> YEAR_WORDS = java.util.Set.of(AAM, AL_AAM, SANA);
  private static final String AS_SAA = "\u0627\u0644\u0633\u0627\u0639\u0647";
  private static final String YAWM = "\u064A\u0648\u0645";

  private NumericRules() {}

  static void find(Words w, Lexicon lex, List<Candidate> out) {
    for (int i = 0; i < w.size; i++) {
      if (w.number[i] || w.has(i, Lexicon.SCALE) && w.letters[i]) {
        i = amount(w, lex, i, out);
        continue;
      }
      String k = w.key[i];
      if (!w.letters[i]) {
        if (k.length() > 1 && (k.charAt(0) == '$') && Words.isNumber(k.substring(1))) {
          out.add(new Candidate(i, i + 1, EntityType.MONEY, "rule:money", PRIORITY, 0));
        } else if (isTime(k)) {
          out.add(new Candidate(i, i + 1, EntityType.TIME, "rule:time", PRIORITY, 0));
        } else if (isNumericDate(k) || isYearRange(k)) {
          out.add(new Candidate(i, i + 1, EntityType.DATE, "rule:date", PRIORITY, 0));
        }
        continue;
      }
      PhraseMatch<Boolean> month = PhraseMatch.longest(Lexicon.Trie.MONTHS, w, i);
      if (month != null && month.end() < w.size && isYear(w.key[month.end()])) {
        out.add(new Candidate(i, month.end() + 1, EntityType.DATE, "rule:date", PRIORITY, month.cut()));
        i = month.end();
        continue;
      }
      if (w.has(i, Lexicon.WEEKDAY)) {
        int start = i > 0 && w.lastReading(i - 1).equals(YAWM) ? i - 1 : i;
        out.add(new Candidate(start, i + 1, EntityType.DATE, "rule:weekday", PRIORITY - 10,
            start == i ? w.bestCut(i) : w.cut(start, w.readingCount(start) - 1)));
        continue;
      }
      // a year is a number: the flag spares reading every next token's key
      if (i + 1 < w.size && w.number[i + 1] && isYear(w.key[i + 1]) && isYearWord(w, i)) {
        out.add(new Candidate(i, i + 2, EntityType.DATE, "rule:date", PRIORITY, 0));
        i++;
        continue;
      }
      if (k.equals(AS_SAA) && i + 1 < w.size && (w.number[i + 1] || isTime(w.key[i + 1]))) {
        int end = Math.max(clock(w, i + 1), i + 2);
        out.add(new Candidate(i, end, EntityType.TIME, "rule:time", PRIORITY, 0));
        i = end - 1;
      }
    }
  }

  /** Returns the end of a clock time written as tokens, 10 : 30, starting at i; or i. */
  private static int clock(Words w, int i) {
    if (w.number[i] && w.key[i].length() <= 2 && i + 2 < w.size && w.key[i + 1].equals(":")
        && w.number[i + 2] && w.key[i + 2].length() == 2) {
      return i + 3;
    }
    return isTime(w.key[i]) ? i + 1 : i;
  }

  /** Handles a run of numbers and number words from {@code i}; returns the last token used. */
  private static int amount(Words w, Lexicon lex, int i, List<Candidate> out) {
    int clock = clock(w, i);
    if (clock > i + 1) {
      out.add(new Candidate(i, clock, EntityType.TIME, "rule:time", PRIORITY, 0));
      return clock - 1;
    }
    int end = i + 1;
    while (end < w.size && end - i < MAX_RUN
        && (w.number[end] || w.letters[end] && w.hasOwn(end, Lexicon.SCALE))) {
      end++;
    }
    String last = w.key[end - 1];
    if (last.length() > 1 && Words.isPercent(last.charAt(last.length() - 1))) {
      out.add(new Candidate(i, end, EntityType.PERCENT, "rule:percent", PRIORITY, 0));
      return end - 1;
    }
    if (end < w.size) {
      String next = w.key[end];
      if (next.length() == 1 && Words.isPercent(next.charAt(0))) {
        out.add(new Candidate(i, end + 1, EntityType.PERCENT, "rule:percent", PRIORITY, 0));
        return end;
      }
      if (contains(BI_HUNDRED, next)) {
        out.add(new Candidate(i, end + 1, EntityType.PERCENT, "rule:percent", PRIORITY, 0));
        return end;
      }
      if (next.equals(FI) && end + 1 < w.size && contains(HUNDRED, w.key[end + 1])) {
        out.add(new Candidate(i, end + 2, EntityType.PERCENT, "rule:percent", PRIORITY, 0));
        return end + 1;
      }
      if (next.equals("$")) {
        out.add(new Candidate(i, end + 1, EntityType.MONEY, "rule:money", PRIORITY, 0));
        return end;
      }
      PhraseMatch<Boolean> currency = PhraseMatch.longest(Lexicon.Trie.CURRENCIES, w, end);
      if (currency != null && currency.reading() == 0) {
        int stop = currency.end();
        if (stop < w.size && w.hasOwn(stop, Lexicon.NORP)) {
          stop++; // دولار أمريكي when CLDR spells the adjective otherwise
        }
        out.add(new Candidate(i, stop, EntityType.MONEY, "rule:money", PRIORITY, 0));
        return stop - 1;
      }
      if (w.number[i] && end - i == 1 && isDay(w.key[i])) {
        PhraseMatch<Boolean> month = PhraseMatch.longest(Lexicon.Trie.MONTHS, w, end);
        if (month != null && month.reading() == 0) {
          int stop = month.end();
          if (stop < w.size && isYear(w.key[stop])) {
            stop++;
          }
          out.add(new Candidate(i, stop, EntityType.DATE, "rule:date", PRIORITY, 0));
          return stop - 1;
        }
      }
    }
    String k = w.key[i];
    if (end - i == 1 && w.number[i] && isNumericDate(k)) {
      out.add(new Candidate(i, end, EntityType.DATE, "rule:date", PRIORITY, 0));
    }
    // A year range split into tokens: 2017 - 2021
    if (end - i == 1 && isYear(k) && i + 2 < w.size && isDash(w.key[i + 1]) && isYear(w.key[i + 2])) {
      out.add(new Candidate(i, i + 3, EntityType.DATE, "rule:date", PRIORITY, 0));
      return i + 2;
    }
    return end - 1;
  }

  private static boolean isYearWord(Words w, int i) {
    return w.anyReading(i, YEAR_WORDS);
  }

  private static boolean contains(String[] words, String k) {
    for (String s : words) {
      if (s.equals(k)) {
        return true;
      }
    }
    return false;
  }

  static boolean isDash(String k) {
    return k.length() == 1 && (k.charAt(0) == '-' || k.charAt(0) == '\u2013' || k.charAt(0) == '\u2014');
  }

  /** A year of four digits between 1000 and 2199, or a Hijri year written the same way. */
  static boolean isYear(String k) {
    if (k.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Words.isDigit(k.charAt(i))) {
        return false;
      }
    }
    return k.charAt(0) == '1' || k.charAt(0) == '2' && k.charAt(1) <= '1';
  }

  private static boolean isDay(String k) {
    if (k.isEmpty() || k.length() > 2) {
      return false;
    }
    for (int i = 0; i < k.length(); i++) {
      if (!Words.isDigit(k.charAt(i))) {
        return false;
      }
    }
    int d = Integer.parseInt(k);
    return d >= 1 && d <= 31;
  }

  /** 10:30 or 9:05:59. */
  static boolean isTime(String k) {
    int colon = k.indexOf(':');
    if (colon < 1 || colon > 2 || k.length() < colon + 3) {
      return false;
    }
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (!Words.isDigit(c) && c != ':') {
        return false;
      }
    }
    return !k.endsWith(":");
  }

  /** 22/07/2015, 2015-07-22 and 22.07.2015: three groups of digits, one of them four long. */
  static boolean isNumericDate(String k) {
    int groups = 1;
    int len = 0;
    boolean four = false;
    char sep = 0;
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (Words.isDigit(c)) {
        len++;
        continue;
      }
      if (c != '/' && c != '-' && c != '.' || len == 0 || sep != 0 && c != sep) {
        return false;
      }
      sep = c;
      four |= len == 4;
      if (len > 4) {
        return false;
      }
      len = 0;
      groups++;
    }
    four |= len == 4;
    return groups == 3 && len > 0 && len <= 4 && four;
  }

  /** 2017-2021 in one token. */
  static boolean isYearRange(String k) {
    return k.length() == 9 && isDash(k.substring(4, 5)) && isYear(k.substring(0, 4))
        && isYear(k.substring(5));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tawsim.annotate.quotes.QuoteMark;

/**
 * Random text drawn from an Arabic-weighted alphabet: letters and hamza forms, diacritics alone and
 * stacked, tatweel, Arabic-Indic, Persian and Latin digits, every quotation mark the pairer pairs,
 * dashes, dots and ellipses, Arabic punctuation, direction marks (RLM, LRM, ALM U+061C), joiners,
 * emoji with skin-tone modifiers, ZWJ sequences and flags, CR, LF, tabs, and whole words the rules
 * look for (titles, speech verbs, ambiguous places, place triggers, stop words, zone cues), so that
 * the rules fire on what surrounds them. Mostly short texts, one in ten up to 1,500 pieces.
 */
final class ArabicAlphabet {

  private static final String HAMZA_FORMS = "\u0621\u0623\u0625\u0622\u0624\u0626\u0671";
  private static final String DIACRITICS = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670";
  private static final String[] DASHES = {"-", "\u2013", "\u2014", "\u2012", "\u2015", "\u0640 "};
  private static final String[] DOTS = {".", "..", "...", "\u2026", ". . .", ".\n"};
  private static final String[] PUNCTUATION = {"\u060C", "\u061B", "\u061F", "!", ":", "(", ")", ",", "\u066A", "%"};
  private static final String[] MARKS = {"\u200F", "\u200E", "\u061C", "\u200D", "\u200C", "\u200B", "\uFEFF"};
  private static final String[] EMOJI = {
    "\uD83D\uDC4D\uD83C\uDFFD", "\uD83D\uDC4B\uD83C\uDFFF", "\uD83D\uDE00",
    "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83C\uDDF8\uD83C\uDDE6", "\u2764\uFE0F",
  };
  private static final String[] BREAKS = {"\n", "\r", "\r\n", "\t", "\n\n", "\u2029", "\u00A0"};
  private static final String[] WORD_LISTS = {
    "person-titles.txt", "speech-verbs.txt", "entities/ambiguous-places.txt",
    "entities/loc-triggers.txt", "entities/stopwords.txt", "entities/org-heads.txt",
    "entities/countries.txt", "zones/agency-cues.txt", "zones/byline-cues.txt",
  };
  /** The words of each list: a list is picked first, so that short lists are drawn as often as long. */
  private static final List<List<String>> WORDS = words();

  private ArabicAlphabet() {}

  /** A random text of up to 120 pieces, one in ten up to 1,500. */
  static String text(Random random) {
    int pieces = random.nextInt(random.nextInt(10) == 0 ? 1500 : 120);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      piece(random, b);
    }
    return b.toString();
  }

  private static void piece(Random random, StringBuilder b) {
    int p = random.nextInt(100);
    if (p < 28) {
      b.append(letter(random));
    } else if (p < 33) {
      b.append(HAMZA_FORMS.charAt(random.nextInt(HAMZA_FORMS.length())));
    } else if (p < 38) {
      for (int n = random.nextInt(random.nextInt(4) == 0 ? 6 : 2) + 1; n > 0; n--) {
        b.append(DIACRITICS.charAt(random.nextInt(DIACRITICS.length())));
      }
    } else if (p < 40) {
      b.append("\u0640".repeat(1 + random.nextInt(3)));
    } else if (p < 44) {
      char zero = "0\u0660\u06F0".charAt(random.nextInt(3));
      for (int n = random.nextInt(5) + 1; n > 0; n--) {
        b.append((char) (zero + random.nextInt(10)));
      }
    } else if (p < 50) {
      QuoteMark[] marks = QuoteMark.values();
      b.append(random.nextInt(8) == 0 ? '\'' : marks[random.nextInt(marks.length)].character());
    } else if (p < 52) {
      b.append(pick(random, DASHES));
    } else if (p < 55) {
      b.append(pick(random, DOTS));
    } else if (p < 58) {
      b.append(pick(random, PUNCTUATION));
    } else if (p < 60) {
      b.append(pick(random, MARKS));
    } else if (p < 61) {
      b.append(pick(random, EMOJI));
    } else if (p < 65) {
      b.append(pick(random, BREAKS));
    } else if (p < 87) {
      b.append(' ');
    } else if (p < 99) {
      b.append(pick(random, WORDS.get(random.nextInt(WORDS.size()))));
    } else {
      b.append("Al Jazeera".substring(0, 1 + random.nextInt(10)));
    }
  }

  private static char letter(Random random) {
    int n = random.nextInt(26 + 10);
    return (char) (n < 26 ? 0x0621 + n : 0x0641 + n - 26); // ء..غ, ف..ي
  }

  private static String pick(Random random, String[] a) {
    return a[random.nextInt(a.length)];
  }

  private static String pick(Random random, List<String> a) {
    return a.get(random.nextInt(a.size()));
  }

  /** The entries of the closed-class lists (first field of each line, comments skipped). */
  private static List<List<String>> words() {
    List<List<String>> lists = new ArrayList<>();
    for (String list : WORD_LISTS) {
      List<String> words = new ArrayList<>();
      String path = "/org/tawsim/annotate/" + list;
      try (InputStream in = ArabicAlphabet.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("missing " + path);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String w = line.split("[|\t]", 2)[0].strip();
          if (!w.isEmpty() && !w.startsWith("#")) {
            words.add(w);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(path, e);
      }
      lists.add(List.copyOf(words));
    }
    return List.copyOf(lists);
  }
}

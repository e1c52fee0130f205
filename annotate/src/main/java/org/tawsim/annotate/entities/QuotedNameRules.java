/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.tawsim.annotate.entities.HeadRules.*;
import java.util.List;
import org.tawsim.core.EntityType;

/**
 * Names in quotation marks: after a descriptor head the quoted words are the name (صحيفة " النهار
 * "، مؤسسة " فيتش ريتنغز "), and a place quoted alone is the newspaper, hospital or firm named after
 * it.
 *
 * <p>Pattern: {@code HEAD " name{1,6} "} and {@code " PLACE "}. Example: in {@code قال لـ « الشرق
 * الأوسط »} the quoted place becomes ORG {@code الشرق الأوسط}; in {@code في مدينة " برلين "} it stays
 * a place.
 */
final class QuotedNameRules {

  private QuotedNameRules() {}

  /**
   * Replaces accepted places that stand alone in quotation marks by organisations: a place name
   * quoted as a whole is the newspaper, hospital or firm named after it (قال لـ « الشرق الأوسط »،
   * مستشفى « سانت توماس »). After a place trigger or a preposition of place the quoted word is
   * still the place (في مدينة " برلين ").
   */
  static void quotedPlaces(Words w, List<Candidate> accepted) {
    for (int n = 0; n < accepted.size(); n++) {
      Candidate c = accepted.get(n);
      int s = c.start();
      int e = c.end();
      if (c.type() != EntityType.LOC || c.cut() != 0 || s == 0 || e >= w.size || e - s < 2
          || !isQuote(w.key[s - 1]) || !isQuote(w.key[e]) || w.breakBefore[s] || w.breakBefore[e]) {
        continue;
      }
      if (s >= 2 && (w.has(s - 2, Lexicon.LOC_TRIGGER) || PLACE_PREPOSITIONS.contains(w.key[s - 2]))) {
        continue;
      }
      accepted.set(n, new Candidate(s, e, EntityType.ORG, "rule:quoted-place", c.priority(), 0));
    }
  }

  /**
   * A name in quotation marks right after a descriptor head (صحيفة " النهار "، شركة « إل جي »،
   * مؤسسة " فيتش ريتنغز "): one to six tokens between an opening mark (or two, as ' ' is written)
   * and the next mark, on one line. Returns start {@code << 16 |} end of the name, or -1.
   */
  static int quotedName(Words w, int j) {
    int k = j;
    while (k < w.size && k - j < 2 && isQuote(w.key[k]) && !w.breakBefore[k]) {
      k++;
    }
    if (k == j || k >= w.size || k > 0xFFFF) {
      return -1;
    }
    int start = k;
    while (k < w.size && k - start <= MAX_QUOTED && !w.breakBefore[k] && !isQuote(w.key[k])) {
      k++;
    }
    if (k >= w.size || k == start || k - start > MAX_QUOTED || w.breakBefore[k]
        || !w.letters[start]) {
      return -1;
    }
    return start << 16 | k;
  }

  static final int MAX_QUOTED = 6;
  /** Above the lists and number rules: the marks and the head leave no doubt. */
  static final int QUOTED_PRIORITY = 45;

  static boolean isQuote(String key) {
    if (key.length() > 2 || key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (QUOTES.indexOf(key.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Quotation marks: " ' « » “ ” „ ‘ ’. */
  static final String QUOTES = "\"'\u00AB\u00BB\u201C\u201D\u201E\u2018\u2019";

  /** Nouns that take an organisation's name in quotation marks, and only so (مؤسسة " X "). */
  static final java.util.Set<String> QUOTE_HEADS = RuleWords.set("QuotedNameRules.QUOTE_HEADS");

  static boolean quoteHead(Words w, int i) {
    return w.inSet(i, WordSets.QUOTE_HEAD);
  }
}

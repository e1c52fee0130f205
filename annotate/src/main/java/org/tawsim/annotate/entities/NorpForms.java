/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.tawsim.core.text.ArabicCharacters.DEFINITE_ARTICLE;
import static org.tawsim.core.text.ArabicCharacters.TEH_MARBUTA;
import static org.tawsim.core.text.ArabicCharacters.YEH;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The inflected forms of a nationality or group adjective given in the masculine singular with the
 * article (الإيراني): feminine, plurals and dual, with and without the article.
 */
final class NorpForms {

  private static final String[] ENDINGS = {
    "", String.valueOf(TEH_MARBUTA), "\u0648\u0646", "\u064A\u0646", "\u0627\u062A",
    "\u0627\u0646", TEH_MARBUTA + "\u064A\u0646"
  };

  private NorpForms() {}

  /** Returns the forms of {@code adjective}; only the adjective itself when it does not end in ي. */
  static Set<String> of(String adjective) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(adjective);
    if (adjective.indexOf(' ') >= 0 || adjective.charAt(adjective.length() - 1) != YEH) {
      return forms;
    }
    String bare = adjective.startsWith(DEFINITE_ARTICLE) ? adjective.substring(2) : adjective;
    for (String ending : ENDINGS) {
      forms.add(DEFINITE_ARTICLE + bare + ending);
      forms.add(bare + ending);
    }
    return forms;
  }
}

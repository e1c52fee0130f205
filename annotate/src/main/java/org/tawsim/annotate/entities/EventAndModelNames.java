/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.util.List;
import java.util.Set;
import org.tawsim.core.EntityType;

/**
 * Places and companies that name something else: a place right after the head of an event in
 * construct names the event (بطولة الولايات المتحدة المفتوحة، مهرجان البندقية، دورة لوس أنجلوس),
 * and a company right after the word for a model names the product (طائرة من طراز بوينج 757،
 * مقاتلات من طراز سوخوي). ANERcorp leaves such words out of its place and organisation types (an
 * event or a product is MISC), so the list's candidate is dropped.
 *
 * <p>Pattern: {@code EVENT PLACE} where EVENT is a word of {@code EventAndModelNames.EVENTS}
 * (بطولة، دورة، مهرجان, with its clitics: لبطولة); {@code MODEL ORGANISATION} where MODEL is a word
 * of {@code EventAndModelNames.MODELS} (طراز), a quotation mark allowed between them. Example:
 * {@code سقطت طائرة من طراز بوينج 757 قرب باريس} tags LOC باريس and no company. A user's own list
 * still wins.
 */
final class EventAndModelNames {

  /** Heads of a sports or arts event named after a place: بطولة، دورة، مهرجان. */
  static final Set<String> EVENTS = RuleWords.set("EventAndModelNames.EVENTS");

  /** Words for a product's model: طراز، طرازات. */
  static final Set<String> MODELS = RuleWords.set("EventAndModelNames.MODELS");

  private EventAndModelNames() {}

  /** Removes the list candidates of places and companies that name an event or a product. */
  static void drop(Words w, List<Candidate> candidates, int userPriority) {
    candidates.removeIf(c -> c.priority() < userPriority && c.cut() == 0
        && (c.type().equals(EntityType.LOC) && after(w, c.start(), EVENTS)
            || c.type().equals(EntityType.ORG) && after(w, c.start(), MODELS)));
  }

  /** True when a word of the set stands right before token i, or before a mark before it. */
  private static boolean after(Words w, int i, Set<String> heads) {
    int k = i - 1;
    if (k >= 0 && !w.letters[k] && !w.breakBefore[i] && w.key[k].length() == 1) {
      k--; // a quotation mark: طراز " سوخوي "
    }
    // every head has four letters at least and is no function word: most words end here
    return k >= 0 && !w.breakBefore[k + 1] && w.letters[k] && w.key[k].length() >= 4
        && (w.flags[k] & Lexicon.STOP) == 0 && w.anyReading(k, heads);
  }
}

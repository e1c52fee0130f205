/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import java.util.List;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Span;

/**
 * What the entity layer says about a speaker's mention: the entity it links to, the person a word
 * belongs to, the name a quotation is.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>a mention links to the first person inside or overlapping it (المستشار الدبلوماسي للكرملين
 *       يوري أوشاكوف → the person after the title, not the one it advises), else to an organisation
 *       or place that starts where it starts (الكرملين، أعلنت واشنطن); an organisation inside a
 *       longer mention (المتحدث باسم وزارة الخارجية) is not the speaker;
 *   <li>a "person" that is one title or role word alone (خبير) is a mistake of the entity layer and
 *       links nothing;
 *   <li>a word inside a person's name is a name, whatever else it may spell: قال لي (Li), بين
 *       نيوتون (Ben Newton).
 * </ul>
 *
 * <p>Entities must be sorted by start. Every lookup is a binary search plus a bounded scan back.
 * One per document.
 */
final class EntityLinks {

  /** How many entities before a position are scanned back for one that overlaps it. */
  private static final int SCAN_BACK = 32;

  private final List<Entity> entities;
  private final SpeakerFinder finder;

  EntityLinks(List<Entity> entities, SpeakerFinder finder) {
    this.entities = entities;
    this.finder = finder;
  }

  /**
   * Returns the index of the first entity that starts after {@code pos} when {@code inclusive}
   * (those starting at it come before), else the first that starts at or after it.
   */
  private int firstFrom(int pos, boolean inclusive) {
    int lo = 0;
    int hi = entities.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int b = entities.get(mid).span().begin();
      if (inclusive ? b <= pos : b < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns the entity a mention refers to, or null; see the class comment. */
  Entity link(Span mention) {
    if (entities.isEmpty()) {
      return null;
    }
    int lo = firstFrom(mention.end(), false);
    Entity person = null;
    Entity other = null;
    // entities are short and sorted by begin: the few before lo are the only ones that may overlap
    for (int k = lo - 1; k >= 0 && k >= lo - SCAN_BACK; k--) {
      Entity e = entities.get(k);
      if (!e.span().overlaps(mention)) {
        continue;
      }
      if (EntityType.PER.equals(e.type())) {
        if (!finder.isTitle(e.span().begin(), e.span().end())) {
          person = e; // going back, the last one kept is the first person: المستشار فلان لعلان
        }
      } else if ((EntityType.ORG.equals(e.type()) || EntityType.LOC.equals(e.type()))
          && e.span().begin() == mention.begin()) {
        other = e;
      }
    }
    return person != null ? person : other;
  }

  /** Returns true when a person's name starts in [from, to): a cheap test before a search. */
  boolean personStartsIn(int from, int to) {
    for (int k = firstFrom(from, false); k < entities.size(); k++) {
      Entity e = entities.get(k);
      if (e.span().begin() >= to) {
        return false;
      }
      if (EntityType.PER.equals(e.type())) {
        return true;
      }
    }
    return false;
  }

  /** Returns true when the word [b, e) lies inside a person's name that is not one title word. */
  boolean inPerson(int b, int e) {
    if (entities.isEmpty()) {
      return false;
    }
    int lo = firstFrom(b, true);
    for (int k = lo - 1; k >= 0 && k >= lo - SCAN_BACK; k--) {
      Span s = entities.get(k).span();
      if (s.begin() <= b && e <= s.end() && EntityType.PER.equals(entities.get(k).type())) {
        return !finder.isTitle(s.begin(), s.end());
      }
    }
    return false;
  }

  /**
   * Returns a named entity (not a number, date or time) whose span covers {@code span} exactly
   * or with clitics around it, or null.
   */
  Entity covering(Span span) {
    if (entities.isEmpty() || span.isEmpty()) {
      return null;
    }
    int lo = firstFrom(span.begin(), true);
    for (int k = lo - 1; k >= 0 && k >= lo - 8; k--) {
      Entity e = entities.get(k);
      if (e.span().contains(span) && isName(e.type())) {
        return e;
      }
    }
    return null;
  }

  private static boolean isName(EntityType t) {
    return EntityType.PER.equals(t)
        || EntityType.ORG.equals(t)
        || EntityType.LOC.equals(t)
        || EntityType.MISC.equals(t);
  }
}

package org.tawsim.annotate.entities;

import static org.tawsim.annotate.entities.HeadRules.*;
import java.util.List;
import org.tawsim.core.EntityType;

/**
 * Clubs named after their city: a place without the article followed by a masculine nationality
 * adjective is a team (the adjective agrees with an elided نادي or فريق), and an unknown name word
 * right before the city belongs to the club's name.
 *
 * <p>Pattern: {@code [name-word] CITY ال...ي(masculine)}. Example: in {@code فاز ليون الفرنسي}
 * the place {@code ليون} becomes ORG {@code ليون}; in {@code مدينة ليون الفرنسية} it stays a place.
 */
final class ClubRules {

  /**
   * The source of a club named after a place, by this rule or after a club head (نادي الزمالك):
   * {@link TypeAgreement} tags the place's other mentions in the document as the club.
   */
  static final String SOURCE = "rule:club";

  private ClubRules() {}

  /**
   * Returns accepted places that name a team or club: a city without the article followed by a
   * masculine nationality adjective (ليون الفرنسي، فيردر بريمن الألماني، إنتر ميلان الإيطالي). A city
   * is feminine in Arabic (ليون الفرنسية is the city); the masculine adjective agrees with an
   * elided نادي or فريق. An unknown name word right before the city belongs to the club's name
   * (فيردر بريمن). Definite places take masculine adjectives of their own (الخليج العربي) and stay
   * places. The candidate is replaced in {@code accepted}; the adjective stays out of the name.
   */
  static void clubs(Words w, List<Candidate> accepted, boolean[] covered) {
    for (int n = 0; n < accepted.size(); n++) {
      Candidate c = accepted.get(n);
      int e = c.end();
      if (c.type() != EntityType.LOC || e >= w.size || w.breakBefore[e]
          || !w.hasOwn(e, Lexicon.NORP) || !masculineNisba(w.key[e])
          || NOT_NATIONALITY.contains(w.key[e])
          || w.definite(c.start()) || w.listType[e] != null && w.listType[e] != EntityType.NORP) {
        continue;
      }
      int start = c.start();
      int cut = c.cut();
      int b = start - 1;
      if (cut == 0 && b >= 0 && !covered[b] && !w.breakBefore[start] && w.letters[b]
          && NameShapes.nameLike(w, b, true) && !w.definite(b)
          && (w.flags[b] & (Lexicon.STRONG_MASK | Lexicon.SUBJECT_VERB)) == 0
          && w.info(b, 0) == null) {
        covered[b] = true;
        start = b;
        cut = w.cut(b, 0);
      }
      accepted.set(n, new Candidate(start, e, EntityType.ORG, SOURCE, c.priority(), cut));
    }
  }

  /**
   * Group adjectives that are no nationality: a city with one of them is no club (بلدية باريس
   * الاشتراكي، دبي الإسلامي).
   */
  static final java.util.Set<String> NOT_NATIONALITY =
      RuleWords.set("ClubRules.NOT_NATIONALITY");

  /** ال...ي: a definite masculine singular nisba (الفرنسي), not the feminine (الفرنسية). */
  static boolean masculineNisba(String key) {
    return key.startsWith(Words.ARTICLE) && key.length() > 4 && key.endsWith("\u064A");
  }
}

package org.tawsim.annotate.zones;

/**
 * Folds the spelling variants that page furniture comes in, so that one cue matches them all:
 * {@code إقرأ أيضاً}, {@code اقرأ ايضا} and {@code اقرا أيضًا} fold to the same string.
 *
 * <p>Rules: Arabic diacritics (U+064B to U+065F, U+0670) and tatweel are dropped; alef with madda,
 * hamza above or below and alef wasla become bare alef; alef maqsura becomes yeh; teh marbuta
 * becomes heh; ASCII letters are lower-cased; every run of whitespace becomes one space. The
 * result is used for matching only: offsets are always taken from the original text.
 */
final class CueNormalizer {

  private static final char TATWEEL = '\u0640';
  private static final char ALEF = '\u0627';
  private static final char ALEF_MADDA = '\u0622';
  private static final char ALEF_HAMZA_ABOVE = '\u0623';
  private static final char ALEF_HAMZA_BELOW = '\u0625';
  private static final char ALEF_WASLA = '\u0671';
  private static final char ALEF_MAQSURA = '\u0649';
  private static final char YEH = '\u064A';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char HEH = '\u0647';
  private static final char FATHATAN = '\u064B';
  private static final char LAST_MARK = '\u065F';
  private static final char SUPERSCRIPT_ALEF = '\u0670';

  private CueNormalizer() {}

  /** Returns the folded form of {@code text[begin, end)}. */
  static String fold(String text, int begin, int end) {
    StringBuilder sb = new StringBuilder(end - begin);
    boolean space = false;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if ((c >= FATHATAN && c <= LAST_MARK) || c == SUPERSCRIPT_ALEF || c == TATWEEL) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(fold(c));
    }
    return sb.toString();
  }

  /** Returns the folded form of a whole string. */
  static String fold(String text) {
    return fold(text, 0, text.length());
  }

  private static char fold(char c) {
    return switch (c) {
      case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> ALEF;
      case ALEF_MAQSURA -> YEH;
      case TEH_MARBUTA -> HEH;
      default -> c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    };
  }
}

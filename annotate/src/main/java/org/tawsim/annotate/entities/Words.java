/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.tawsim.core.text.ArabicCharacters.BEH;
import static org.tawsim.core.text.ArabicCharacters.DEFINITE_ARTICLE;
import static org.tawsim.core.text.ArabicCharacters.FEH;
import static org.tawsim.core.text.ArabicCharacters.KAF;
import static org.tawsim.core.text.ArabicCharacters.LAM;
import static org.tawsim.core.text.ArabicCharacters.TEH_MARBUTA;
import static org.tawsim.core.text.ArabicCharacters.WAW;

import java.util.Arrays;
import java.util.Set;
import org.tawsim.core.TokenList;
import org.tawsim.core.text.ArabicCharacters;

/**
 * The tokens of one document as the rules see them: each token's normalised key, its readings with
 * proclitics taken off (وبموسكو: وبموسكو، بموسكو، موسكو) and their word classes.
 *
 * <p>Proclitics are the conjunctions و and ف, then one of the prepositions ب، ل، ك; ل before the
 * article writes لل (للكرملين is ل + الكرملين), so that reading gets its alef back. A reading keeps
 * at least two letters. Reading 0 is always the whole token. Built per document, not shared.
 */
final class Words {

  /** Word classes that make a token a word of its own, not a clitic and a stem. */
  static final int KNOWN_WORD = Lexicon.STOP | Lexicon.COMMON | Lexicon.TIME;

  private static final int MAX_READINGS = 4;
  private static final int MIN_STEM = 2;

  final int size;
  /** The normalised key of each token, never empty (see {@link #key(String)}). */
  final String[] key;
  /**
   * The readings of each {@linkplain TokenList#form form} of the tokens, and for each reading how
   * many normalised characters it took off the front of the key and what the lexicon knows of it
   * (null where nothing). Readings depend on the token's norm alone, so they are made once per form,
   * the first time a token of that form is met. The readings of token i are at [readingFrom[i],
   * readingFrom[i] + readingCount[i]); its first is its key. Flat arrays, not an array per token:
   * a long document holds no object per token, and one clitic reading string per form, not per
   * token.
   */
  /** Where the arrays come from, and go back to ({@link #release}). */
  private final WordArrays arrays;
  /** How many readings the words have. */
  private final int readingsUsed;
  private final int[] readingFrom;
  private final byte[] readingCount;
  private String[] readingText;
  private int[] readingCut;
  private Lexicon.WordInfo[] readingInfo;
  /**
   * For each token, bit {@code t} set when a reading a phrase may start with ({@link
   * #firstWordReadings}) leads into {@link Lexicon.Trie} {@code t}: a trie whose bit is clear has
   * no phrase at the token, known without a lookup (most tokens start no phrase of most tries).
   */
  final int[] trieRoots;
  /** True when some reading of the token starts with the article ({@link #definite}). */
  private final boolean[] article;
  /** Word classes of the whole token, or of the first clitic reading that has any. */
  final int[] flags;
  /** Word classes of the whole token only. */
  final int[] ownFlags;
  /** Word classes of the best reading, and which reading that was. */
  final int[] bestReading;
  /** Type of the longest list match that starts at each token (places, organisations...), or null. */
  final org.tawsim.core.EntityType[] listType;
  final boolean[] letters;
  final boolean[] number;
  /** True when the key has a letter, three characters or more and a dot after the first (سي.أن.أن). */
  final boolean[] dotted;
  /** {@link NameShapes#nameLike}'s memo of each token's key shape: 0 (not asked yet) or a SHAPE_. */
  final byte[] nameShape;
  static final byte SHAPE_NAME = 1;
  static final byte SHAPE_NOT_NAME = 2;
  /**
   * True when the token or its last reading is a word that starts a two-word place ({@link
   * HeadRules#PLACE_PREFIXES}: نيو، سان، لوس): asked of every token, so tested once per form.
   */
  final boolean[] placePrefix;
  /** The {@link WordSets} bits of the token's key, and of any of its readings. */
  private final int[] keySets;
  private final int[] sets;
  /** True when a line break separates token i from token i - 1: no entity crosses it. */
  final boolean[] breakBefore;

  /**
   * True when the token as written starts (after و or ف) with a hamza on alef and lam (ألفيس،
   * ألونسو، ألقى): normalisation makes it look definite, but the article has no hamza.
   */
  final boolean[] hamzaLam;

  /**
   * True when the token as written ends with teh marbuta (مرة، إدارة): a feminine noun far more
   * often than an unknown name (known names such as حمزة are listed).
   */
  final boolean[] tehMarbuta;

  /**
   * True when the token as written ends with an attached pronoun ه or ها (حقه، سيره، بدونها), not
   * ـيه (جوزيه) nor الله: in ANERcorp-train such words of four letters or more are 4,281 tokens
   * outside names and about a dozen inside person names.
   */
  final boolean[] pronounEnding;

  /**
   * True when the token as written ends with tanwin fath (عاماً، وازدهاراً، أيضاً): an indefinite
   * accusative noun or an adverb, never a name in news text.
   */
  final boolean[] tanwinFath;

  /** True when the token as written starts (after و or ف) with ب، ل or ك on a hamza (لأداء). */
  final boolean[] prepositionOnHamza;

  Words(String text, TokenList tokens, Lexicon lexicon) {
    size = tokens.size();
    int forms = tokens.formCount();
    arrays = WordArrays.take(size, Math.min(size, forms) * 5 / 4 + MAX_READINGS);
    breakBefore = arrays.breakBefore;
    hamzaLam = arrays.hamzaLam;
    prepositionOnHamza = arrays.prepositionOnHamza;
    tehMarbuta = arrays.tehMarbuta;
    pronounEnding = arrays.pronounEnding;
    tanwinFath = arrays.tanwinFath;
    key = arrays.key;
    readingFrom = arrays.readingFrom;
    readingCount = arrays.readingCount;
    flags = arrays.flags;
    trieRoots = arrays.trieRoots;
    article = arrays.article;
    ownFlags = arrays.ownFlags;
    bestReading = arrays.bestReading;
    listType = arrays.listType;
    letters = arrays.letters;
    number = arrays.number;
    dotted = arrays.dotted;
    nameShape = arrays.nameShape;
    placePrefix = arrays.placePrefix;
    keySets = arrays.keySets;
    sets = arrays.sets;
    // When some form has several tokens (a long text's tokenizer gives a word seen again the form
    // of its first occurrence), readings and word classes are made once per form, in arrays by
    // form, and copied to each token of the form; when every token has a form of its own, they go
    // straight to the token's arrays. A form with no readings yet has not been met.
    boolean shared = forms < size;
    String[] formKey = shared ? new String[forms] : key;
    int[] formFrom = shared ? new int[forms] : readingFrom;
    byte[] formCount = shared ? new byte[forms] : readingCount;
    int[] formFlags = shared ? new int[forms] : flags;
    int[] formOwnFlags = shared ? new int[forms] : ownFlags;
    int[] formRoots = shared ? new int[forms] : trieRoots;
    boolean[] formArticle = shared ? new boolean[forms] : article;
    int[] formBest = shared ? new int[forms] : bestReading;
    boolean[] formLetters = shared ? new boolean[forms] : letters;
    boolean[] formNumber = shared ? new boolean[forms] : number;
    boolean[] formDotted = shared ? new boolean[forms] : dotted;
    boolean[] formPlacePrefix = shared ? new boolean[forms] : placePrefix;
    int[] formKeySets = shared ? new int[forms] : keySets;
    int[] formSets = shared ? new int[forms] : sets;
    int used = 0; // readings made so far
    readingText = arrays.readingText;
    readingCut = arrays.readingCut;
    readingInfo = arrays.readingInfo;
    String[] buf = new String[MAX_READINGS];
    int[] cut = new int[MAX_READINGS];
    int previousEnd = -1;
    boolean normalized = tokens.normalizedBy(Lexicon.NORMALIZER);
    char[] chars = arrays.text(text);
    for (int i = 0; i < size; i++) {
      int begin = tokens.begin(i);
      if (previousEnd >= 0) {
        for (int c = previousEnd; c < begin; c++) {
          char ch = chars[c];
          if (ch == '\n' || ch == '\r' || ch == '\u2029') {
            breakBefore[i] = true;
            break;
          }
        }
      }
      previousEnd = tokens.end(i);
      hamzaLam[i] = WrittenShapes.startsWithHamzaLam(chars, begin, previousEnd);
      prepositionOnHamza[i] = WrittenShapes.prepositionOnHamza(chars, begin, previousEnd);
      tehMarbuta[i] = previousEnd > begin && chars[previousEnd - 1] == TEH_MARBUTA;
      pronounEnding[i] = WrittenShapes.pronounEnding(chars, begin, previousEnd);
      tanwinFath[i] = WrittenShapes.tanwinFath(chars, begin, previousEnd);
      int f = shared ? tokens.form(i) : i;
      if (formCount[f] == 0) {
        String k = normalized ? keyOfNormal(tokens.norm(i)) : key(tokens.norm(i));
        formKey[f] = k;
        boolean letter = hasLetter(k);
        formLetters[f] = letter;
        formNumber[f] = !letter && isNumber(k);
        formDotted[f] = letter && k.length() >= 3 && k.indexOf('.') > 0; // read here, while hot
        buf[0] = k;
        cut[0] = 0;
        int n = letter ? readings(k, buf, cut) : 1;
        if (used + n > readingText.length) {
          int grown = readingText.length + (readingText.length >> 1) + MAX_READINGS;
          readingText = Arrays.copyOf(readingText, grown);
          readingCut = Arrays.copyOf(readingCut, grown);
          readingInfo = Arrays.copyOf(readingInfo, grown);
          arrays.readingText = readingText;
          arrays.readingCut = readingCut;
          arrays.readingInfo = readingInfo;
        }
        for (int r = 0; r < n; r++) {
          readingText[used + r] = buf[r];
          readingCut[used + r] = cut[r];
          readingInfo[used + r] = letter ? lexicon.info(buf[r]) : null;
        }
        formFrom[f] = used;
        formCount[f] = (byte) n;
        int own = readingInfo[used] == null ? 0 : readingInfo[used].flags;
        int any = own;
        if ((any & ~Lexicon.STOP) == 0 && n > 1) {
          for (int r = 1; r < n; r++) {
            int rf = readingInfo[used + r] == null ? 0 : readingInfo[used + r].flags;
            if (rf != 0) {
              any |= rf;
              formBest[f] = r;
              break;
            }
          }
        }
        // عبد joined to a name of God (عبدالله، عبدالسلام) is a given name, listed or not
        if (letter && joinedServant(buf[n > 1 && k.charAt(0) == WAW ? 1 : 0])) {
          any |= Lexicon.GIVEN;
          if (k.charAt(0) != WAW || n == 1) {
            own |= Lexicon.GIVEN;
          }
        }
        formFlags[f] = any;
        formOwnFlags[f] = own;
        int roots = 0;
        boolean definite = false;
        for (int r = 0; r < n; r++) {
          Lexicon.WordInfo info = readingInfo[used + r];
          if (info != null && (r == 0 || (own & KNOWN_WORD) == 0)) {
            roots |= info.rootMask;
          }
          definite |= buf[r].startsWith(DEFINITE_ARTICLE) && buf[r].length() > 3;
        }
        formRoots[f] = roots;
        formArticle[f] = definite;
        // the rules' word sets, looked up here once per form (see WordSets)
        int keyBits = WordSets.of(k);
        int lastBits = keyBits;
        int anyBits = keyBits;
        for (int r = 1; r < n; r++) {
          lastBits = WordSets.of(buf[r]);
          anyBits |= lastBits;
        }
        formKeySets[f] = keyBits;
        formSets[f] = anyBits;
        // every prefix has three or four letters
        formPlacePrefix[f] = letter && buf[n - 1].length() <= 4
            && ((keyBits | lastBits) & WordSets.PLACE_PREFIX) != 0;
        used += n;
      }
      if (shared) {
        key[i] = formKey[f];
        readingFrom[i] = formFrom[f];
        readingCount[i] = formCount[f];
        letters[i] = formLetters[f];
        number[i] = formNumber[f];
        dotted[i] = formDotted[f];
        placePrefix[i] = formPlacePrefix[f];
        keySets[i] = formKeySets[f];
        sets[i] = formSets[f];
        flags[i] = formFlags[f];
        ownFlags[i] = formOwnFlags[f];
        trieRoots[i] = formRoots[f];
        article[i] = formArticle[f];
        bestReading[i] = formBest[f];
      }
    }
    readingsUsed = used;
  }

  /**
   * The key of a token of this norm: the norm as the lexicon normalises it, never empty. A token
   * whose characters normalise to nothing (a tatweel used as a dash, a lone diacritic or format
   * mark: the tokenizer gives such a token its own text as its norm, which normalises to nothing
   * again) is a mark of no word: its key is its norm as given, so that a tatweel dash reads as a
   * dash; a token with an empty norm (a token layer made elsewhere) gets {@link #NO_CHARACTERS}.
   * Such a key holds no letter ({@link #hasLetter}) and no listed word, and every rule may read
   * its first and last character.
   */
  static String key(String norm) {
    String k = Lexicon.NORMALIZER.normalizeToString(norm);
    if (!k.isEmpty()) {
      return k;
    }
    return norm.isEmpty() ? NO_CHARACTERS : norm;
  }

  /**
   * {@link #key} of a norm the lexicon's normaliser made ({@link TokenList#normalizedBy}): the norm
   * itself (normalising it again gives it back, or nothing for a mark of no word).
   */
  private static String keyOfNormal(String norm) {
    return norm.isEmpty() ? NO_CHARACTERS : norm;
  }

  /** The key of a token with an empty norm: U+25CC DOTTED CIRCLE, shown under a lone mark. */
  static final String NO_CHARACTERS = "\u25CC";

  private static boolean joinedServant(String r) {
    return r.length() >= 6 && r.startsWith(JOINED_SERVANT);
  }

  /** عبدال. */
  private static final String JOINED_SERVANT = "\u0639\u0628\u062F\u0627\u0644";

  /** Fills {@code out} with the readings of a key; returns how many. */
  static int readings(String k, String[] out, int[] cut) {
    int n = 0;
    out[n] = k;
    cut[n++] = 0;
    if (k.length() < MIN_STEM + 1) {
      return n;
    }
    int start = 0;
    char c = k.charAt(0);
    if (c == WAW || c == FEH) {
      start = 1;
      out[n] = k.substring(1);
      cut[n++] = 1;
    }
    if (k.length() - start < MIN_STEM + 1) {
      return n;
    }
    char p = k.charAt(start);
    // ك (like) is a clitic before the article only (كالعادة); before a bare name it is more often
    // the name's own first letter (كندا، كبيرا).
    boolean kafArticle = p == KAF && k.startsWith(DEFINITE_ARTICLE, start + 1);
    if (p == BEH || p == LAM || kafArticle) {
      if (p == LAM && k.charAt(start + 1) == LAM && k.length() - start > MIN_STEM + 1) {
        // لل: the preposition ل before the article, whose alef is not written
        out[n] = DEFINITE_ARTICLE + k.substring(start + 2);
        cut[n++] = start + 1;
      } else if (k.length() - start - 1 >= MIN_STEM && n < MAX_READINGS) {
        out[n] = k.substring(start + 1);
        cut[n++] = start + 1;
      }
    }
    return n;
  }

  /** True when the key holds a letter of any script; tatweel is none (a dash's key keeps it). */
  private static boolean hasLetter(String k) {
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c == ArabicCharacters.TATWEEL) {
        continue;
      }
      if (c >= '\u0621' && c <= '\u064A' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        return true;
      }
      if (c > 0x7F && Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }

  /** True for 12, 12.5, 1,000 and 12.5% (digits already ASCII in the key). */
  static boolean isNumber(String k) {
    int n = k.length();
    if (n == 0 || !isDigit(k.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = k.charAt(i);
      if (!isDigit(c) && !(isSeparator(c) && i + 1 < n && isDigit(k.charAt(i + 1)))
          && !(isPercent(c) && i == n - 1)) {
        return false;
      }
    }
    return true;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isSeparator(char c) {
    return c == '.' || c == ',' || c == '\u066B' || c == '\u066C' || c == '\u060C';
  }

  static boolean isPercent(char c) {
    return c == '%' || c == '\u066A';
  }

  /**
   * Drops the readings, for a tagger done with these words. Those taken off a form's clitics are
   * strings made here that no one else holds; the array that holds them can, for a long document,
   * be large enough for the collector to keep outside the young generation (over half a G1 region:
   * from about 200,000 forms with 2 MB regions; a 10 MB news document has 169,000), where it counts
   * as live until the next marking cycle, long after the document is done: every young collection
   * in between would copy those strings again and promote them ({@code
   * java.util.LinkedList#clear} unlinks its nodes for the same reason). The keys are the token layer's own strings (all but
   * 678 of 1.9 million on a 10 MB document) and stay. The arrays go back to the thread for its
   * next document ({@link WordArrays}): these words must not be read after this.
   */
  void release() {
    arrays.giveBack(size, readingsUsed);
  }

  /** How many readings token i has, at least one. */
  int readingCount(int i) {
    return readingCount[i];
  }

  /** Reading r of token i; reading 0 is the key. */
  String reading(int i, int r) {
    return readingText[readingFrom[i] + r];
  }

  /** The last reading of token i: the stem with every proclitic off. */
  String lastReading(int i) {
    return readingText[readingFrom[i] + readingCount[i] - 1];
  }

  /** How many normalised characters reading r of token i took off the front of the key. */
  int cut(int i, int r) {
    return readingCut[readingFrom[i] + r];
  }

  /** What the lexicon knows of reading r of token i, or null. */
  Lexicon.WordInfo info(int i, int r) {
    return readingInfo[readingFrom[i] + r];
  }

  /** True when some reading of token i is in {@code set}. */
  boolean anyReading(int i, Set<String> set) {
    for (int r = readingFrom[i]; r < readingFrom[i] + readingCount[i]; r++) {
      if (set.contains(readingText[r])) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when some reading of token i is in a set of {@code bits} ({@link WordSets}): the same as
   * {@link #anyReading} with that set, without a lookup.
   */
  boolean inSet(int i, int bits) {
    return (sets[i] & bits) != 0;
  }

  /** True when the key of token i is in a set of {@code bits} ({@link WordSets}). */
  boolean keyInSet(int i, int bits) {
    return (keySets[i] & bits) != 0;
  }

  /** What the best reading of token i took off its key. */
  int bestCut(int i) {
    return cut(i, bestReading[i]);
  }

  boolean has(int i, int flag) {
    return (flags[i] & flag) != 0;
  }

  boolean hasOwn(int i, int flag) {
    return (ownFlags[i] & flag) != 0;
  }

  /** True when some reading of token i starts with the article (الوزارة، للطاقة، بالعاصمة). */
  boolean definite(int i) {
    return article[i] && !hamzaLam[i];
  }

  /**
   * Returns how many readings of token i a phrase may start with: a token that is itself a function
   * word or a common noun (بشأن، كبيرا) is not a clitic on a name, so only its whole form.
   */
  int firstWordReadings(int i) {
    return (ownFlags[i] & KNOWN_WORD) != 0 ? 1 : readingCount[i];
  }
}

package org.tawsim.annotate.quotes;

import static org.tawsim.core.text.ArabicCharacters.ALEF;
import static org.tawsim.core.text.ArabicCharacters.HEH;
import static org.tawsim.core.text.ArabicCharacters.MEEM;
import static org.tawsim.core.text.ArabicCharacters.TEH;

import java.util.List;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Span;
import org.tawsim.core.text.ArabicCharacters;

/**
 * Finds the mention of a speaker around a cue: the noun phrase after a speech verb (VSO, the usual
 * order of Arabic news), the subject before it (SVO), the source after an "according to" word, and
 * the latest mention of a speaker named earlier. Links a mention to an entity when the document has
 * an entity layer.
 *
 * <p>Every search is bounded (a few words, or {@link #MENTION_WINDOW} characters), so the tagger
 * stays linear in the text. One instance per document; not thread-safe.
 */
final class SpeakerFinder {

  /** How many words a speaker's mention may have. */
  static final int MAX_WORDS = 8;
  /** How far back the latest mention of an earlier speaker is searched, in characters. */
  static final int MENTION_WINDOW = 3000;
  /** How long a quoted name inside a speaker's mention may be, in characters. */
  static final int QUOTED_NAME_CHARS = 40;

  private static final String LAM_LAM = "\u0644\u0644";
  private static final String BEH_ALEF_LAM = "\u0628\u0627\u0644";
  private static final String ALEF_LAM = "\u0627\u0644";

  private final CharSequence text;
  private final int n;
  private final CueLexicon lexicon;
  private final List<Entity> entities;

  SpeakerFinder(CharSequence text, CueLexicon lexicon, List<Entity> entities) {
    this.text = text;
    this.n = text.length();
    this.lexicon = lexicon;
    this.entities = entities;
  }

  /**
   * Returns the start of the word at or after pos on the same line, or -1 at a non-word char or at
   * a run of tatweel and marks alone (a tatweel dash, a stray diacritic), which names no one.
   */
  private int wordStart(int pos) {
    int i = pos;
    while (i < n && QuotePairer.isSpace(text.charAt(i))) {
      i++;
    }
    if (i == n || !ArabicWords.isWordChar(text.charAt(i))) {
      return -1;
    }
    int e = wordEnd(i);
    return ArabicWords.firstKept(text, i, e) < e ? i : -1;
  }

  private int wordEnd(int start) {
    int i = start;
    while (i < n && ArabicWords.isWordChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return Character.isDigit(c);
  }

  /** Returns true for a word with a preposition and the article: للصحافيين، بالمملكة. */
  private boolean isPrepositionalArticle(int b, int e) {
    return ArabicWords.startsWith(text, b, e, LAM_LAM)
        || ArabicWords.startsWith(text, b, e, BEH_ALEF_LAM);
  }

  boolean isNameLike(int b, int e) {
    if (ArabicWords.foldedLength(text, b, e) < 3 || isDigit(text.charAt(b))) {
      return false;
    }
    if (ArabicWords.startsWith(text, b, e, ALEF_LAM)) {
      return false;
    }
    int f = lexicon.exactFlags(text, b, e);
    return (f & (CueLexicon.STOP | CueLexicon.ADVERB | CueLexicon.TITLE | CueLexicon.CUE
            | CueLexicon.COMPLEMENTIZER)) == 0;
  }

  static final int ENDS_MENTION =
      CueLexicon.STOP
          | CueLexicon.COMPLEMENTIZER
          | CueLexicon.ADVERB
          | CueLexicon.CUE
          | CueLexicon.COPULA;

  /**
   * Returns the speaker's mention after a speech verb ending at {@code pos}, or null when the verb
   * names none (وأضاف أن، وشدد على). Time words and adverbs may come first (قال اليوم الوزير).
   */
  Span after(int pos) {
    int i = pos;
    int skips = 0;
    int begin = -1;
    int end = -1;
    int words = 0;
    while (words < MAX_WORDS) {
      int b = wordStart(i);
      if (b < 0) {
        int past = begin >= 0 ? quotedNameInside(i) : -1;
        if (past < 0) {
          break;
        }
        end = past; // نائبة المدير العام لمنظمة «الفاو» سيميدو: the mention goes on after the name
        words++;
        i = past;
        continue;
      }
      int e = wordEnd(b);
      int f = lexicon.flags(text, b, e);
      if (begin < 0) {
        if (((f & CueLexicon.ADVERB) != 0 || isPrepositionalArticle(b, e) || isAddressee(b, e))
            && skips < 3) {
          skips++;
          i = e;
          continue;
        }
        if ((f & ENDS_MENTION) != 0 || isDigit(text.charAt(b)) || hasPronounSuffix(b, e)) {
          return null; // وأضاف بدوره، وقال مضيفها: no noun phrase names the speaker
        }
        begin = b;
      } else {
        if ((f & ENDS_MENTION) != 0 || isDigit(text.charAt(b)) || hasPronounSuffix(b, e)) {
          break; // أكد المبعوث الدولي استعدادها: the object ends the subject
        }
        if ((isPrepositionalArticle(b, e) && !nameFollows(e)) || isAddressee(b, e)) {
          break; // للتلفزيون الرسمي، لنظيره: who was spoken to, not who spoke
        }
      }
      end = e;
      words++;
      i = e;
    }
    if (begin < 0) {
      return null;
    }
    return new Span(begin, apposition(end));
  }

  /**
   * Returns the end of a name set off by commas after a title, or {@code end}: وقال وزير الخارجية
   * الأميركي، جون كيري، إن ... The name is one to four name-like words followed by a comma or a
   * complementizer.
   */
  private int apposition(int end) {
    int i = end;
    while (i < n && QuotePairer.isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= n || (text.charAt(i) != ArabicCharacters.ARABIC_COMMA && text.charAt(i) != ',')) {
      return end;
    }
    int last = -1;
    int p = i + 1;
    for (int words = 0; words < 4; words++) {
      int b = wordStart(p);
      if (b < 0) {
        break;
      }
      int e = wordEnd(b);
      if (!isNameLike(b, e)) {
        if (last >= 0 && (lexicon.flags(text, b, e) & CueLexicon.COMPLEMENTIZER) != 0) {
          return last;
        }
        return end;
      }
      last = e;
      p = e;
    }
    if (last < 0) {
      return end;
    }
    int j = last;
    while (j < n && QuotePairer.isSpace(text.charAt(j))) {
      j++;
    }
    return j < n && (text.charAt(j) == ArabicCharacters.ARABIC_COMMA || text.charAt(j) == ',')
        ? last
        : end;
  }

  /** Returns true for ل with a noun and a pronoun (لضيفه، لنظيره): who was spoken to. */
  private boolean isAddressee(int b, int e) {
    int first = ArabicWords.firstKept(text, b, e);
    if (first >= e || ArabicWords.fold(text.charAt(first)) != ArabicCharacters.LAM) {
      return false;
    }
    int last = e - 1;
    while (last > first && ArabicWords.fold(text.charAt(last)) == 0) {
      last--;
    }
    char c = text.charAt(last);
    char before = last > first ? text.charAt(last - 1) : 0;
    return ArabicWords.foldedLength(text, b, e) >= 4
        && (c == HEH || (c == ALEF && before == HEH) || (c == MEEM && before == HEH));
  }

  /**
   * Returns the offset past a short quoted name at {@code pos} (spaces skipped) when a name-like
   * word follows it, or -1: at most {@link #QUOTED_NAME_CHARS} characters on one line.
   */
  private int quotedNameInside(int pos) {
    int i = pos;
    while (i < n && QuotePairer.isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= n || !QuoteMark.isMark(text.charAt(i))) {
      return -1;
    }
    for (int j = i + 1; j < n && j <= i + QUOTED_NAME_CHARS; j++) {
      char c = text.charAt(j);
      if (QuotePairer.isParagraphBreak(c)) {
        return -1;
      }
      if (QuoteMark.isMark(c)) {
        return nameFollows(j + 1) ? j + 1 : -1;
      }
    }
    return -1;
  }

  /** Returns true when the next word is a name: المستشار الدبلوماسي للكرملين يوري أوشاكوف. */
  private boolean nameFollows(int pos) {
    int b = wordStart(pos);
    return b >= 0 && ArabicWords.isArabicLetter(text.charAt(b)) && isNameLike(b, wordEnd(b));
  }

  /**
   * Returns the source after an "according to" word ending at {@code pos}: بحسب وسائل إعلام،
   * وفقا لهذا البيان (the attached ل left out), نقلا عن الوكالة.
   */
  Span afterSource(int pos) {
    int b = wordStart(pos);
    if (b < 0) {
      return null;
    }
    int e = wordEnd(b);
    int f = lexicon.exactFlags(text, b, e);
    if ((f & CueLexicon.STOP) != 0 && ArabicWords.foldedLength(text, b, e) <= 2) {
      // a separate preposition: عن، ل، بـ
      return after(e);
    }
    int first = ArabicWords.firstKept(text, b, e);
    char c = ArabicWords.firstKeptChar(text, b, e);
    int start = b;
    if ((c == ArabicCharacters.LAM || c == ArabicCharacters.BEH)
        && ArabicWords.foldedLength(text, first + 1, e) >= 2) {
      start = ArabicWords.firstKept(text, first + 1, e);
    }
    Span rest = after(e);
    return new Span(start, rest != null && rest.begin() == wordStart(e) ? rest.end() : e);
  }

  /**
   * Returns the subject before a speech verb starting at {@code cueBegin} (لكنّ وزير الخارجية
   * أكد أن), or null when the verb opens its clause or what precedes it is not a noun phrase at a
   * clause start. {@code limit} is where the sentence starts.
   */
  Span before(int cueBegin, int limit) {
    Span subject = subjectBefore(cueBegin, limit);
    if (subject != null) {
      return subject;
    }
    int comma = appositionStart(cueBegin, limit);
    return comma < 0 ? null : subjectBefore(comma, limit);
  }

  /**
   * Returns the offset of the comma that opens an apposition ending right before a verb at {@code
   * cueBegin}, or -1: لكن دوج براون، مدير الأبحاث في الجمعية، يقول → the comma after براون. The
   * apposition is at most {@link #MAX_WORDS} words on one line, with no sentence end or mark.
   */
  private int appositionStart(int cueBegin, int limit) {
    int j = cueBegin;
    while (j > limit && QuotePairer.isSpace(text.charAt(j - 1))) {
      j--;
    }
    if (j <= limit || !isComma(text.charAt(j - 1))) {
      return -1;
    }
    int words = 0;
    boolean inWord = false;
    for (int k = j - 2; k > limit; k--) {
      char c = text.charAt(k);
      if (isComma(c)) {
        return words > 0 ? k : -1;
      }
      if (ArabicWords.isWordChar(c)) {
        if (!inWord && ++words > MAX_WORDS) {
          return -1;
        }
        inWord = true;
      } else if (QuotePairer.isSpace(c)) {
        inWord = false;
      } else {
        return -1; // a sentence end, a colon, a quotation mark: no apposition
      }
    }
    return -1;
  }

  private static boolean isComma(char c) {
    return c == ArabicCharacters.ARABIC_COMMA || c == ',';
  }

  /** Returns true for a preposition, also with و or ف before it: عن، وعن، فمن. */
  private boolean isPreposition(int b, int e) {
    if ((lexicon.exactFlags(text, b, e) & CueLexicon.PREPOSITION) != 0) {
      return true;
    }
    int first = ArabicWords.firstKept(text, b, e);
    char c = first < e ? ArabicWords.fold(text.charAt(first)) : 0;
    return (c == ArabicCharacters.WAW || c == ArabicCharacters.FEH)
        && (lexicon.exactFlags(text, first + 1, e) & CueLexicon.PREPOSITION) != 0;
  }

  /**
   * Returns true for a noun of five letters or more with a pronoun: استعدادها، مواقفهم، مزحته. Such
   * a word is an object, a topic or a verbal noun, never the speaker. A final ه counts only after
   * ت, the feminine ending before a suffix: many names end in ه (رومنيجه، عبدالله).
   */
  private boolean hasPronounSuffix(int b, int e) {
    if (ArabicWords.foldedLength(text, b, e) < 5) {
      return false;
    }
    int last = e - 1;
    while (last > b && ArabicWords.fold(text.charAt(last)) == 0) {
      last--;
    }
    char z = text.charAt(last);
    char y = ArabicWords.fold(text.charAt(last - 1));
    char x = ArabicWords.fold(text.charAt(last - 2));
    if (z == HEH) {
      return y == TEH; // مزحته، تصريحاته: a feminine noun with ه; a name may end in ه (رومنيجه)
    }
    z = ArabicWords.fold(z);
    return (y == HEH && (z == ALEF || z == MEEM)) || (z == ALEF && y == MEEM && x == HEH);
  }

  /** The subject before a verb, up to a clause start; see {@link #before}. */
  private Span subjectBefore(int cueBegin, int limit) {
    int i = cueBegin;
    int begin = -1;
    int end = -1;
    for (int words = 0; words <= MAX_WORDS; words++) {
      int j = i;
      while (j > limit && QuotePairer.isSpace(text.charAt(j - 1))) {
        j--;
      }
      if (j <= limit) {
        return begin < 0 ? null : new Span(begin, end);
      }
      char c = text.charAt(j - 1);
      if (!ArabicWords.isWordChar(c)) {
        boolean boundary =
            c == ArabicCharacters.ARABIC_COMMA || c == ',' || c == ArabicWords.COLON || c == ';'
                || c == ArabicCharacters.ARABIC_SEMICOLON || c == '.';
        return boundary && begin >= 0 ? new Span(begin, end) : null;
      }
      int b = j;
      while (b > limit && ArabicWords.isWordChar(text.charAt(b - 1))) {
        b--;
      }
      int f = lexicon.flags(text, b, j);
      if ((f & (CueLexicon.CLAUSE_OPENER | CueLexicon.COMPLEMENTIZER)) != 0) {
        return begin < 0 ? null : new Span(begin, end);
      }
      if ((f & ENDS_MENTION) != 0 || isDigit(text.charAt(b)) || isPreposition(b, j)) {
        return null; // وعن قدرة الجامعات ... قال: a prepositional phrase, not a subject
      }
      if (end < 0) {
        end = j;
      }
      begin = b;
      i = b;
    }
    return null;
  }

  /**
   * Returns true when a mention can be a source: it links to an entity, or starts with a title or
   * role (الوزير، متحدث، مصادر) or a name head (وزارة، شركة), or has a name-like word (واشنطن،
   * سامي). Not a common noun alone (الدكتوراه، المشروع).
   */
  boolean isSource(Span mention) {
    if (link(mention) != null) {
      return true;
    }
    int b = mention.begin();
    int e = wordEnd(b);
    if (isTitle(b, e) || lexicon.isNameHead(text, b, e)) {
      return true;
    }
    for (int i = b; i < mention.end(); ) {
      int wb = wordStart(i);
      if (wb < 0 || wb >= mention.end()) {
        i++;
        continue;
      }
      int we = wordEnd(wb);
      if (ArabicWords.isArabicLetter(text.charAt(wb)) && isNameLike(wb, we)) {
        return true;
      }
      i = we;
    }
    return false;
  }

  /** Returns true for a title or role, with or without the article: وزير، الوزير. */
  boolean isTitle(int b, int e) {
    if ((lexicon.exactFlags(text, b, e) & CueLexicon.TITLE) != 0) {
      return true;
    }
    return ArabicWords.startsWith(text, b, e, ALEF_LAM)
        && (lexicon.exactFlags(text, ArabicWords.firstKept(text, b + 2, e), e) & CueLexicon.TITLE)
            != 0;
  }

  /**
   * Returns the entity a mention refers to: the first person inside or overlapping it (the name
   * after a title, not the one it is adviser to), else an organisation or place that starts where the mention starts (الكرملين،
   * أعلنت واشنطن); null when none or the document has no entities. An organisation inside a longer
   * mention (المتحدث باسم وزارة الخارجية) is not the speaker, so it is not linked.
   */
  Entity link(Span mention) {
    if (entities.isEmpty()) {
      return null;
    }
    int lo = 0;
    int hi = entities.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entities.get(mid).span().begin() < mention.end()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Entity person = null;
    Entity other = null;
    // entities are short and sorted by begin: the few before lo are the only ones that may overlap
    for (int k = lo - 1; k >= 0 && k >= lo - 32; k--) {
      Entity e = entities.get(k);
      if (!e.span().overlaps(mention)) {
        continue;
      }
      if (EntityType.PER.equals(e.type())) {
        person = e; // going back, the last one kept is the first person: المستشار فلان لعلان
      } else if ((EntityType.ORG.equals(e.type()) || EntityType.LOC.equals(e.type()))
          && e.span().begin() == mention.begin()) {
        other = e;
      }
    }
    return person != null ? person : other;
  }

  /**
   * Returns a named entity (not a number, date or time) whose span covers {@code span} exactly
   * or with clitics around it, or null.
   */
  Entity entityCovering(Span span) {
    if (entities.isEmpty() || span.isEmpty()) {
      return null;
    }
    int lo = 0;
    int hi = entities.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entities.get(mid).span().begin() <= span.begin()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
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

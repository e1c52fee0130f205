/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tawsim.core.io.WordLists;

/**
 * The forms of a treebank's verbs that open a clause whose subject follows, derived from each verb's
 * lemma: the treebank shows a verb in a few of its forms only (نشرت but not نشر, يعلن but not
 * أعلنت), while a news sentence opens with any of the forms of the third person singular.
 * Part of {@link EntityListGenerator}, which writes {@code verb-forms.txt} with it.
 *
 * <p>Pattern: for each lemma tagged VERB (the past, third person masculine singular: أَعلَن، نَشَر،
 * اِستَبعَد), its past form, the feminine past (+ ت) and the imperfect masculine (ي + the stem). The
 * stem is taken from an imperfect form of the lemma that the treebank has (يعلن، نرى give علن، رى),
 * else from the lemma by its pattern: a hamzat al-wasl goes (اِستَبعَد: يستبعد), a four-letter
 * أَفعَل loses its أ (أَعلَن: يعلن، أَصَرّ: يصر), the rest stays (نَشَر: ينشر، ساعَد: يساعد، تَعَلَّم:
 * يتعلم). The feminine imperfect (ت + the stem) is left out: it is as often the second person
 * (وحتى تعلم عزيزي القارئ) or the noun of Form V (تواصل، تعلم), and a name after it is a woman's,
 * seldom a foreign one's in news; the treebank's own such forms are in {@code verbs.txt}. For the
 * same reason the past of Forms V and VI (تعلم، تواصل) is left out, which is written as that
 * imperfect of Forms II and III and as their nouns; its feminine (تعلمت) stays. A lemma
 * whose imperfect changes its letters (قال: يقول، وصل: يصل، دعا: يدعو، اختار: يختار) gives no
 * derived stem. Forms the treebank tags as another word class (عمل، طلب، درس are nouns too) are
 * left out, as in {@code verbs.txt}, and so are forms that are و or ف on such a word (وفي، فقد).
 * So is a form that open running text uses more often as a noun, an adjective or a name
 * ({@link #nouns}) than the treebank tags it a verb ({@link #usedAsNoun}): the lemma of such a word in the treebank (مَلِك:
 * ملك is a king before it is "owned"), or the word after the article (الملك) or right after a
 * preposition (عن صدق) in the treebank or in NTREX. A name after such a form is more often the
 * noun's complement (ملك بوهيميا) than a verb's subject; قال after من (من قال) stays a verb, the
 * treebank has it a hundred times as one. The noun test ({@link #usedAsNoun}) keeps a final alef
 * maksura apart ({@link #spelled}): مضى (went on) is no use of the masdar المضي.
 *
 * <p>Example: the lemma اِستَبعَد (seen as استبعدت) gives استبعد، استبعدت، يستبعد.
 */
final class VerbParadigms {

  private static final char ALEF = '\u0627';
  private static final char ALEF_WASLA = '\u0671';
  private static final char ALEF_HAMZA_ABOVE = '\u0623';
  private static final char ALEF_MAKSURA = '\u0649';
  private static final char SHADDA = '\u0651';
  private static final char WAW = '\u0648';
  private static final char YEH = '\u064A';
  private static final char FEH = '\u0641';
  private static final char TEH = '\u062A';
  private static final String TEXT = "# text = ";
  /** The word classes of the treebank that a verb may follow: من (who), حتى (until). */
  private static final Set<String> CLAUSE_WORDS = Set.of("PRON", "SCONJ", "CCONJ", "PART");
  private static final String PRESENT_PREFIXES = "\u064A\u062A\u0646\u0627"; // ي ت ن ا

  private VerbParadigms() {}

  /**
   * Returns the derived forms of the verbs of a CoNLL-U file, without the words that it or the
   * sentences of {@code text} (one a line) use as nouns (see the class javadoc).
   */
  static Set<String> forms(Path conllu, Path text) throws IOException {
    Map<String, String> stems = new LinkedHashMap<>(); // normalised lemma -> attested stem
    Map<String, String> raws = new LinkedHashMap<>(); // normalised lemma -> as the treebank has it
    Set<String> other = new TreeSet<>();
    Map<String, Integer> asVerb = new TreeMap<>(); // spelled form -> times tagged VERB
    for (String line : WordLists.read(conllu)) {
      String[] cols = EntityListGenerator.wordRow(line);
      if (cols == null) {
        continue;
      }
      String form = Lexicon.NORMALIZER.normalizeToString(cols[1]);
      if (!cols[3].equals("VERB")) {
        other.add(form);
        continue;
      }
      asVerb.merge(spelled(cols[1]), 1, Integer::sum);
      String lemma = Lexicon.NORMALIZER.normalizeToString(cols[2]);
      if (lemma.length() < 2 || !OpenNameSources.arabicLetters(lemma) || cols[2].isEmpty()) {
        continue;
      }
      raws.putIfAbsent(lemma, cols[2]);
      String stem = attestedStem(form, cols[5]);
      if (stem != null) {
        stems.putIfAbsent(lemma, stem);
      }
    }
    Set<String> out = new TreeSet<>();
    Map<String, String> spellings = new TreeMap<>(); // normalised lemma -> spelled
    for (Map.Entry<String, String> e : raws.entrySet()) {
      String lemma = e.getKey();
      spellings.put(lemma, spelled(e.getValue()));
      char last = lemma.charAt(lemma.length() - 1);
      if (lemma.length() >= 3) {
        if (lemma.charAt(0) != TEH) {
          out.add(lemma); // not تعلم، تواصل (see the class javadoc)
        }
        if (last != ALEF && last != YEH) {
          out.add(lemma + TEH); // نشرت; not the defective رأى، مشى
        }
      }
      String stem = stems.containsKey(lemma) ? stems.get(lemma) : derivedStem(lemma, e.getValue());
      if (stem != null && stem.length() >= 2) {
        out.add(YEH + stem);
      }
    }
    // a form that is a clitic and another word class is read as such (وفي: و + في، فقد: ف + قد)
    Map<String, Integer> nouns = nouns(conllu, text);
    out.removeIf(f -> f.length() < 3 || other.contains(f)
        || usedAsNoun(spellings.getOrDefault(f, f), nouns, asVerb)
        || (f.charAt(0) == WAW || f.charAt(0) == FEH) && other.contains(f.substring(1)));
    return out;
  }

  /**
   * The noun test of a verb form, for {@code verb-forms.txt} and {@code verbs.txt} alike: true when
   * running text uses the form as a noun, an adjective or a name ({@code nouns}, see {@link
   * #nouns}) more often than the treebank tags it a verb ({@code asVerb}): شعر، طالب، حدث. A tie
   * keeps the verb: with counts of one or two, as most are, one noun use against one verb use is
   * no evidence against the treebank's own tag (عرف، صعد). Both counts are keyed by {@link
   * #spelled}, so the past of a defective verb is not counted as its masdar (مضى، المضي).
   */
  static boolean usedAsNoun(String spelled, Map<String, Integer> nouns,
      Map<String, Integer> asVerb) {
    int n = nouns.getOrDefault(spelled, 0);
    return n > 0 && n > asVerb.getOrDefault(spelled, 0);
  }

  /**
   * Returns how often running text uses each word as a noun, an adjective or a name, normalised: the lemma
   * of each word the treebank tags NOUN, ADJ or PROPN, and in the treebank's sentences and in
   * those of {@code text} (one a line) each word after the article ({@link #afterArticle}) and
   * each word right after a preposition (a word the treebank tags ADP in the relation {@code
   * case}: في، على، مع; not one it also tags as a pronoun or a conjunction, which a verb may follow:
   * من يريد، حتى يتم).
   */
  static Map<String, Integer> nouns(Path conllu, Path text) throws IOException {
    Map<String, Integer> nouns = new TreeMap<>();
    Set<String> prepositions = new TreeSet<>();
    Set<String> clauseWords = new TreeSet<>(); // من (who), حتى (until: حتى يتم)
    List<String> sentences = new ArrayList<>();
    for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
      if (line.startsWith(TEXT)) {
        sentences.add(line.substring(TEXT.length()));
        continue;
      }
      String[] cols = EntityListGenerator.wordRow(line);
      if (cols == null) {
        continue;
      }
      if (cols[3].equals("ADP") && cols[7].equals("case") && cols[1].length() >= 2) {
        prepositions.add(Lexicon.NORMALIZER.normalizeToString(cols[1]));
      } else if (CLAUSE_WORDS.contains(cols[3])) {
        clauseWords.add(Lexicon.NORMALIZER.normalizeToString(cols[1]));
      } else if (cols[3].equals("NOUN") || cols[3].equals("ADJ") || cols[3].equals("PROPN")) {
        nouns.merge(spelled(cols[2]), 1, Integer::sum);
      }
    }
    prepositions.removeAll(clauseWords);
    sentences.addAll(Files.readAllLines(text, StandardCharsets.UTF_8));
    for (String sentence : sentences) {
      String before = "";
      for (String token : sentence.split("\\s+")) {
        String raw = OpenNameSources.stripPunctuation(token);
        String word = Lexicon.NORMALIZER.normalizeToString(raw);
        String stem = afterArticle(raw, spelled(raw));
        if (stem != null) {
          nouns.merge(stem, 1, Integer::sum);
        }
        if (prepositions.contains(before)) {
          nouns.merge(spelled(raw), 1, Integer::sum);
        }
        before = word;
      }
    }
    return nouns;
  }

  /**
   * Returns the normalised form of a word as the noun test compares it: a final alef maksura is
   * kept (مضى), which the normaliser writes ي, as the masdar مضي is written: the past of a
   * defective verb (مضى، سعى، جرى) and its masdar (المضي، السعي، الجري) are two words.
   */
  static String spelled(String raw) {
    int end = raw.length();
    while (end > 0 && (raw.charAt(end - 1) >= '\u064B' && raw.charAt(end - 1) <= '\u065F'
        || raw.charAt(end - 1) == '\u0670' || raw.charAt(end - 1) == '\u0640')) {
      end--;
    }
    String n = Lexicon.NORMALIZER.normalizeToString(raw);
    return end > 0 && raw.charAt(end - 1) == ALEF_MAKSURA && !n.isEmpty()
        ? n.substring(0, n.length() - 1) + ALEF_MAKSURA : n;
  }

  /**
   * Returns the normalised word after the article (ال، وال، بال، لل...) of {@code raw}, or null when
   * it has none: the article is written with a bare alef, so إليهم and إليفي, which the
   * normaliser writes اليهم، اليفي, are the preposition إلى, not the article.
   */
  static String afterArticle(String raw, String word) {
    String stem = OpenNameSources.articleStem(word);
    return stem != null && raw.startsWith(word.substring(0, word.length() - stem.length()))
        ? stem : null;
  }

  /**
   * Returns the stem of an imperfect form of the active voice without its person prefix, or null
   * when the form is no such verb or carries an ending (dual, plural, feminine of the second
   * person) or the jussive, which drops a weak last letter (لم يبق).
   */
  static String attestedStem(String form, String feats) {
    if (!feats.contains("Aspect=Imp") || !feats.contains("Voice=Act")
        || feats.contains("Mood=Jus") || feats.contains("Number=Dual")
        || feats.contains("Number=Plur") && !feats.contains("Person=1")
        || feats.contains("Person=2") && feats.contains("Gender=Fem")
        || form.length() < 3 || PRESENT_PREFIXES.indexOf(form.charAt(0)) < 0) {
      return null;
    }
    return form.substring(1);
  }

  /**
   * Returns the imperfect stem of a lemma ({@code raw} as the treebank writes it, with its vowels
   * and hamza) by its pattern, or null when its imperfect changes its
   * letters: a first و of three letters (وصل: يصل), a long vowel in the middle of three letters
   * (قال: يقول) or before the last letter of a longer stem but فاعل and تفاعل (اختار، استعان), a
   * last alef (دعا: يدعو).
   */
  static String derivedStem(String lemma, String raw) {
    String stem = lemma;
    char first = raw.charAt(0);
    if (first == ALEF || first == ALEF_WASLA || first == ALEF_HAMZA_ABOVE
        && (lemma.length() == 4 || lemma.length() == 3 && raw.indexOf(SHADDA) >= 0)) {
      stem = lemma.substring(1); // اِستَبعَد، أَعلَن، أَصَرّ
    }
    int n = stem.length();
    if (n < 2 || stem.charAt(n - 1) == ALEF) {
      return null;
    }
    if (n == 3 && (stem.charAt(0) == WAW || weak(stem.charAt(1)))) {
      return null;
    }
    boolean faaala = n == 4 && stem.charAt(1) == ALEF
        || n == 5 && stem.charAt(0) == TEH && stem.charAt(2) == ALEF;
    if (n >= 4 && weak(stem.charAt(n - 2)) && !faaala) {
      return null;
    }
    return stem;
  }

  private static boolean weak(char c) {
    return c == ALEF || c == WAW || c == YEH;
  }
}

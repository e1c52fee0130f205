/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tawsim.annotate.entities.ArabicEntityTagger;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;

/**
 * A diagnostic of the entity tagger on text annotated by nobody's entity conventions: how many
 * proper nouns (UPOS {@code PROPN}) of a Universal Dependencies CoNLL-U file end up inside a PER,
 * LOC or ORG entity, and how many words of those entities are proper nouns.
 *
 * <p>A word is a whitespace word of the sentence's {@code # text}: the syntactic words written
 * together ({@code SpaceAfter=No}), a proper noun when one of them is. Each sentence is tagged
 * alone, as {@code tawsim eval entities} does. Recall: proper-noun words that overlap an entity;
 * precision: entity words that are proper nouns. UD's {@code PROPN} is not an entity annotation
 * (months and weekdays are proper nouns; المتحدة of الولايات المتحدة is an adjective), so the two
 * figures are a diagnostic, not a score: they show which names the tagger misses on text it was
 * not developed on. Made for UD Arabic-PUD (translated international news and Wikipedia), whose
 * verbs and common words feed {@code verbs.txt} and {@code common-word-counts.txt}.
 *
 * <p>As with the development files: study the misses ({@code --misses}) of the look part only
 * (the first 80% of the sentences); of the rest read only the figures.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.tawsim.bench.ProperNounCoverage \
 *     ../shared/data/ud-pud-ar/ar_pud-ud-test.conllu [--misses]
 * </pre>
 */
public final class ProperNounCoverage {

  private static final Set<EntityType> NAMED = Set.of(EntityType.PER, EntityType.LOC, EntityType.ORG);

  /** The share of the sentences, in file order, whose misses may be studied. */
  static final double LOOK_SHARE = 0.8;

  /** A whitespace word of a sentence: its offsets in the text and whether it is a proper noun. */
  record Word(int begin, int end, boolean properNoun) {}

  /** A sentence: its text and its words. */
  record Sentence(String id, String text, List<Word> words) {
    Sentence {
      words = List.copyOf(words);
    }
  }

  /** Counts of one part: proper-noun words, those in an entity, entity words, those proper nouns. */
  static final class Counts {
    int properNouns;
    int properNounsFound;
    int entityWords;
    int entityWordsProper;

    String line(String part) {
      return String.format(Locale.ROOT,
          "%s: proper-noun words %d, in a PER/LOC/ORG entity %d (recall %.1f%%); entity words %d,"
              + " proper nouns %d (precision %.1f%%)",
          part, properNouns, properNounsFound, percent(properNounsFound, properNouns), entityWords,
          entityWordsProper, percent(entityWordsProper, entityWords));
    }

    private static double percent(int part, int whole) {
      return whole == 0 ? 0 : 100.0 * part / whole;
    }
  }

  private ProperNounCoverage() {}

  /**
   * Prints the figures of the look and check parts of a CoNLL-U file; with {@code --misses}, also
   * the look part's proper-noun words in no entity and its entity words that are no proper noun.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2 || args.length == 2 && !args[1].equals("--misses")) {
      System.err.println("usage: ProperNounCoverage FILE.conllu [--misses]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    List<Sentence> sentences = read(file, Files.readAllLines(file, StandardCharsets.UTF_8));
    run(sentences, ArabicEntityTagger.create(), args.length == 2, System.out);
  }

  /** Tags each sentence and prints the figures of both parts, and the look part's misses if asked. */
  static Counts[] run(List<Sentence> sentences, ArabicEntityTagger tagger, boolean misses,
      PrintStream out) {
    ArabicTokenizer tokenizer = new ArabicTokenizer();
    int look = (int) Math.round(sentences.size() * LOOK_SHARE);
    Counts[] parts = {new Counts(), new Counts()};
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      Document tagged = tagger.annotate(tokenizer.annotate(Document.of(sentence.id(), sentence.text())));
      List<Entity> named = new ArrayList<>();
      for (Entity e : tagged.layer(Entity.class)) {
        if (NAMED.contains(e.type())) {
          named.add(e);
        }
      }
      Counts c = parts[s < look ? 0 : 1];
      for (Word w : sentence.words()) {
        Entity in = covering(named, w);
        if (w.properNoun()) {
          c.properNouns++;
        }
        if (in != null) {
          c.entityWords++;
        }
        if (w.properNoun() && in != null) {
          c.properNounsFound++;
          c.entityWordsProper++;
        }
        if (misses && s < look && w.properNoun() != (in != null)) {
          String form = sentence.text().substring(w.begin(), w.end());
          out.println(in == null
              ? "missed\t" + sentence.id() + "\t" + form
              : "not a proper noun\t" + sentence.id() + "\t" + form + "\t" + in.type() + "\t" + in.source());
        }
      }
    }
    out.println(parts[0].line("look"));
    out.println(parts[1].line("check"));
    return parts;
  }

  private static Entity covering(List<Entity> entities, Word w) {
    for (Entity e : entities) {
      if (e.span().begin() < w.end() && e.span().end() > w.begin()) {
        return e;
      }
    }
    return null;
  }

  /**
   * Reads the sentences of a CoNLL-U file: each sentence's {@code # text} split at spaces, each
   * word the syntactic words up to one without {@code SpaceAfter=No}. Multiword-token ranges and
   * empty nodes are skipped (their syntactic words carry the tags).
   *
   * @throws IllegalArgumentException naming the file and line of a sentence without {@code # text},
   *     a word line with fewer than ten columns, or a sentence whose words do not match its text
   */
  static List<Sentence> read(Path file, List<String> lines) {
    List<Sentence> out = new ArrayList<>();
    String id = null;
    String text = null;
    List<Boolean> words = new ArrayList<>();
    boolean proper = false;
    boolean pending = false;
    int start = 0;
    for (int n = 0; n <= lines.size(); n++) {
      String line = n < lines.size() ? lines.get(n) : "";
      if (line.isBlank()) {
        if (pending) {
          words.add(proper); // the last word of a sentence may say SpaceAfter=No
        }
        if (text != null || !words.isEmpty()) {
          if (text == null) {
            throw new IllegalArgumentException(file + ":" + (start + 1) + ": sentence without # text");
          }
          out.add(sentence(file, start, id == null ? "line " + (start + 1) : id, text, words));
        }
        id = null;
        text = null;
        words = new ArrayList<>();
        proper = false;
        pending = false;
        start = n + 1;
      } else if (line.startsWith("# sent_id")) {
        id = line.substring(line.indexOf('=') + 1).strip();
      } else if (line.startsWith("# text =")) {
        text = line.substring("# text =".length()).strip();
      } else if (!line.startsWith("#")) {
        String[] f = line.split("\t", -1);
        if (f.length < 10) {
          throw new IllegalArgumentException(file + ":" + (n + 1) + ": fewer than ten columns");
        }
        if (f[0].contains("-") || f[0].contains(".")) {
          continue;
        }
        proper |= f[3].equals("PROPN");
        pending = f[9].contains("SpaceAfter=No");
        if (!pending) {
          words.add(proper);
          proper = false;
        }
      }
    }
    return out;
  }

  private static Sentence sentence(Path file, int line, String id, String text, List<Boolean> proper) {
    List<Word> words = new ArrayList<>();
    int at = 0;
    for (String form : text.split(" ")) {
      if (form.isEmpty()) {
        at++;
        continue;
      }
      if (words.size() == proper.size()) {
        break;
      }
      words.add(new Word(at, at + form.length(), proper.get(words.size())));
      at += form.length() + 1;
    }
    if (words.size() != proper.size() || at < text.length()) {
      throw new IllegalArgumentException(file + ":" + (line + 1) + ": sentence " + id + " has "
          + proper.size() + " words in its word lines and another number in its # text");
    }
    return new Sentence(id, text, words);
  }
}

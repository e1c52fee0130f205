/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Span;

/**
 * Gold tokens from a Universal Dependencies CoNLL-U file, the way Tawsim tokenizes: whitespace
 * words with punctuation split off.
 *
 * <p>UD splits clitics into syntactic words (PUD writes ل and أوباما as two words joined by {@code
 * SpaceAfter=No}; other treebanks use multiword-token lines). A gold token is a run of such words
 * written together, glued back, except that punctuation and symbols (UPOS {@code PUNCT} and {@code
 * SYM}) stay tokens of their own. A multiword-token line counts as one word. Offsets are found by
 * locating each word form in the sentence's {@code # text}, in order; a sentence whose forms
 * cannot be found there is reported as not aligned and left out. {@link TokenScorer} scores a
 * tokenizer against them.
 */
public final class UdTokenGold {

  /**
   * A sentence, its text and its gold token spans (UTF-16 offsets into the text).
   *
   * @param id the sentence's {@code # sent_id}, or {@code line N} without one
   * @param text the sentence's {@code # text}
   * @param tokens the gold tokens, in order
   */
  public record Sentence(String id, String text, List<Span> tokens) {
    /**
     * Copies the token list.
     *
     * @param id the sentence's id
     * @param text the sentence's text
     * @param tokens the gold tokens, in order
     */
    public Sentence {
      tokens = List.copyOf(tokens);
    }
  }

  /**
   * The sentences read, and the ids of those that could not be aligned.
   *
   * @param sentences the aligned sentences, in file order
   * @param notAligned the ids of the sentences left out
   */
  public record Gold(List<Sentence> sentences, List<String> notAligned) {
    /**
     * Copies the lists.
     *
     * @param sentences the aligned sentences, in file order
     * @param notAligned the ids of the sentences left out
     */
    public Gold {
      sentences = List.copyOf(sentences);
      notAligned = List.copyOf(notAligned);
    }
  }

  private UdTokenGold() {}

  /**
   * Reads the file.
   *
   * @param file a CoNLL-U file
   * @return its sentences with their gold tokens
   * @throws InvalidInputException naming the file and line for a sentence without {@code # text}
   *     or a word line with fewer than ten columns
   */
  public static Gold read(Path file) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    List<String> notAligned = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String id = null;
      String text = null;
      List<Word> words = new ArrayList<>();
      int skipUntil = 0; // words inside a multiword token already counted
      int lineNo = 0;
      int sentenceLine = 1;
      for (String line = in.readLine(); ; line = in.readLine()) {
        lineNo++;
        if (line == null || line.isBlank()) {
          if (!words.isEmpty()) {
            if (text == null) {
              throw new InvalidInputException(
                  file.toString(), "line " + sentenceLine, "sentence without a '# text =' line");
            }
            String sid = id != null ? id : "line " + sentenceLine;
            List<Span> tokens = align(text, words);
            if (tokens == null) {
              notAligned.add(sid);
            } else {
              sentences.add(new Sentence(sid, text, tokens));
            }
          }
          if (line == null) {
            break;
          }
          id = null;
          text = null;
          words.clear();
          skipUntil = 0;
          sentenceLine = lineNo + 1;
          continue;
        }
        if (line.startsWith("#")) {
          if (line.startsWith("# sent_id =")) {
            id = line.substring("# sent_id =".length()).strip();
          } else if (line.startsWith("# text =")) {
            text = line.substring("# text =".length()).strip();
          }
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < 10) {
          throw new InvalidInputException(
              file.toString(), "line " + lineNo, "expected 10 tab-separated columns, found " + cols.length);
        }
        String wordId = cols[0];
        if (wordId.contains(".")) {
          continue; // an empty node
        }
        int dash = wordId.indexOf('-');
        if (dash > 0) {
          skipUntil = Integer.parseInt(wordId.substring(dash + 1));
          words.add(new Word(cols[1], false));
          continue;
        }
        if (Integer.parseInt(wordId) <= skipUntil) {
          continue;
        }
        words.add(new Word(cols[1], cols[3].equals("PUNCT") || cols[3].equals("SYM")));
      }
    } catch (NumberFormatException e) {
      throw new InvalidInputException(file.toString(), "", "bad word id: " + e.getMessage(), e);
    }
    return new Gold(List.copyOf(sentences), List.copyOf(notAligned));
  }

  private record Word(String form, boolean punct) {}

  /** Returns the gold tokens, or null when a form is not where it should be in the text. */
  private static List<Span> align(String text, List<Word> words) {
    List<Span> tokens = new ArrayList<>();
    int pos = 0;
    Span open = null; // the token being glued
    boolean openIsPunct = false;
    for (Word w : words) {
      int begin = pos;
      while (begin < text.length() && Character.isWhitespace(text.charAt(begin))) {
        begin++;
      }
      if (!text.startsWith(w.form(), begin)) {
        return null;
      }
      int end = begin + w.form().length();
      boolean adjacent = open != null && open.end() == begin;
      if (adjacent && !w.punct() && !openIsPunct) {
        open = new Span(open.begin(), end);
      } else {
        if (open != null) {
          tokens.add(open);
        }
        open = new Span(begin, end);
        openIsPunct = w.punct();
      }
      pos = end;
    }
    if (open != null) {
      tokens.add(open);
    }
    return tokens;
  }
}

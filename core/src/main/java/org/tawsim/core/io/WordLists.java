/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads word lists, the one format every shipped list and every user list of Tawsim is written in:
 * UTF-8 (decoded strictly: invalid bytes are an error naming the list and the byte), one entry a
 * line; each line is stripped of surrounding whitespace, and blank lines and lines that start with
 * {@code #} are skipped. Entries come back in file order, as written: what an entry means (a word,
 * a phrase, {@code word|flag}) and how it is normalised is the caller's business.
 *
 * <pre>{@code
 * # speech verbs
 * قال
 *   أكد
 * }</pre>
 *
 * gives {@code [قال, أكد]}.
 */
public final class WordLists {

  private WordLists() {}

  /**
   * Reads a list from a file.
   *
   * @param file a UTF-8 list file
   * @return the entries, in file order
   * @throws IOException when the file cannot be read or is not UTF-8, with its path in the message
   */
  public static List<String> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return parse(StrictUtf8.decode(file.toString(), Files.readAllBytes(file)));
  }

  /**
   * Reads a list from a stream, which is read to its end and not closed.
   *
   * @param input the list's name, for messages
   * @param in the stream of a UTF-8 list
   * @return the entries, in stream order
   * @throws IOException when the stream fails or is not UTF-8, with {@code input} in the message
   */
  public static List<String> read(InputStream in, String input) throws IOException {
    Objects.requireNonNull(in, "in");
    return parse(StrictUtf8.decode(Objects.requireNonNull(input, "input"), in.readAllBytes()));
  }

  /**
   * Reads a list shipped as a class-path resource next to {@code owner}: {@code
   * resource(CueLexicon.class, "speech-verbs.txt")} reads {@code
   * org/tawsim/annotate/quotes/speech-verbs.txt}. When {@code owner} is in a named module, that
   * module must open the resource's package to {@code org.tawsim.core} (as {@code
   * org.tawsim.annotate} does), since a module's resources are otherwise hidden from other
   * modules; or read the stream itself and pass it to {@link #read(InputStream, String)}.
   *
   * @param owner the class whose package holds the resource
   * @param name the resource's file name
   * @return the entries, in file order
   * @throws UncheckedIOException when the resource is missing or unreadable, naming its path
   */
  public static List<String> resource(Class<?> owner, String name) {
    String path = owner.getPackageName().replace('.', '/') + "/" + Objects.requireNonNull(name, "name");
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("word list not found on the class path: " + path);
      }
      return read(in, path);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /**
   * {@return the entries of a list's text}
   *
   * @param text the list's text: one entry a line, {@code #} comments and blank lines skipped
   */
  public static List<String> parse(String text) {
    return text.lines().map(String::strip).filter(s -> !s.isEmpty() && s.charAt(0) != '#').toList();
  }

  /**
   * Splits a list's entries into sections: a line {@code [NAME]} opens the section {@code NAME}, and
   * the entries after it, up to the next such line, are its words ({@code rule-words.txt} of the
   * entity rules keeps one section per word set of a rule).
   *
   * @param entries the entries of a list, as {@link #resource} returns them
   * @param input the list's name, for the error message
   * @return each section's entries in file order, keyed by the section's name
   * @throws IllegalStateException when a section appears twice or an entry comes before any
   *     section, naming the list and the entry's number
   */
  public static Map<String, List<String>> sections(List<String> entries, String input) {
    Map<String, List<String>> sections = new HashMap<>();
    List<String> current = null;
    int n = 0;
    for (String line : entries) {
      n++;
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        if (sections.put(line.substring(1, line.length() - 1), current) != null) {
          throw new IllegalStateException(input + ": section " + line + " appears twice");
        }
      } else if (current == null) {
        throw new IllegalStateException(
            input + ": entry " + n + " ('" + line + "') comes before any section");
      } else {
        current.add(line);
      }
    }
    sections.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(sections);
  }
}

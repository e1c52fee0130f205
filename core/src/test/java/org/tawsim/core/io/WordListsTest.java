/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.InvalidInputException;

class WordListsTest {

  /** Text of a list (escapes as in Java), its entries joined with '/'. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "قال\\nأكد | قال/أكد",
        "# speech verbs\\n\\nقال\\n  أكد  \\n | قال/أكد",
        "قال\\r\\nأكد\\r\\n | قال/أكد",
        "قال\\rأكد | قال/أكد",
        "على حد تعبيره\\nرئيس;weak | على حد تعبيره/رئيس;weak",
        "a # not a comment\\n #comment | a # not a comment",
        "\\n\\n# only comments\\n | ''",
      })
  void readsEntriesInFileOrder(String text, String expected) throws IOException {
    String unescaped = text.replace("\\n", "\n").replace("\\r", "\r");
    List<String> entries =
        WordLists.read(new ByteArrayInputStream(unescaped.getBytes(StandardCharsets.UTF_8)), "t");
    assertEquals(expected, String.join("/", entries));
    assertEquals(entries, WordLists.parse(unescaped));
  }

  @Test
  void readsAFileAndDropsAByteOrderMark(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("titles.txt");
    Files.write(file, "\uFEFFالرئيس\nالوزير\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("الرئيس", "الوزير"), WordLists.read(file));
  }

  @Test
  void invalidUtf8NamesTheListAndTheByte() {
    byte[] bytes = {'a', '\n', (byte) 0xC3, '\n'};
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> WordLists.read(new ByteArrayInputStream(bytes), "lists/bad.txt"));
    assertEquals("lists/bad.txt: byte 2: invalid UTF-8 (malformed sequence: C3)", e.getMessage());
  }

  @Test
  void aMissingResourceNamesItsPath() {
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> WordLists.resource(WordLists.class, "none.txt"));
    assertEquals("word list not found on the class path: org/tawsim/core/io/none.txt", e.getMessage());
  }

  @Test
  void splitsSections() {
    assertEquals(Map.of("A", List.of("قال", "أكد"), "B", List.of()),
        WordLists.sections(List.of("[A]", "قال", "أكد", "[B]"), "rules.txt"));
  }

  /** Entries of a list (joined with '/'), the exact error. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "قال/[A] | rules.txt: entry 1 ('قال') comes before any section",
        "[A]/قال/[A] | rules.txt: section [A] appears twice",
      })
  void rejectsABadSectionedList(String entries, String message) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WordLists.sections(List.of(entries.split("/")), "rules.txt"));
    assertEquals(message, e.getMessage());
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The committed generated lists are what {@link EntityListGenerator} writes from their sources, and
 * how much each named list overlaps the development file stays visible.
 */
class GeneratedListsTest {

  private static String resource(String name) throws IOException {
    try (InputStream in =
        GeneratedListsTest.class.getResourceAsStream("/org/tawsim/annotate/entities/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Fails when a committed list differs from what the generator writes from the open data of
   * {@code ../shared/data}: rerun {@link EntityListGenerator} (its javadoc gives the command).
   * Skips when the data is absent, as in a user's clone.
   */
  @Test
  void generatedListsAreWhatTheGeneratorWrites() throws IOException {
    Path data = Path.of(System.getProperty("tawsim.shared.dir", "../shared"), "data");
    for (String source : EntityListGenerator.SOURCES) {
      assumeTrue(Files.isDirectory(data.resolve(source)), "no " + source + " in " + data);
    }
    Path resources = Path.of("src/main/resources/org/tawsim/annotate/entities");
    assumeTrue(Files.isDirectory(resources), "not run from the annotate module: " + resources);
    for (Map.Entry<String, String> f : EntityListGenerator.files(data, resources).entrySet()) {
      assertEquals(f.getValue(), resource(f.getKey()),
          f.getKey() + " is stale: rerun EntityListGenerator");
    }
  }

  /**
   * Prints how many entries of each named list occur verbatim (normalised) as an entity of ANERcorp
   * train, the development file, so that the figure stays visible; fails when a list is more than
   * {@link #MAX_OVERLAP} of them, the mark of a list picked from the file.
   */
  @Test
  void namedListsOverlapTheDevelopmentFileLittle() throws IOException {
    Path gold = Path.of(System.getProperty("tawsim.shared.dir", "../shared"), "data",
        "anercorp-train", "anercorp-train.txt");
    assumeTrue(Files.isRegularFile(gold), "no ANERcorp train at " + gold);
    Set<String> entities = new HashSet<>();
    StringBuilder phrase = new StringBuilder();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      int space = line.lastIndexOf(' ');
      String tag = space > 0 ? line.substring(space + 1) : "O";
      if (!tag.startsWith("I-") && phrase.length() > 0) {
        entities.add(OpenNameLists.Attestation.key(phrase.toString()));
        phrase.setLength(0);
      }
      if (tag.startsWith("B-") || tag.startsWith("I-")) {
        phrase.append(phrase.length() > 0 ? " " : "").append(line, 0, space);
      }
    }
    for (String list : List.of("persons.txt", "organisations.txt", "locations.txt",
        "names-given-extra.txt", "names-given.txt", "names-family.txt", "countries.txt",
        "world-cities.txt", "wikifane-persons.txt", "wikifane-organisations.txt",
        "wikifane-locations.txt", "name-words.txt")) {
      List<String> entries = Lexicon.read(list);
      long overlap = entries.stream()
          .map(e -> OpenNameLists.Attestation.key(e.replaceAll(" [0-9]+$", "")))
          .filter(entities::contains).count();
      System.out.printf(java.util.Locale.ROOT, "%-28s %5d of %6d entries are ANERcorp train"
          + " entities%n", list, overlap, entries.size());
      assertTrue(overlap <= MAX_OVERLAP * entries.size(), list + ": " + overlap);
    }
  }

  /** The largest share of a named list that may be entities of the development file (country
   * names, the most frequent places of any news, are 42%). */
  static final double MAX_OVERLAP = 0.5;

  @ParameterizedTest
  @CsvSource({
    "جمهورية جنوب السودان, جمهورية جنوب السودان",
    "الحركة الشعبية ل تحرير السودان, الحركة الشعبية لتحرير السودان",
    "اكبر مدن ها, اكبر مدنها",
    "الكتيبة ( 105 ), ''",
    "جيش الرب و, ''",
  })
  void rebuildsWikifaneSurfaceFormsFromSplitTokens(String tokens, String surface) {
    String rebuilt = OpenNameSources.surface(List.of(tokens.split(" ")));
    assertEquals(surface.isEmpty() ? null : surface, rebuilt);
  }

  @ParameterizedTest
  @CsvSource({"الطاقة, طاقة", "والطاقة, طاقة", "بالطاقة, طاقة", "للطاقة, طاقة", "طاقة, ''",
      "الي, ''"})
  void countsArticledWordsWithoutTheArticle(String word, String stem) {
    assertEquals(stem.isEmpty() ? null : stem, OpenNameSources.articleStem(word));
  }

  @ParameterizedTest
  @CsvSource({
    "هجوم, الهجوم هجوما",
    "الهجوم, هجوم هجوما",
    "محادثة, المحادثة محادثات المحادثات",
    "الرئيسي, رئيسي",
    "الأمن, أمن أمنا",
  })
  void nounsAreListedWithAndWithoutTheArticleAndInTheAccusative(String form, String others) {
    assertEquals(List.of(others.split(" ")), EntityListGenerator.nominalForms(form));
  }

  @ParameterizedTest
  @CsvSource({"صرح, صرحت صرحوا", "اعتبر, اعتبرت اعتبروا", "يقول, ''", "دعا, ''"})
  void pastVerbsAreListedInTheirOtherPersons(String form, String others) {
    List<String> expected = others.isEmpty() ? List.of() : List.of(others.split(" "));
    assertEquals(expected, EntityListGenerator.verbForms(form));
  }

  @Test
  void cldrListsHoldWhatTheIssueNames() {
    for (String m : new String[] {"يناير", "كانون الثاني", "مارس", "فبراير"}) {
      assertEquals(true, CldrLists.months().contains(m), m);
    }
    assertEquals(true, CldrLists.countries().contains("روسيا"));
    assertEquals(true, CldrLists.cities().contains("القاهرة"));
    assertEquals(true, CldrLists.currencies().contains("يورو"));
    assertEquals(true, CldrLists.weekdays().contains("الأحد"));
  }
}

package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The committed generated lists are what {@link EntityListGenerator} writes from their sources. */
class GeneratedListsTest {

  private static String resource(String name) throws IOException {
    try (InputStream in =
        GeneratedListsTest.class.getResourceAsStream("/org/tawsim/annotate/entities/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void gazetteerListsMatchTheirSeeds() throws IOException {
    Path dir = Path.of(System.getProperty("tawsim.shared.dir", "../shared"), "data", "gazetteers");
    assumeTrue(Files.isDirectory(dir), "no gazetteer seeds at " + dir);
    assumeTrue(Files.isDirectory(dir.resolveSibling("ud-pud-ar")), "no UD Arabic-PUD beside " + dir);
    for (Map.Entry<String, String> f : EntityListGenerator.gazetteerFiles(dir).entrySet()) {
      assertEquals(f.getValue(), resource(f.getKey()), f.getKey() + " is stale: rerun the generator");
    }
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

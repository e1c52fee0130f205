/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Arabic names from the Unicode CLDR, read through ICU4J: country and territory names, exemplar
 * cities of time zones, currency names, month names (يناير... and كانون الثاني...) and weekday
 * names.
 *
 * <p>The build writes them as word lists into the package's resources ({@link #main}, at Maven's
 * {@code process-classes} phase, into {@code target/classes}), and the lexicon reads those lists: so
 * the lists follow the ICU4J version the build pins and no CLDR data is committed, and the tagger
 * does not open ICU4J's resource bundles at every start, which cost about 0.12 s of the start-up
 * thread's CPU time (of 0.4 s for all the entity lists). Each method returns a sorted, stable set.
 */
final class CldrLists {

  /** The list of {@link #countries()}, generated at build time. */
  static final String COUNTRIES = "cldr-countries.txt";
  /** The list of {@link #cities()}, generated at build time. */
  static final String CITIES = "cldr-cities.txt";
  /** The list of {@link #currencies()}, generated at build time. */
  static final String CURRENCIES = "cldr-currencies.txt";
  /** The list of {@link #months()}, generated at build time. */
  static final String MONTHS = "cldr-months.txt";
  /** The list of {@link #weekdays()}, generated at build time. */
  static final String WEEKDAYS = "cldr-weekdays.txt";

  private static final ULocale ARABIC = new ULocale("ar");

  /** Arabic locales whose month names differ: Levant and Iraq (كانون الثاني...), Maghreb. */
  private static final List<String> MONTH_LOCALES = List.of("ar", "ar_SY", "ar_MA", "ar_DZ");

  private static final Set<String> COMPASS = Set.of("شمال", "جنوب", "شرق", "غرب", "وسط");

  private CldrLists() {}

  static Set<String> countries() {
    LocaleDisplayNames full = LocaleDisplayNames.getInstance(ARABIC);
    LocaleDisplayNames shortNames =
        LocaleDisplayNames.getInstance(
            ARABIC, com.ibm.icu.text.DisplayContext.LENGTH_SHORT);
    Set<String> names = new TreeSet<>();
    for (String region : ULocale.getISOCountries()) {
      addName(names, full.regionDisplayName(region), region);
      addName(names, shortNames.regionDisplayName(region), region);
    }
    // Continents and world regions (UN M.49 codes CLDR names), such as أوروبا and غرب آسيا.
    for (String code :
        List.of("002", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029",
            "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150",
            "151", "154", "155", "419")) {
      String name = full.regionDisplayName(code);
      // غرب أفريقيا, شمال أفريقيا: a compass word before a region is a description, and names are
      // marked without it (أفريقيا), as place triggers are; countries such as جنوب أفريقيا stay.
      if (name != null && !COMPASS.contains(name.split(" ")[0])) {
        addName(names, name, code);
      }
    }
    return names;
  }

  static Set<String> cities() {
    TimeZoneNames tzn = TimeZoneNames.getInstance(ARABIC);
    Set<String> names = new TreeSet<>();
    for (String zone :
        TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String city = tzn.getExemplarLocationName(zone);
      if (city != null && !city.isBlank()) {
        names.add(stripParenthesis(city));
      }
    }
    return names;
  }

  static Set<String> currencies() {
    Set<String> names = new TreeSet<>();
    for (Currency c : Currency.getAvailableCurrencies()) {
      String name = c.getName(ARABIC, Currency.LONG_NAME, null);
      if (name != null && !name.equals(c.getCurrencyCode()) && name.indexOf('(') < 0) {
        names.add(name);
      }
      for (String plural : List.of("zero", "one", "two", "few", "many", "other")) {
        String p = c.getName(ARABIC, Currency.PLURAL_LONG_NAME, plural, null);
        if (p != null && !p.equals(c.getCurrencyCode()) && p.indexOf('(') < 0) {
          names.add(p);
        }
      }
    }
    return names;
  }

  static Set<String> months() {
    Set<String> names = new TreeSet<>();
    for (String locale : MONTH_LOCALES) {
      DateFormatSymbols s = new DateFormatSymbols(new ULocale(locale));
      for (String m : s.getMonths()) {
        if (!m.isBlank()) {
          names.add(m);
        }
      }
    }
    return names;
  }

  static Set<String> weekdays() {
    Set<String> names = new TreeSet<>();
    for (String d : new DateFormatSymbols(ARABIC).getWeekdays()) {
      if (!d.isBlank()) {
        names.add(d);
      }
    }
    return names;
  }

  /**
   * Writes the lists into a folder (the package's folder under {@code target/classes}), one file
   * per kind of name, each a word list whose comment names its source.
   *
   * @param args the folder
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    for (Map.Entry<String, Set<String>> e : files().entrySet()) {
      Files.writeString(folder.resolve(e.getKey()), file(e.getValue()), StandardCharsets.UTF_8);
    }
  }

  /** {@return the lists by file name} */
  static Map<String, Set<String>> files() {
    Map<String, Set<String>> files = new LinkedHashMap<>();
    files.put(COUNTRIES, countries());
    files.put(CITIES, cities());
    files.put(CURRENCIES, currencies());
    files.put(MONTHS, months());
    files.put(WEEKDAYS, weekdays());
    return files;
  }

  /**
   * {@return a list's text}: one name a line, as {@link org.tawsim.core.io.WordLists} reads it back
   *
   * @throws IllegalStateException for a name that would not read back as itself (blank, around
   *     spaces, across lines, or a comment)
   */
  static String file(Set<String> names) {
    StringBuilder sb = new StringBuilder()
        .append("# Generated at build time by CldrLists from the Unicode CLDR through ICU4J ")
        .append(VersionInfo.ICU_VERSION)
        .append(" (Unicode License v3); not in the repository.\n");
    for (String name : names) {
      if (name.isBlank() || !name.equals(name.strip()) || name.startsWith("#")
          || name.lines().count() != 1) {
        throw new IllegalStateException("CLDR name does not fit a word list: [" + name + "]");
      }
      sb.append(name).append('\n');
    }
    return sb.toString();
  }

  private static void addName(Set<String> names, String name, String code) {
    if (name != null && !name.equals(code) && !name.isBlank()) {
      names.add(stripParenthesis(name));
    }
  }

  private static String stripParenthesis(String name) {
    int p = name.indexOf('(');
    return (p > 0 ? name.substring(0, p) : name).strip();
  }
}

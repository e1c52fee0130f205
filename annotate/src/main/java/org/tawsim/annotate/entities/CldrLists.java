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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Arabic names from the Unicode CLDR, read through ICU4J when the lists load: country and
 * territory names, exemplar cities of time zones, currency names, month names (يناير... and
 * كانون الثاني...) and weekday names.
 *
 * <p>Read at run time rather than copied into the repository, so the lists follow the ICU4J version
 * the build pins and no CLDR data is committed. Each method returns a sorted, stable list.
 */
final class CldrLists {

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

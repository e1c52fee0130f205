/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link MatchReports}: teams as host, guest or subject of a result; each row all the entities. */
class MatchReportsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a word no list knows after the host or guest word is a club
        "وفاز تشيلسي على ضيفه واتفورد الصاعد حديثا | تشيلسي/ORG; واتفورد/ORG",
        "بعد فوزه على مضيفه إسبانيول بهدف نظيف | إسبانيول/ORG",
        // ... and with the listed city that follows it, the city ending the club's name; a
        // country after the word is no city of a club
        "وتعادل مع ضيفه شاختار دونيتسك أمس | شاختار دونيتسك/ORG",
        "فاز على ضيفه ستيوا في رومانيا أمس | ستيوا/ORG; رومانيا/LOC",
        // a city there is its club, a country its national team (a place)
        "وتعادل الفريق مع ضيفه ميونيخ أمس | ميونيخ/ORG",
        "وسجل هدفين في مرمى ضيفه ملاوي أمس | ملاوي/LOC",
        // a nationality adjective names the national team: no entity of this rule
        "فاز على ضيفه الإيراني بأربعة أهداف | الإيراني/NORP",
        // a city as the subject of a result verb before its opponent (the opponent, a name word of
        // open data, is a team of WikiFANE's: TeamNames)
        "كما فاز بورتسموث على بلاكبيرن بثلاثة أهداف | بورتسموث/ORG; بلاكبيرن/ORG",
        // a bare word no list knows after the opponent's preposition is the other team (a name
        // word of open data is left alone, as a tennis player's name would be); a pronoun there
        // names no one
        "وتغلب الفريق على ميدلسبره بهدفين | ميدلسبره/ORG",
        "وتغلب الفريق على منافسه بهدفين | ",
        // the opponent's city after a result verb is a club too
        "وكان الفريق قد فاز على ميونيخ بهدفين | ميونيخ/ORG",
        // a name with a place prefix right after a city named as a team is the rest of the
        // club's name; alone, the two stay places
        "وقال مدرب باريس سان جيرمان إن الفريق جاهز | باريس سان جيرمان/ORG",
        "وزار الرئيس باريس سان جيرمان الشهر الماضي | باريس/LOC; سان جيرمان/LOC",
        // without the opponent's preposition the city stays a place
        "وفاز ميونيخ بالمركز الأول في المسابقة | ميونيخ/LOC",
        // a city after a team's player, coach, goal or supporters is its club; a country (CLDR's
        // الكونغو - كينشاسا names الكونغو) is its national team, a place
        "الركلة الحاسمة في مرمى مانشستر أمس | مانشستر/ORG",
        "وكان قد رحل عن صفوف مانشستر في منتصف الموسم | مانشستر/ORG",
        "وقال مدرب ميونيخ إن الفريق جاهز | ميونيخ/ORG",
        "وأصيب مدافع الكونغو في الشوط الأول | الكونغو/LOC",
        "وسجل لاعبو البرازيل ثلاثة أهداف | البرازيل/LOC",
      })
  void tagsTeamsOfAMatchReport(String text, String expected) {
    assertEquals(expected == null ? "" : expected, Tagging.entities(text), text);
  }
}

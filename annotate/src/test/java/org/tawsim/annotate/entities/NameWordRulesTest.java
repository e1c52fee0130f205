/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link NameWordRules} and the name words as a sign beside a cue: each row all the entities. */
class NameWordRulesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // two adjacent name words of open data, no other cue
        "وقال سيمون هول إن الاتفاق قريب | سيمون هول/PER",
        // a name word beside a given name
        "سافر جون إلى باريس | جون/PER; باريس/LOC",
        // a name word after a role and a nationality
        "وأكدت الممثلة الأمريكية ساندرا بولوك أنها سعيدة | الأمريكية/NORP; ساندرا بولوك/PER",
        // a name word after a subject verb needs nothing to close it
        "وكتب محفوظ رواية جديدة | محفوظ/PER",
        "وعلق باريرا على الاتفاق الذي وقعه | باريرا/PER",
        // (a known error: ورقة, a paper, is also a name word of Wikidata)
        "كما توقعت ورقة كل من تونس | ورقة/PER; تونس/LOC",
        // a word with the conjunction و starts the next person of a list, not the run's end
        "وفاز كل من سيمون هول وأوليفارينو ستيفن بالجائزة | سيمون هول/PER; وأوليفارينو ستيفن/PER",
        // an unknown word that is no name word, and whose letters are no name's, still needs a
        // closer after it
        "وكتب أناشيد جديدة | ''",
        // an unknown word whose letters are a name's (NameLikeness) is a second sign
        "وكتب كولانجيلو رواية جديدة | كولانجيلو/PER",
        "ووقع أوليفارينو ستيفن العقد أمس | أوليفارينو ستيفن/PER",
        // after the head of a body or a place, the run names it; a definite head is no construct
        "درس في جامعة أوليفارينو ستيفن | أوليفارينو ستيفن/ORG",
        "وقالت ممثلة الاتحاد فيديريكا موغيريني إن | فيديريكا موغيريني/PER",
        // ... but not after a place prefix
        "وصلت الطائرة إلى نيو أورليانز مساء | نيو أورليانز/LOC",
        // a place prefix neither starts nor continues a run: open data has لوس and سان as name
        // words, yet before a name-like word they start a place (a club's city after its name)
        "وتوفي الممثل في لوس أنجليس أمس | لوس أنجليس/LOC",
        "وفاز زينيت سان بطرسبورغ على ضيفه | زينيت سان بطرسبورغ/ORG",
        // the plural of an active participle (فاعلون) is a group, a name only when its letters
        // are a name's
        "وقال ناشطون إن القصف استمر | ''",
        // a noun of the sources of a report (ناطق، متحدث، مسؤول) is no name
        "وقال ناطق عسكري إن القصف استمر | ''",
        // a preposition with a pronoun (لنا، لك) is the addressee, not the subject
        "وقال لنا إن القصف استمر | ''",
        "وقال سايمون إن القصف استمر | سايمون/PER",
        // a common word is no subject though a known name holds it (عبد الله)
        "وقال الله تعالى في كتابه | ''",
        "لا قدّر الله. | ''",
        // a verb with another reading (تحدث: it happens) needs a sign in its subject
        "الأمور التي تحدث لي في العيد | ''",
        "وتحدث مورينيو عن المباراة | مورينيو/PER",
        "وتحدث أناشيد عن المباراة | ''",
        // a word whose letters are a common word's is no subject, even with a closer
        "وقال لاعبون إن المباراة صعبة | ''",
        // a name word that is also a common word (عقل, mind) alone after a verb: nothing
        "وقال عقل إن المشروع | ''",
        // a conjunction on a pronoun is no name word, though open data has وانا (Wanna)
        "وأنا أرى أن الحل قريب | ''",
        "وقال إنه متعب وأنا مقتنع بذلك | ''",
        // no name word: nothing
        "وقال الوزير إن الاتفاق قريب | ''",
        // a participle of saying after a speech verb or a title continues a report, no name
        "وأردف مؤكدا أن الاتفاق قريب | ''",
        "وقال الرئيس مشيرا إلى الاتفاق | ''",
        "وقال الوزير أبوبكر سيلا مؤكدا أن الاتفاق قريب | أبوبكر سيلا/PER",
        // months of both calendars side by side are no two name words (Nisan is a name word)
        "وارتفعت الصادرات منذ أبريل نيسان الماضي | ''",
        "وتقرر عقد الاجتماع قبل كانون ديسمبر | ''",
      })
  void tagsNameWordsWhenASecondSignAgrees(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}

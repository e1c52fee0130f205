/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link NameExtent}: where a person's name ends; each row states all the entities of a sentence. */
class NameExtentTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // an unknown indefinite word whose letters are a common word's ends the name
        "وعين النادي المدرب صالح زكريا مستشارا فنيا للفريق | صالح زكريا/PER",
        "والتقى المخرج محمد فاضل مصادفة في القاهرة | محمد فاضل/PER; القاهرة/LOC",
        "وبقي المدافع ستيفن بينار محاصرا بين ثلاثة لاعبين | ستيفن بينار/PER",
        "وقال الكاتب أحمد نبيل متأثرا إن الرواية صدرت | أحمد نبيل/PER",
        // a family name with the article scores as low, and stays in the name
        "وسجل اللاعب عبد الله المناعي هدفا | عبد الله المناعي/PER",
      })
  void endsTheNameBeforeACommonWord(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a listed organisation that open data also knows as a family name, after a first name
        // that is a known given name or a name word whose letters are a name's
        "وقال المدرب لويس إريكسون إن الفريق جاهز | لويس إريكسون/PER",
        "وقال المدرب غوران إريكسون إن الفريق جاهز | غوران إريكسون/PER",
      })
  void takesAListedFamilyNameAfterAFirstName(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a nationality adjective without the article after a first name is its family name
        "وسجل المهاجم يوسف روسي هدفين في المباراة | يوسف روسي/PER",
        "وقال بيتر كيني إن الشركة ستوسع أعمالها | بيتر كيني/PER",
        // with the article it stays a nationality; in the accusative it is a predicate
        "وفاز العداء الكيني بالسباق | الكيني/NORP",
        "وكان محمد مصريا يعيش في لندن | محمد/PER; لندن/LOC",
      })
  void takesAnIndefiniteNationalityAfterAFirstNameAsTheFamilyName(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a foreign family name that only seems to start with a preposition and the article
        "وسجل مايكل بالاك هدف الفوز | مايكل بالاك/PER",
        "وقالت الممثلة زوليا كالاتايود إن الفيلم جاهز | زوليا كالاتايود/PER",
        // a preposition and the article before a known noun end the name
        "واحتفل أحمد بالفوز مع زملائه | أحمد/PER",
        "وسجل اللاعب خالد بالرأس هدفا | خالد/PER",
      })
  void takesAForeignNameThatOnlySeemsToCarryTheArticle(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a role after a given name and one word: that word is the family name, common or not
        "وقال الدكتور ناصر معرفية الرئيس التنفيذي للشركة إن الأرباح زادت | ناصر معرفية/PER",
        "ولم يستطع خوسيه ريينا حارس مرمى ليفربول صد الكرة | خوسيه ريينا/PER; ليفربول/ORG",
        // a word of time or a function word before the role is no family name
        "التقى محمد أمس رئيس الوزراء | محمد/PER",
        "وقال خالد إن الرئيس سيزور القاهرة | خالد/PER; القاهرة/LOC",
      })
  void takesTheWordBeforeARoleAsTheFamilyName(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evidence across a document ({@link DocumentConsistency}, {@link TypeAgreement}): each row is a
 * whole passage and all its entities, so that a name tagged at one mention by its cue is tagged
 * at the others, and tagged nowhere without one.
 */
class DocumentEvidenceTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a title gives the name; its later bare mentions follow, with proclitics
        "وقال الرئيس الكيني روتو إن الانتخابات نزيهة . وانتقد المعارضون روتو ولروتو أنصار كثيرون ."
            + " | الكيني/NORP; روتو/PER; روتو/PER; ولروتو/PER",
        // a mention before the cue is tagged as well
        "وأشاد اللاعبون بكلوب بعد الفوز . وقال المدرب كلوب إن فريقه جاهز . | بكلوب/PER; كلوب/PER",
        "ونقلت الصحيفة عن تاكاهاشي قوله . وأضاف السفير الياباني تاكاهاشي أن بلاده تدعم ."
            + " | تاكاهاشي/PER; الياباني/NORP; تاكاهاشي/PER",
        // a speech verb's subject
        "صرح غوتيريش بأن الوضع خطير . وطالب غوتيريش بوقف القتال . | غوتيريش/PER; غوتيريش/PER",
        // the subject of a verb form derived from the treebank's lemma (VerbParadigms: يغادر)
        "ويغادر تسيبراس أثينا غدا . وودع الوزراء تسيبراس في المطار ."
            + " | تسيبراس/PER; أثينا/LOC; تسيبراس/PER",
        // the family name alone after the full name
        "وقال المدرب يورغن كلوب إن فريقه جاهز . وكان كلوب قد فاز بالدوري ."
            + " | يورغن كلوب/PER; كلوب/PER",
        // the given name alone after the full name: features, sports and history name people so
        "تزوج أينشتاين من ميلفا ماريك عام 1903 . وطلق أينشتاين بعدها زوجته ميلفا ."
            + " | أينشتاين/PER; ميلفا ماريك/PER; عام 1903/DATE; أينشتاين/PER; ميلفا/PER",
        "وسجل المهاجم كريستيانو رونالدو هدفين . وغاب عن التدريب كريستيانو بسبب الإصابة ."
            + " | كريستيانو رونالدو/PER; كريستيانو/PER",
        "وغاب عن التدريب كريستيانو بسبب الإصابة . | ''",
        // ...but not a given name that is also a common word (lion)
        "قال الطبيب أسد رحمن إن الحالة مستقرة . وشوهد أسد في الغابة . | أسد رحمن/PER",
        // without a cue in the passage the same words stay untagged
        "وأشاد اللاعبون بكلوب بعد الفوز . وكان كلوب قد فاز بالدوري . | ''",
      })
  void aNameWithACueIsTaggedAtItsOtherMentions(String passage, String expected) {
    assertEquals(expected, Tagging.entities(passage));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a company named by its head noun is no person where a speech verb comes before it
        "أعلنت شركة كوالكوم عن معالج جديد . وقالت كوالكوم إن المعالج يباع غدا ."
            + " | كوالكوم/ORG; كوالكوم/ORG",
        // in either order
        "وقالت كوالكوم إن المعالج يباع غدا . وكانت شركة كوالكوم قد أعلنت عن معالج جديد ."
            + " | كوالكوم/ORG; كوالكوم/ORG",
        // two words
        "أعلنت شركة فولكس فاغن عن سيارة جديدة . وقالت فولكس فاغن إن السيارة تباع غدا ."
            + " | فولكس فاغن/ORG; فولكس فاغن/ORG",
        // alone, the subject of a speech verb is a person
        "وقالت كوالكوم إن المعالج يباع غدا . | كوالكوم/PER",
      })
  void aSpeechVerbsSubjectTakesTheTypeTheDocumentGivesIt(String passage, String expected) {
    assertEquals(expected, Tagging.entities(passage));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a club named after a district: the club at its other mentions, the place where a place
        // is expected
        "فاز نادي الزمالك على الأهلي . وسجل للزمالك اللاعب شيكابالا . ويقع مقر النادي في الزمالك ."
            + " | الزمالك/ORG; الأهلي/ORG; للزمالك/ORG; الزمالك/LOC",
        // a city with a masculine nationality adjective is its club
        "فاز ليون الفرنسي على موناكو . وكان ليون قد خسر في ليون الأسبوع الماضي ."
            + " | ليون/ORG; الفرنسي/NORP; موناكو/LOC; ليون/ORG; ليون/LOC",
        // without a club in the document the city stays a place
        "وكان ليون قد خسر في ليون الأسبوع الماضي . | ليون/LOC; ليون/LOC",
      })
  void aPlaceThatTheDocumentNamesAsAClubIsTheClub(String passage, String expected) {
    assertEquals(expected, Tagging.entities(passage));
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link VerbSubjects}: a foreign name word right after a verb of open data; each row all the entities. */
class VerbSubjectsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a name word whose letters are a name's, right after a verb
        "ويواجه تسيبراس انتقادات حادة | تسيبراس/PER",
        // no name word after the verb: nothing
        "ويواجه الوزير انتقادات حادة | ''",
        // a name word that Arabic also has as a word (صافي net): nothing
        "وبلغ صافي الربح مليون ريال | مليون ريال/MONEY",
        // a preposition on hamza (بأني) is no name
        "وجدت بأني وحيد | ''",
        // كان and its sisters take their subject right after them too
        "وكان فرويد تلميذا متفوقا | فرويد/PER",
        "وظل فلين يعاني من فقدان الرؤية | فلين/PER",
        // after كان, a name word before a definite noun starts a construct: no person
        "وكان ديوان المظالم قد أصدر حكمه | ''",
        // a verb that no list knows, with the shape of a masculine imperfect (و، س، ي)
        "وسيلتقي تسيبراس رئيس الحكومة غدا | تسيبراس/PER",
        // ... there an unknown word whose letters are a name's is a subject too
        "وسيمضي كولانجيلو يومين في روما | كولانجيلو/PER; روما/LOC",
        // a form of a treebank verb that the treebank itself lacks (verb-forms.txt: it has
        // استقبلت, not استقبل; يغادر is derived from غادر)
        "واستقبل تسيبراس رئيس الحكومة | تسيبراس/PER",
        "ويغادر تسيبراس أثينا غدا | تسيبراس/PER; أثينا/LOC",
        // a derived form that running text uses as a noun is no verb: the king of Bohemia, the
        // heart of Bohemia, not "owned" and "overturned" (VerbParadigms.nouns)
        "وتحالف مع ملك بوهيميا ضد جيرانه | بوهيميا/LOC",
        "ويقع قصر ملك بوهيميا في براغ | بوهيميا/LOC; براغ/LOC",
        "وتقع القرية في قلب بوهيميا | ''",
        // ... while the imperfect of the verb stays one
        "ويملك تسيبراس شركة صغيرة | تسيبراس/PER",
        // not after the plural, whose subject came before it
        "ويرون كولانجيلو الأفضل في الفريق | ''",
        // not after a word whose letters are a name's (فينسينزو is no ف + verb)
        "كان فينسينزو كولانجيلو موسيقيا | ''",
      })
  void tagsAForeignNameWordAfterAVerb(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}

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
        // a name word that is also a common word (عقل, mind) alone after a verb: nothing
        "وقال عقل إن المشروع | ''",
        // no name word: nothing
        "وقال الوزير إن الاتفاق قريب | ''",
      })
  void tagsNameWordsWhenASecondSignAgrees(String text, String expected) {
    assertEquals(expected, Tagging.entities(text));
  }
}

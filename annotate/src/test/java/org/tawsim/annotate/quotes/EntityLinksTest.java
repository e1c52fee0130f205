/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speakers read with the entity layer ({@link EntityLinks}).
 *
 * <p>Each row: a passage, the persons of its entity layer (separated by {@code |}, each at its
 * first occurrence), then all its quotations as {@link Passages#tag} renders them.
 */
class EntityLinksTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      قال لي "ستكون مضاعفة الميزانية بداية جيدة". # لي # speech|"ستكون مضاعفة الميزانية بداية جيدة"|لي|قال
      قال لي "ستكون مضاعفة الميزانية بداية جيدة". # - # speech|"ستكون مضاعفة الميزانية بداية جيدة"|-|قال
      وقال فارع المسلمي خبير الشؤون اليمنية "تعمل الدول على التدريب". # خبير # speech|"تعمل الدول على التدريب"|فارع المسلمي خبير الشؤون اليمنية|وقال
      وقال المستشار الدبلوماسي يوري أوشاكوف "لا جديد في الملف". # يوري أوشاكوف # speech|"لا جديد في الملف"|المستشار الدبلوماسي يوري أوشاكوف|وقال
      وقالت المتحدثة باسم الصليب الأحمر، أوليا أرياني، "لا جديد في الملف". # أوليا أرياني # speech|"لا جديد في الملف"|أوليا أرياني|وقالت
      وقال الأمير بندر "لا جديد في الملف". # بندر # speech|"لا جديد في الملف"|الأمير بندر|وقال
      """)
  void tagsThePassage(String passage, String persons, String expected) {
    List<String> names =
        persons.strip().equals("-") ? List.of() : Arrays.asList(persons.strip().split("\\|"));
    assertEquals(expected.strip(), Passages.tagWithPersons(passage.strip(), names));
  }
}

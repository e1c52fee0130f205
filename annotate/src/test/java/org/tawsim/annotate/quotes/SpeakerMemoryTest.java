/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Implicit speakers of continuations and a new subject ending them ({@link SpeakerMemory}).
 *
 * <p>Each row: a passage, then all its quotations as {@link Passages#tag} renders them.
 */
class SpeakerMemoryTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      قال سامي الأحمد إن الحوار ممكن. وأضاف "لن نتراجع عن موقفنا أبدا". # indirect|الحوار ممكن|سامي الأحمد|قال ; speech|"لن نتراجع عن موقفنا أبدا"|^سامي الأحمد|وأضاف
      قال الوزير سامي خليل "نعم للحوار الآن". وجدد خليل موقفه. وقال للصحافيين إن "الحرب لن تحل شيئا". # speech|"نعم للحوار الآن"|الوزير سامي خليل|قال ; speech|"الحرب لن تحل شيئا"|^خليل|وقال
      وقال رئيس الوزراء خالد العمر: «نحن مع الحوار». وتابع: «لا بديل عنه». # speech|«نحن مع الحوار»|رئيس الوزراء خالد العمر|وقال ; speech|«لا بديل عنه»|^رئيس الوزراء خالد العمر|وتابع
      وقال رئيس الوزراء خالد العمر: «نحن مع الحوار». وقال وزير المالية سعيد النمر: «الموازنة جاهزة». وأضاف: «سنعلنها غدا». # speech|«نحن مع الحوار»|رئيس الوزراء خالد العمر|وقال ; speech|«الموازنة جاهزة»|وزير المالية سعيد النمر|وقال ; speech|«سنعلنها غدا»|^وزير المالية سعيد النمر|وأضاف
      وقال رئيس الوزراء خالد العمر: «نحن مع الحوار». وزاد: «لا بديل عنه». # speech|«نحن مع الحوار»|رئيس الوزراء خالد العمر|وقال ; speech|«لا بديل عنه»|^رئيس الوزراء خالد العمر|وزاد
      وقال رئيس الوزراء خالد العمر: «نحن مع الحوار». والخلاصة: «لا بديل عنه». # speech|«نحن مع الحوار»|رئيس الوزراء خالد العمر|وقال ; speech|«لا بديل عنه»|^رئيس الوزراء خالد العمر|-
      وقال رئيس الوزراء خالد العمر: «نحن مع الحوار».\\nومضى قائلا: «لا بديل عن الحوار بين الأطراف». # speech|«نحن مع الحوار»|رئيس الوزراء خالد العمر|وقال ; speech|«لا بديل عن الحوار بين الأطراف»|^رئيس الوزراء خالد العمر|قائلا
      قال الخبير سامي الأحمد إن دول الخليج ترى في اليمن ساحة للمواجهة. وأضاف «لن نتراجع عن موقفنا». # indirect|دول الخليج ترى في اليمن ساحة للمواجهة|الخبير سامي الأحمد|قال ; speech|«لن نتراجع عن موقفنا»|^الخبير سامي الأحمد|وأضاف
      وقال المواطن خالد العمر إن منزله تضرر. وأشار المواطن سعيد النمر إلى تضرر منزله وقال «لن نغادر أرضنا أبدا». # indirect|منزله تضرر|المواطن خالد العمر|وقال ; speech|«لن نغادر أرضنا أبدا»|المواطن سعيد النمر|وقال
      وقال السيد آدامز "في الماضي كان هناك بار في كل ركن". وقال سبب اختفاء البارات أمر مفهوم. وقال "إن الناس يختلطون بطرق مختلفة". # speech|"في الماضي كان هناك بار في كل ركن"|السيد آدامز|وقال ; speech|"إن الناس يختلطون بطرق مختلفة"|^السيد آدامز|وقال
      وقال معاذ الخلف إن الدراسة صعبة. وقال الخلف «الرجوع خسارة». وبعد أشهر قرر معاذ البقاء. وأضاف «لا بد من الإكمال بأي ثمن». # indirect|الدراسة صعبة|معاذ الخلف|وقال ; speech|«الرجوع خسارة»|الخلف|وقال ; speech|«لا بد من الإكمال بأي ثمن»|^معاذ|وأضاف
      """)
  void tagsThePassage(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip().replace("\\n", "\n")));
  }

  /**
   * A person who opens a sentence, as subject or after its first word, is the speaker of a
   * quotation standing alone later, whatever the verb. Each row: a passage, its persons (at their
   * first occurrence), its quotations.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      قال الوزير «نحن مستعدون للحوار الآن». رفض الرئيس السابق إدواردو فيلتزي الفكرة. «الفرصة كبيرة جدا للجميع هنا اليوم». # إدواردو فيلتزي # speech|«نحن مستعدون للحوار الآن»|الوزير|قال ; speech|«الفرصة كبيرة جدا للجميع هنا اليوم»|^الرئيس السابق إدواردو فيلتزي|-
      قال الوزير «نحن مستعدون للحوار الآن». بين نيوتون، الذي يرأس القسم، يتوقع المزيد. يقول: «الأمر معقد جدا». # بين نيوتون # speech|«نحن مستعدون للحوار الآن»|الوزير|قال ; speech|«الأمر معقد جدا»|^بين نيوتون|يقول
      جعل القرار برلين «تحت إمرة» موسكو، طبقا لترامب. # لترامب # speech|«تحت إمرة»|ترامب|طبقا ل
      قال الوزير «نحن مستعدون للحوار الآن». وفي لقاء مع إدواردو فيلتزي تغير الموقف. «الفرصة كبيرة جدا للجميع هنا اليوم». # إدواردو فيلتزي # speech|«نحن مستعدون للحوار الآن»|الوزير|قال ; speech|«الفرصة كبيرة جدا للجميع هنا اليوم»|^الوزير|-
      """)
  void aPersonOpeningASentenceIsTheLatestSource(String passage, String persons, String expected) {
    assertEquals(
        expected.strip(), Passages.tagWithPersons(passage.strip(), List.of(persons.strip())));
  }

  /**
   * Without an entity layer, a name set off by a comma at a sentence's start, or after its first
   * word, is the latest source ({@link SentenceTopics}); a phrase that is no name is not.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '\'',
      textBlock = """
      قال الوزير «نحن مستعدون للحوار الآن». روجر بيرلماتر، رئيس قسم الأبحاث في الشركة، يشبه السعي بالحملة. «لم تكن لدينا أي فكرة عن النتيجة». # speech|«نحن مستعدون للحوار الآن»|الوزير|قال ; speech|«لم تكن لدينا أي فكرة عن النتيجة»|^روجر بيرلماتر|-
      قال الوزير «نحن مستعدون للحوار الآن». سيعتمد إيفو مورالس، رئيس البلاد، على القرار. أقسم في أغسطس «نحن قريبون جدا من العودة». # speech|«نحن مستعدون للحوار الآن»|الوزير|قال ; speech|«نحن قريبون جدا من العودة»|^إيفو مورالس|أقسم
      قال الوزير «نحن مستعدون للحوار الآن». وبالنسبة للكنائس، فإن الأمر مختلف. «الفرصة كبيرة جدا للجميع هنا اليوم». # speech|«نحن مستعدون للحوار الآن»|الوزير|قال ; speech|«الفرصة كبيرة جدا للجميع هنا اليوم»|^الوزير|-
      """)
  void aNameOpeningASentenceIsTheLatestSource(String passage, String expected) {
    assertEquals(expected.strip(), Passages.tag(passage.strip()));
  }
}

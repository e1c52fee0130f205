/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link EventAndModelNames}: a place after an event's head and a company after the word for a
 * model name no place and no company; each row all the entities.
 */
class EventAndModelNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a place after an event's head names the event
        "وفاز بلقب بطولة الولايات المتحدة المفتوحة | ''",
        "وشارك في مهرجان البندقية السينمائي | ''",
        "وتوج بطلا لدورة لوس أنجلوس للتنس | ''",
        // elsewhere the place stays a place
        "وصل الوفد إلى لوس أنجلوس أمس | لوس أنجلوس/LOC",
        // a company after طراز names the model; the company itself stays an organisation
        "سقطت طائرة من طراز بوينج 757 قرب باريس | باريس/LOC",
        "اشترت فنزويلا مقاتلات من طراز \" سوخوي \" الروسية | فنزويلا/LOC; الروسية/NORP",
        "وقالت شركة بوينج إن الطائرة جديدة | بوينج/ORG",
      })
  void dropsPlacesOfEventsAndCompaniesOfModels(String text, String expected) {
    assertEquals(expected, Tagging.entities(text), text);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ClubRules#societyName}: the definite word after نادي; each row all the entities. */
class ClubRulesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a common word or a given name after نادي is the club's name; the adjective stays out
        "جددت إدارة نادي الشباب مفاوضاتها مع المدافع | الشباب/ORG",
        "بدأت إدارة نادي الهلال السعودي عملها أمس | الهلال/ORG; السعودي/NORP",
        "وقال رئيس نادي التعاون إن المعسكر انتهى | التعاون/ORG",
        "وصلت بعثة الفريق الأول بنادي الفتح إلى المطار | الفتح/ORG",
        "وكرمت إدارة نادي الرائد الزميل حمود | الرائد/ORG; حمود/PER",
        // a place trigger or a sound feminine plural says where or what for: no name
        "وافق على الانضمام إلى نادي العاصمة أمس | ",
        "ووفق بيانات نادي السيارات فإن الحوادث زادت | ",
        // فريق is no such head: فريق العمل is a team of a task
        "وكان فريق العمل قد وصل أمس | ",
      })
  void tagsTheDefiniteWordAfterNadiAsTheClub(String text, String expected) {
    assertEquals(expected == null ? "" : expected, Tagging.entities(text), text);
  }

  /** {@link ClubRules#cityAfterName}: a club's name after its head ends with its city. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "أعلن نادي بوروسيا دورتموند الألماني تعاقده مع المدافع | بوروسيا دورتموند/ORG",
        "وانتقل إلى نادي هرتا برلين الموسم الماضي | هرتا برلين/ORG",
        // a country after the name is no city of a club, nor a city with a clitic
        "لعب لنادي أندرليخت بلجيكا أمس | أندرليخت/ORG; بلجيكا/LOC",
        "وقال رئيس نادي أندرليخت لبرلين إن | أندرليخت/ORG; لبرلين/LOC",
      })
  void endsTheClubsNameAfterItsHeadWithItsCity(String text, String expected) {
    assertEquals(expected, Tagging.entities(text), text);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules and lists of places, organisations and numbers ({@link HeadRules}, {@link ClubRules},
 * {@link QuotedNameRules}, {@link NumericRules}, the lists through clitics): each row states all the
 * entities of its text, {@code text/TYPE} joined by "; ".
 */
class PlaceAndOrganisationRulesTest {

  @ParameterizedTest
  @CsvSource({
    // a city with a masculine nationality adjective is its club (the city itself is feminine)
    "'انتقل اللاعب إلى ليون الفرنسي الموسم الماضي', 'ليون/ORG; الفرنسي/NORP'",
    "'فاز فيردر بريمن الألماني على منافسه', 'فيردر بريمن/ORG'",
    "'زار الوفد ليون الفرنسية أمس', 'ليون/LOC; الفرنسية/NORP'",
    // an unknown word there is a club too; a person's name word is not, nor the adjective used as
    // a noun before a person's name
    "'وخسر الفريق أمام بنفيكا البرتغالي أمس', 'بنفيكا/ORG; البرتغالي/NORP'",
    "'ولقي خسارة قاسية أمام بتروليوم الروماني', 'بتروليوم/ORG; الروماني/NORP'",
    "'وقال أوباما إن عزام الأميركي يريد', 'أوباما/PER; الأميركي/NORP'",
    "'كما تأهل الإسباني طومي روبريدو', 'الإسباني/NORP; طومي روبريدو/PER'",
    // a religious or political adjective is no nationality: the city stays a place
    "'ورئيس بلدية باريس الاشتراكي برتران دولانويه', 'باريس/LOC; الاشتراكي/NORP; برتران دولانويه/PER'",
    // a word that begins club names before a listed city: the club, not the city
    "'عانى كثيرا أمام دينامو كييف في الشوط الأول', 'دينامو كييف/ORG'",
    "'تغلب على مضيفه دينامو بوخارست بثلاثة أهداف', 'دينامو بوخارست/ORG'",
    // after a host word, a word no list knows and its city are one club's name
    "'تغلب على مضيفه ستيوا بوخارست بثلاثة أهداف', 'ستيوا بوخارست/ORG'",
    // transliterated words of a kind of club (Inter, AS, AC) and a city listed as its club too
    "'سجله مهاجم إنتر ميلان أمس', 'إنتر ميلان/ORG'",
    // a word whose letters are a name's, no list knowing it, before a city: the rest of a club's
    // name (ClubRules.cityClubs); a common noun of the city (its letters, or a dual or plural in
    // construct) leaves the city a place
    "'سجله مهاجم بايرن ميونيخ أمس', 'بايرن ميونيخ/ORG'",
    "'وانتقل إلى ريال مدريد الموسم الماضي', 'ريال مدريد/ORG'",
    "'وشارك في مؤتمر روما أمس', 'روما/LOC'",
    "'وارتفعت بورصتي شنغهاي أمس', 'شنغهاي/LOC'",
    "'ولعب مع أس روما موسمين', 'أس روما/ORG'",
    "'ورئيس نادي اسي ميلان أمس', 'اسي ميلان/ORG'",
    // شرق أوسط (a new Middle East) is a place, not شرق + a place أوسط
    // صور and مالي are places in a place context only (generated: WikiFANE's text uses them as
    // common words), as الخليج is
    "'سقطت قذائف على مدينة صور أمس', 'صور/LOC'",
    "'ووصلت القوات إلى مالي أمس', 'مالي/LOC'",
    "'زار الوفد صيدا وصور', 'صيدا/LOC; وصور/LOC'",
    "'وصلت السفن إلى الخليج أمس', 'الخليج/LOC'",
    "'كان الخليج هادئا أمس', ''",
    "'واجتمع وزراء دول الخليج أمس', 'الخليج/LOC'",
    "'وقال إن الأردن وبلدان الخليج تتعاون', 'الأردن/LOC; الخليج/LOC'",
    // so is the genitive of the cities, the people or the economies of a region
    "'وشارك أبناء الخليج في الاحتفال', 'الخليج/LOC'",
    "'وتراجعت اقتصادات الخليج أمس', 'الخليج/LOC'",
    "'واحتفل أهالي ينبع بالعيد', 'ينبع/LOC'",
    // a listed place of two words is no person for its given name or name words
    "'ظهرت الحبوب والبلح في أبو ظبي قديما', 'أبو ظبي/LOC'",
    "'وارتفع مؤشر سوق ابو ظبي للاوراق المالية', 'ابو ظبي/LOC'",
    // a listed place written with ج for غ
    "'وصل الوفد إلى أنجولا أمس', 'أنجولا/LOC'",
    // two-word foreign place names after نيو، سان، لوس
    "'ضرب الإعصار مدينة نيو أورليانز أمس', 'نيو أورليانز/LOC'",
    "'وصل الوفد إلى سان فيسينتي أمس', 'سان فيسينتي/LOC'",
  })
  void tellsClubsFromCitiesAndReadsPlacePrefixes(String text, String expected) {
    assertEquals(expected, Tagging.entities(text), text);
  }

  @ParameterizedTest
  @CsvSource({
    "'زار الوفد موسكو', 'موسكو/LOC'",
    "'وصل الوفد وموسكو', 'وموسكو/LOC'",
    "'عاد بموسكو أمس', 'بموسكو/LOC'",
    "'بيان صادر للكرملين اليوم', 'للكرملين/ORG'",
    "'تعاون والصين', 'والصين/LOC'",
    "'وصل إلى الولايات المتحدة الأمريكية أمس', 'الولايات المتحدة الأمريكية/LOC'",
    "'اجتمع مجلس الأمن الدولي', 'مجلس الأمن الدولي/ORG'",
    "'وذكرت وكالة رويترز أن', 'رويترز/ORG'",
    // an organisation that open data names after its descriptor head, though its name alone is a
    // common word; the word alone names nothing
    "'وانضم إلى حركة فتح في شبابه', 'فتح/ORG'",
    "'وقالت حركة أمل في بيان', 'أمل/ORG'",
    "'فتح الباب أمام الحوار', ''",
    "'ونقلت صحيفة معاريف عن مصدر', 'معاريف/ORG'",
    "'وقال عضو هيئة كبار العلماء أمس', 'هيئة كبار العلماء/ORG'",
    // curated bodies, parties, agencies, papers and companies, with their usual spellings
    "'أعلنت جبهة البوليساريو رفضها', 'جبهة البوليساريو/ORG'",
    "'اختارت موتورولا طريق دعم هواتفها', 'موتورولا/ORG'",
    // سورية is Syria, not the feminine of السوري; official names are one place
    "'عاد الوفد من سورية أمس', 'سورية/LOC'",
    "'سفير جمهورية مصر العربية لدى المملكة', 'جمهورية مصر العربية/LOC'",
    // spellings beside CLDR's, states and provinces, cities of the region (curated)
    "'مع سفراء بريطانيا والدنمارك وسلوفاكيا', 'بريطانيا/LOC; والدنمارك/LOC; وسلوفاكيا/LOC'",
    "'قطع رحلته إلى فلوريدا أمس', 'فلوريدا/LOC'",
    "'قتل ثلاثة في بعقوبة شمال بغداد', 'بعقوبة/LOC; بغداد/LOC'",
    // a strong trigger or a weak one before an indefinite unknown word still gives a place
    "'وصل إلى مدينة كفرنبل أمس', 'كفرنبل/LOC'",
    "'تقع القرية جنوب كفرنبل بعشرة أميال', 'كفرنبل/LOC'",
  })
  void matchesListsThroughClitics(String text, String expected) {
    assertEquals(expected, Tagging.entities(text), text);
  }

  @ParameterizedTest
  @CsvSource({
    "'أصدرت وزارة الخارجية الروسية بيانا', 'وزارة الخارجية الروسية/ORG'",
    "'قالت المفوضية الأوروبية إن', 'المفوضية الأوروبية/ORG'",
    "'ذكرت وكالة نوفوستي أن', 'نوفوستي/ORG'",
    "'وقعت في مدينة الفلوجة اشتباكات', 'الفلوجة/LOC'",
    // after an indefinite weak trigger a definite word ending in ي or ية is its genitive name
    "'وقعت اشتباكات في منطقة الزبيدية أمس', 'الزبيدية/LOC'",
    // a definite word on the preposition ب ends the name
    "'وعد البنك المركزي بالتدخل في السوق', 'البنك المركزي/ORG'",
    // an adjective of status or time describes the body after its name
    "'قالت جبهة التحرير الوطني المتمردة إن', 'جبهة التحرير الوطني/ORG'",
    // an indefinite king or queen is of a place (ملك بوهيميا), as a weak trigger
    "'وتحالف مع ملك بوهيميا ضد جيرانه', 'بوهيميا/LOC'",
    // a place of two words quoted alone is the paper or firm named after it, unless a trigger or a
    // preposition of place comes before the marks
    "'وقال لـ « الشرق الأوسط » إن الاجتماع انتهى', 'الشرق الأوسط/ORG'",
    // a dateline: place, dash, a definite word and a colon name the reporting paper
    "'الدوحة - الوطن : افتتح الوزير أمس المعرض', 'الدوحة/LOC; الوطن/ORG'",
    // a definite word after an indefinite trigger is its genitive, not an adjective, even with
    // the nisba ending (an adjective would need the article on the trigger too)
    "'انفجرت عبوة في حي الحمدانية أمس', 'الحمدانية/LOC'",
    // a complement with ل after the nationality adjective belongs to the name
    "'أعلن البنك الآسيوي للتنمية منح قرض', 'البنك الآسيوي للتنمية/ORG'",
    "'قرر الاتحاد المصري لكرة القدم تأجيل المباراة', 'الاتحاد المصري لكرة القدم/ORG'",
    // ...but a plural after it is who was addressed
    "'وقالت وزارة الخارجية الروسية للصحفيين إن', 'وزارة الخارجية الروسية/ORG'",
    // a company: شركة and up to two unknown name words
    "'أعلنت شركة بريتش بتروليوم عن أرباح', 'بريتش بتروليوم/ORG'",
    "'وقال متحدث باسم شركة إكسون موبيل إن الإنتاج توقف', 'إكسون موبيل/ORG'",
    // a mosque or a prison is an institution named after its head, as a company is; a person's
    // name there stays a person (the mosque named after the king), and the noun alone names nothing
    "'وداهمت الشرطة مسجد فنسبري بارك شمال لندن', 'فنسبري بارك/ORG; لندن/LOC'",
    "'وقضى عامين في سجن بيل مارش قرب لندن', 'بيل مارش/ORG; لندن/LOC'",
    "'وصلى في مسجد الحسن الثاني بالدار البيضاء', 'الحسن الثاني/PER; بالدار البيضاء/LOC'",
    "'وسجن خمس سنوات بعد المحاكمة', ''",
    "'واعتقل في سجن إيفين بطهران', 'إيفين/ORG; بطهران/LOC'",
    // so are a hotel, a restaurant, a shop, a factory and a laboratory; a word of the general
    // vocabulary after them describes them
    "'وعقد المؤتمر في فندق ماريوت بالرياض', 'ماريوت/ORG; بالرياض/LOC'",
    "'وافتتحت متاجر هارودز فرعا في الدوحة', 'هارودز/ORG; الدوحة/LOC'",
    "'وعمل عشرين عاما في معمل كافنديش', 'كافنديش/ORG'",
    "'وافتتح مطعم جديد في الحي', ''",
    // a definite word or an indefinite nisba after the mosque describes it
    "'وصلى في مسجد القرية', ''",
    "'وزار مسجد أثري في المدينة', ''",
    // a word with a common noun's letters after a descriptor describes it; after نادي or فريق any
    // word may name the club, but an indefinite nisba describes the team
    "'أسس شركة تسويق في دبي', 'دبي/LOC'",
    "'وانضم إلى فريق هجر الموسم الماضي', 'هجر/ORG'",
    "'ووصل فريق طبي إلى المكان', ''",
    // a feminine noun after a company's name ends it
    "'أعلنت شركة نوكيا زيادة أرباحها', 'نوكيا/ORG'",
    // a name in quotation marks after a descriptor head or مؤسسة/شركتي, whatever its words
    "'وكتبت صحيفة \" النهار \" أن الحكومة', 'النهار/ORG'",
    "'طرحت شركة « إل جي الكترونكس » في جدة', 'إل جي الكترونكس/ORG; جدة/LOC'",
    "'رفعت مؤسسة \" فيتش ريتنغز \" تصنيفها', 'فيتش ريتنغز/ORG'",
    "'نقلت صحيفة \u2018 \u2018 نيوز أوف ذا وورلد \u2019 \u2019 البريطانية', 'نيوز أوف ذا وورلد/ORG; البريطانية/NORP'",
    // a definite word or a listed place after a newspaper is its name
    "'قال لجريدة الحياة في طهران', 'الحياة/ORG; طهران/LOC'",
    "'ذكرت صحيفة الشرق الأوسط أمس', 'الشرق الأوسط/ORG'",
    // a head, an adjective and a complement with ل name a body, head included
    "'أعلنت المديرية العامة للجوازات أمس', 'المديرية العامة للجوازات/ORG'",
    "'قال رئيس الهيئة العامة للتأمين الصحي إن', 'الهيئة العامة للتأمين الصحي/ORG'",
    "'بحسب المعهد الوطني الأميركي لرصد الزلازل', 'المعهد الوطني الأميركي لرصد الزلازل/ORG'",
    // الجزيرة is the channel after its head, a reporter, or with ل after a speech verb
    "'وقالت قناة الجزيرة نقلا عن مراسلها', 'الجزيرة/ORG'",
    "'وذكر مراسل الجزيرة أن منسوب النهر ارتفع', 'الجزيرة/ORG'",
    "'وقال للجزيرة إن الاجتماع انتهى', 'للجزيرة/ORG'",
    "'وقال في تصريحات للجزيرة إن السلطات', 'للجزيرة/ORG'",
    // an envoy is a reporter; نت after the channel's name is its news site, in any context
    "'وذكر موفد الجزيرة أن القوات انسحبت', 'الجزيرة/ORG'",
    "'وقال لموفد الجزيرة نت إن القوات', 'الجزيرة نت/ORG'",
    "'التقرير الذي اطلعت الجزيرة نت على نسخة منه', 'الجزيرة نت/ORG'",
    "'وصل الوفد إلى الجزيرة العربية', 'الجزيرة العربية/LOC'",
    // a title inside an organisation's name takes the name after it
    "'ايتش هوي من جامعة الملك فهد من المملكة', 'ايتش هوي/PER; جامعة الملك فهد/ORG'",
    "'ناصر الريامي رئيس جامعة السلطان قابوس بمكتبه', 'ناصر الريامي/PER; جامعة السلطان قابوس/ORG'",
    // a definite word after نادي or فريق is the club
    "'احترف في نادي الظفرة بعد فوزه', 'الظفرة/ORG'",
    "'كما فاز فريق الغرافة على ضيفه', 'الغرافة/ORG'",
    // ... and so is a listed place after them
    "'استلم الفريق الأول بنادي الزمالك القائمة', 'الزمالك/ORG'",
  })
  void findsOrganisationsAndPlacesByTheirHeads(String text, String expected) {
    assertEquals(expected, Tagging.entities(text), text);
  }

  @ParameterizedTest
  @CsvSource({
    "'يبلغ الحجم 135 مليار يورو سنويا', '135 مليار يورو/MONEY'",
    "'خصص 500 مليار يورو', '500 مليار يورو/MONEY'",
    "'بلغ ٥٠٠ مليون دولار', '٥٠٠ مليون دولار/MONEY'",
    "'وصل في 19 مارس الماضي', '19 مارس/DATE'",
    "'منذ فبراير 2022 والحرب مستمرة', 'فبراير 2022/DATE'",
    "'في ٢٢ كانون الثاني ٢٠٢٤', '٢٢ كانون الثاني ٢٠٢٤/DATE'",
    "'خلال الفترة (2017-2021) ارتفعت', '2017-2021/DATE'",
    "'ارتفع بنسبة 50 في المائة', '50 في المائة/PERCENT'",
    "'ارتفع المؤشر 28.53% أمس', '28.53%/PERCENT'",
    "'ارتفع المؤشر ٢٨٫٥٣٪ أمس', '٢٨٫٥٣٪/PERCENT'",
    "'بدأ الاجتماع الساعة 10:30 صباحا', 'الساعة 10:30/TIME'",
  })
  void findsNumericExpressions(String text, String expected) {
    assertEquals(expected, Tagging.entities(text), text);
  }
}

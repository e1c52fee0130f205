/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.annotate.tokens.ArabicTokenizer;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Pipeline;
import org.tawsim.core.Token;

class ArabicEntityTaggerTest {

  private static final ArabicEntityTagger TAGGER = ArabicEntityTagger.create();
  private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

  private static Document tag(ArabicEntityTagger tagger, String text) {
    return tagger.annotate(TOKENIZER.annotate(Document.of("t", text)));
  }

  /** Returns "text/TYPE" for each entity, in order. */
  private static List<String> entities(ArabicEntityTagger tagger, String text) {
    Document d = tag(tagger, text);
    List<String> out = new ArrayList<>();
    for (Entity e : d.layer(Entity.class)) {
      out.add(d.text(e.span()) + "/" + e.type());
    }
    return out;
  }

  /** Asserts all the entities of a text, {@code text/TYPE} joined by "; " (none: empty). */
  private static void assertTagged(String text, String expected) {
    assertEquals(expected, Tagging.entities(TAGGER, text), text);
  }

  @ParameterizedTest
  @CsvSource({
    "'وقال الرئيس الروسي فلاديمير بوتين إن', 'الروسي/NORP; فلاديمير بوتين/PER'",
    "'التقى وزير الخارجية الإيراني عباس عراقجي في موسكو', 'الإيراني/NORP; عباس عراقجي/PER; موسكو/LOC'",
    "'أعلن الرئيس الأمريكي السابق بيل كلينتون أمس', 'الأمريكي/NORP; بيل كلينتون/PER'",
    "'وقال الشيخ يوسف القرضاوي في خطبته', 'يوسف القرضاوي/PER'",
    "'وصرح المتحدث باسم الخارجية الروسية ديمتري بيسكوف للصحفيين', 'الروسية/NORP; ديمتري بيسكوف/PER'",
  })
  void findsTheNameAfterATitle(String text, String expected) {
    assertTagged(text, expected);
  }

  /** Name rules: each row is one phenomenon (see NameRules and HeadRules). */
  @ParameterizedTest
  @CsvSource({
    // an unknown word after the first word of a well-known name goes on with the name
    "'يصل الرئيس هوغو شافيز اليوم إلى موسكو', 'هوغو شافيز/PER; موسكو/LOC'",
    // عبد and the word after it are one given name, also inside a name
    "'وقع العقد محمد عبد الواحد الذي انضم', 'محمد عبد الواحد/PER'",
    // a given name with the conjunction و is no less a given name
    "'وشارك في الحفل حسن يوسف وطارق الشناوي .', 'حسن يوسف/PER; وطارق الشناوي/PER'",
    // a nationality adjective used as a noun or after a role word comes before a foreign name
    "'بعد فوزه على البلجيكي أوليفييه روشوس في الدور', 'البلجيكي/NORP; أوليفييه روشوس/PER'",
    "'وسجل المهاجم البرازيلي جيلبرتو ألفيس في الدقيقة العاشرة', 'البرازيلي/NORP; جيلبرتو ألفيس/PER'",
    // the subject of a speech verb, closed by its role in apposition or by إلى
    "'وقال ماركوس تيلمان مدير الشركة إن الأرباح زادت', 'ماركوس تيلمان/PER'",
    "'وأشار كيرنوف إلى أن المحادثات مستمرة', 'كيرنوف/PER'",
    // ستي... is no future verb; a role word after the name is an apposition
    "'وقال ستيفان ماير المتحدث باسم الشركة إن', 'ستيفان ماير/PER'",
    "'وقال برونو كاستيل أمين المتحف إن القطعة نادرة', 'برونو كاستيل/PER'",
    // a foreign name in -son or -ton is no sound plural
    "'وقال جونسون إن الاتفاق صعب', 'جونسون/PER'",
    // a modifier after a title stays out of the name even when a listed name holds it
    "'حكم الخليفة الثالث عثمان بن عفان اثني عشر عاما', 'عثمان بن عفان/PER'",
    // an unknown word with و after a name starts a clause
    // (a known error: رامي إمام is one name, but إمام is a title word and ends it)
    "'المسلسل من بطولة سمير غانم وإخراج رامي إمام', 'سمير غانم/PER; رامي/PER'",
    // a preposition on a hamza word ends a name
    "'يستعد المطرب هاني شاكر لأداء أغنية جديدة', 'هاني شاكر/PER'",
    // a family name after a compound given name
    "'وقال عبد الرحمن السندي إن الأمر انتهى', 'عبد الرحمن السندي/PER'",
    // عبد joined to the name after it is a given name, listed or not
    "'التقى الوزير عبدالرحيم الهاشمي أمس', 'عبدالرحيم الهاشمي/PER'",
    // a regnal number after a known first name
    "'في عهد الملك فؤاد الأول بنيت المدرسة', 'فؤاد الأول/PER'",
    "'زار البابا بنديكت السادس عشر المدينة', 'بنديكت السادس عشر/PER'",
    // ... also after a given name found without a title; after a first and a last name an
    // ordinal is a rank
    "'عرض عليه محمد الخامس رتبة مارشال', 'محمد الخامس/PER'",
    "'ففي عهد الشاه إسماعيل الأول أصبحت المدينة عاصمة', 'إسماعيل الأول/PER'",
    "'وحل العداء فرناندو غونزاليز الثالث في السباق', 'فرناندو غونزاليز/PER'",
    // after a title and a given name, one more word before a closer is the family name
    "'وأعلن رئيس الوزراء البلغاري سيرغي ستانيشيف أن بلغاريا ستشارك', 'البلغاري/NORP; سيرغي ستانيشيف/PER; بلغاريا/LOC'",
    // a verb in the plural of the past ends a name
    "'أنصار الشبكة بزعامة أسامة بن لادن اندسوا وسط الصفوف', 'أسامة بن لادن/PER'",
    // one unknown word of four letters after a title is a name only when a closer follows it
    "'وقال الرئيس فيكو إن الاتفاق قريب', 'فيكو/PER'",
    "'الذين اعتادوا مشاهدة زعيم عليل على الدوام', ''",
    // after a given name, a listed place or company that open data knows as a word of person
    // names is the family name; so is a nationality without the article, which cannot describe
    // a name (كينيون: see NameExtentTest)
    "'توفي الشاعر الراحل لويس أراغون في باريس', 'لويس أراغون/PER; باريس/LOC'",
    "'أكد بيتر كينيون أن الصفقة تمت', 'بيتر كينيون/PER'",
    // after a connector or الدين a family name may follow
    "'وكتب أبو خليل الحسيني عن الحرب', 'أبو خليل الحسيني/PER'",
    "'وأعلن نور الدين الحلبي أن الاجتماع انتهى', 'نور الدين الحلبي/PER'",
    // Slavic surname endings, with the unknown first name before them
    "'استقبل الوفد فولوديمير زيلينسكي في القصر', 'فولوديمير زيلينسكي/PER'",
    "'تحدث عن ميلوشيفيتش في كتابه', 'ميلوشيفيتش/PER'",
    // an honorific before a name stays out of it
    "'واستقبل الوفد وسعادة خالد المنصوري أمس', 'خالد المنصوري/PER'",
    // a person joined by و to a person found before
    "'التقى الرئيس جورج بوش ورايس .', 'جورج بوش/PER; ورايس/PER'",
    // a word of the general vocabulary ends a name (a noun in the accusative, a verb)
    "'وشن السفير الإسرائيلي داني دانون هجوما عنيفا على المجلس', 'الإسرائيلي/NORP; داني دانون/PER'",
    "'ثم عقد الرئيس ماركو فيرنر اجتماعا مع الوفد', 'ماركو فيرنر/PER'",
    // a nationality adjective that cannot describe the word before it (a verb, an indefinite
    // noun) or that carries و or a preposition stands for a person; a modifier may follow it
    "'وقد تأهل الإسباني طومي روبريدو إلى الدور الثاني', 'الإسباني/NORP; طومي روبريدو/PER'",
    "'ذهبت الجائزة للبرازيلي فريدو بعد المباراة', 'للبرازيلي/NORP; فريدو/PER'",
    "'لعب الهولندي أريين روبن والفرنسي ليليان تورام معا', 'الهولندي/NORP; أريين روبن/PER; والفرنسي/NORP; ليليان تورام/PER'",
    "'واصل الأميركي المخضرم أندري أغاسي تشبثه بالبقاء', 'الأميركي/NORP; أندري أغاسي/PER'",
    "'سقط بعد عرقلة الياباني شونسوكي ناكامورا في المنطقة', 'الياباني/NORP; شونسوكي ناكامورا/PER'",
    "'وخلفه تلميذه الفرنسي إرنست دوران في المنصب', 'الفرنسي/NORP; إرنست دوران/PER'",
    // a word in ـون whose stem is no known word is a name, not a plural
    "'بعد فوزه على الهولندي رايمون سلويتر في الدور', 'الهولندي/NORP; رايمون سلويتر/PER'",
    // a nationality adjective right after a lone given name is a family name
    "'وصل السيد فيصل السويدي إلى المؤتمر', 'فيصل السويدي/PER'",
    "'وكان خطيب المسجد أبو حمزة المصري قد اعتقل', 'أبو حمزة المصري/PER'",
    // a given name that is also a common word is the subject of a speech verb before أن، عن...
    "'وأوضح كامل أنه لا يتوقع تغييرا', 'كامل/PER'",
    "'وأكد صالح على أهمية المباراة', 'صالح/PER'",
    // an unknown definite nisba after one unknown first name is the family name
    "'وأضاف نتشيرفان البارزاني أن الاتفاق قريب', 'نتشيرفان البارزاني/PER'",
    // a role word (الحارس، المهاجم) before a name of two words, as a weak title
    "'مرت الكرة بين قدمي الحارس ايكر كاسياس بيد أن المدافع', 'ايكر كاسياس/PER'",
    // an unknown definite word between a title and a given name describes the person
    "'وقال الرئيس المؤقت عبد الله يوسف إن الحكومة باقية', 'عبد الله يوسف/PER'",
    "'وتشارك الفنانة المحجبة عفاف شعيب في المسلسل', 'عفاف شعيب/PER'",
    // a family or dynasty name after a noun for the family
    "'ينتمي الرجل إلى عائلة فيشر الثرية', 'فيشر/PER'",
    "'بني القصر في عهد أسرة مينغ', 'مينغ/PER'",
    // a derived verb (استفعل، افتعل) after a name is no name word
    "'وكان الوزير جاك ليفان اقترح الخطة', 'جاك ليفان/PER'",
    // particles of European names go on with the name (فان is not ف + أن)
    "'وسجل مارك فان بومل الهدف الثاني', 'مارك فان بومل/PER'",
    // a given name that is also a word, with an unknown family name, as a speech verb's subject
    "'ويقول يحيى كارتر في حديث للصحيفة', 'يحيى كارتر/PER'",
    // a known given name alone, when it is no common word
    "'لم يصل عدنان إلى الملعب أمس', 'عدنان/PER'",
    // a name stops before the office that follows it, even one whose word is a given name
    "'وقال فيصل بن خالد بن عبدالعزيز أمير منطقة عسير إن المشروع جاهز', 'فيصل بن خالد بن عبدالعزيز/PER; عسير/LOC'",
    // the adjective of a place named after a person is not the person's family name
    "'نقل المريض إلى مستشفى الملك فيصل التخصصي أمس', 'فيصل/PER'",
  })
  void findsPeopleByTheirContext(String text, String expected) {
    assertTagged(text, expected);
  }

  @ParameterizedTest
  @CsvSource({
    // a nationality adjective after a common noun describes it: no name follows
    "'قررت الحكومة المصرية اعتبارا من اليوم', 'المصرية/NORP'",
    "'أصدرت الخارجية الروسية بيانا دعت فيه', 'الروسية/NORP'",
    // an unknown word after و that does not close a list is a verb or a noun
    "'رحب الرئيس جورج بوش وندد بالهجوم على السفارة', 'جورج بوش/PER'",
    // a preposition on a definite word after a title: a complement, not a name
    "'وقال الأمين العام للمجلس إن الاجتماع تأجل', ''",
    // one unknown word with teh marbuta after a speech verb is a noun
    "'وأوضحت مصلحة الضرائب أن الموعد تغير', ''",
    // a head noun alone is no place, even when a generated list has a town of that name
    "'جلس الصيادون على شاطئ البحر بعد الظهر', ''",
    // a definite head of a natural place takes no unknown word as its name
    "'منذ الحرب في الخليج نجحت الخطة', 'الخليج/LOC'",
    // a word of a title (الإعلام in وزير الإعلام) does not close a speech verb's subject
    "'وذكرت وسائل الإعلام المحلية أن الاجتماع انتهى', ''",
    // a known word with the pronoun ها is no name
    "'وقال خلالها الوزير إن الوضع هادئ', ''",
    // a word with an attached pronoun is no name; nor is إن with one
    "'وأكد الوزير حقه في الرد', ''",
    "'وقال إننا نتوقع نموا', ''",
    // a company's board is no named organisation
    "'اجتمع مجلس الإدارة أمس', ''",
    // the feminine of a group adjective that is a noun: a republic, democracy
    "'أعلن رئيس الجمهورية دعم الديمقراطية', ''",
    "'أعلن رئيس الجمهورية دعم الديمقراطية', ''",
    // honorific pronouns after a speech verb, and the part of a title after the ministry
    "'وأكد معاليه أن القرار نهائي', ''",
    "'وقال وزير الدولة لشؤون الإعلام إن الاجتماع انتهى', ''",
    "'ارتفع السهم بواقع 5 في المائة', '5 في المائة/PERCENT'",
    // a word with tanwin fath is an indefinite noun or an adverb
    "'أن يزيد الوطن رفعة وازدهاراً وتطوراً', ''",
    "'وقدم الشكر لرئيس مجلس إدارة النادي', ''",
    // after a weak trigger (a direction, منطقة، العاصمة) a definite or verb-like word is no place
    "'وقتل مسلحون في جنوب القطاع أمس', ''",
    "'ارتكب المدافع خطأ داخل منطقة الجزاء', ''",
    "'وفي العاصمة قتل مسلحون مترجما', ''",
    "'الضوء في شرق تنتشر فيه', ''",
    // المدينة and وسط introduce any noun as often as a place
    "'وصل إلى المدينة وانتظم الأمن', ''",
    "'وسط تراجع كبير للمنتخب', ''",
    // العمارة is architecture; المتوسط alone is an average
    "'التلاقح بين العمارة الصينية والعربية', 'الصينية/NORP; والعربية/NORP'",
    "'برميل يوميا في المتوسط', ''",
    // an unclosed quotation mark after a head gives no name
    "'وقالت صحيفة \" النهار إن الحكومة ستستقيل', ''",
    // without the complement the head and adjective are a description
    "'وافقت الهيئة العامة على القرار', ''",
    // ...and a time after ل is no complement
    "'وقع الاتحاد الأوروبي للفترة المقبلة اتفاقا', 'الاتحاد الأوروبي/ORG'",
    // الجزيرة elsewhere is the peninsula or an island: no channel
    "'تقع في شمال الجزيرة مملكة قديمة', ''",
    // words that a generated list also has as a place: the stock exchange, a rally, a sector
    "'توقف العمل في بورصة نيويورك', 'نيويورك/LOC'",
    "'من المشاركة في رالي تركيا', 'تركيا/LOC'",
    "'في رفح جنوب قطاع غزة أمس', 'رفح/LOC; غزة/LOC'",
    // كانو (a common misspelling of كانوا) and ينبع (springs) need a place context
    "'والقحطانيون كانو قد عاشوا باليمن', 'باليمن/LOC'",
    "'نهر بركة الذي ينبع من المرتفعات', ''",
    // صور (pictures) and مالي (financial) elsewhere are common words
    "'وعكس صور الحياة اليومية', ''",
    "'لديها فائض مالي ضخم', ''",
    // an indefinite adjective after an indefinite head describes it (an Islamic party, a
    // voluntary union, a weekly magazine, a big team)
    "'نظم حزب إسلامي التوجه تجمعا', 'إسلامي/NORP'",
    "'أن يكون في اتحاد طوعي مع العراق', 'العراق/LOC'",
    "'تصدر عن نفس الدار مجلة أسبوعية', ''",
    "'فالوحدة فريق كبير وتطلعاته عالية', ''",
    // ...but not a common noun after فريق (a working group)
    "'وقدم فريق العمل تقريره', ''",
    // a company's name is not read inside a longer word through clitics (ف + ل + كيا)
    "'تمت ولادة الهلال فلكيا قبل الغروب', ''",
    // a word of the general vocabulary after a title is no name
    "'وكانت الوزيرة الأمريكية صرحت أمس بأن المحادثات انتهت', 'الأمريكية/NORP'",
    // a second adjective of the same noun is no person
    "'وقالت الدول العربية والإسلامية تبرعت بالمال', 'العربية/NORP; والإسلامية/NORP'",
    // a given name alone that has the shape of a common noun or adjective is no name
    "'كانت الحديقة جميلة في الربيع', ''",
    "'رفعوا راية بيضاء فوق المبنى', ''",
    // one unknown word after a role word is no name
    "'وقف الحارس وحيدا أمام المرمى', ''",
    // an adjective after a family noun is no family name
    "'ولد في عائلة ثرية من الشمال', ''",
    // a title's complement does not run through a particle that starts a clause
    "'وقال أمير منطقة عسير إن المشروع جاهز', 'عسير/LOC'",
    "'نقل المريض إلى مستشفى الملك فيصل التخصصي أمس', 'فيصل/PER'",
    // after a definite descriptor head an indefinite word names nothing (the club filed a
    // complaint); a feminine adjective after an indefinite one describes it (a radio channel);
    // an indefinite head with a word on لل is a body for someone, not a name
    "'وتقدم النادي بشكوى إلى الاتحاد', ''",
    "'وأطلقت الشركة قناة إذاعية جديدة', ''",
    "'أعلن عن تأسيس اتحاد للناشرين العرب', ''",
    // ...but an indefinite word there is the agencies (a dateline from several capitals)
    "'عواصم - وكالات : قال الوزير إن الاجتماع انتهى', ''",
    // ...but other definite words after it are common nouns
    "'كان يعيش في جنوب القارة منذ قرون', ''",
    // ملك is also property: a definite word after it is no place
    "'هذه الأرض ملك الدولة منذ عقود', ''",
  })
  void leavesDescriptionsUntagged(String text, String expected) {
    assertTagged(text, expected);
  }

  @Test
  void tagsOtherMentionsFamilyNamesAndNearSpellings() {
    String text = "وقال الرئيس الإيراني مسعود بيزشكيان إن بلاده مستعدة. وأضاف بزشكيان أن "
        + "المحادثات مستمرة. وأكد مستشار الكرملين يوري أوشاكوف أن أوشكوف لم يحضر.";
    assertEquals("الإيراني/NORP; مسعود بيزشكيان/PER; بزشكيان/PER; الكرملين/ORG; يوري أوشاكوف/PER;"
        + " أوشكوف/PER", Tagging.entities(text));
  }

  @Test
  void familyNameAloneAfterTheFullName() {
    assertEquals("جون ميجور/PER; ميجور/PER",
        Tagging.entities("قال رئيس الوزراء جون ميجور إن الاتفاق صعب. ورد ميجور على الأسئلة."));
  }

  /**
   * Rows: text, entities by default, entities with {@code governmentBodies(false)} (a state's own
   * bodies go; international ones stay).
   */
  @ParameterizedTest
  @CsvSource({
    "'أصدرت وزارة الخارجية الروسية بيانا', 'وزارة الخارجية الروسية/ORG', 'الروسية/NORP'",
    "'وافق مجلس الوزراء على المشروع', 'مجلس الوزراء/ORG', ''",
    "'أقر لمجلس النواب مشروعا', 'لمجلس النواب/ORG', ''",
    "'صوت مجلس الشيوخ الأمريكي على القرار', 'مجلس الشيوخ الأمريكي/ORG', 'الأمريكي/NORP'",
    "'اجتمع مجلس الأمن الدولي', 'مجلس الأمن الدولي/ORG', 'مجلس الأمن الدولي/ORG'",
    "'قالت المفوضية الأوروبية إن', 'المفوضية الأوروبية/ORG', 'المفوضية الأوروبية/ORG'",
  })
  void governmentBodiesCanBeLeftUntagged(String text, String byDefault, String withoutBodies) {
    assertEquals(byDefault, String.join("; ", entities(TAGGER, text)));
    ArabicEntityTagger anercorp = ArabicEntityTagger.builder().governmentBodies(false).build();
    assertEquals(withoutBodies, String.join("; ", entities(anercorp, text)));
  }

  @Test
  void documentConsistencyCanBeSwitchedOff() {
    ArabicEntityTagger off = ArabicEntityTagger.builder().documentConsistency(false).build();
    assertEquals(List.of("جون ميجور/PER"),
        entities(off, "قال رئيس الوزراء جون ميجور إن الاتفاق صعب. ولدى ميجور أسئلة كثيرة."));
  }

  @Test
  void nationalityAdjectivesAreNorpUnlessSwitchedOff() {
    String text = "قال المسؤول الإيراني إن";
    assertEquals(List.of("الإيراني/NORP"), entities(TAGGER, text));
    ArabicEntityTagger noNorp = ArabicEntityTagger.builder().norp(false).build();
    assertEquals(List.of(), entities(noNorp, text));
  }

  @Test
  void stemOnlyStartsAfterTheProclitics() {
    ArabicEntityTagger stem = ArabicEntityTagger.builder().stemOnly(true).build();
    assertEquals(List.of("موسكو/LOC"), entities(stem, "عاد بموسكو"));
    // ل before the article: the article's alef is not written, so the stem is لكرملين
    assertEquals(List.of("لكرملين/ORG"), entities(stem, "صرح للكرملين"));
    assertEquals(List.of("مُوسكو/LOC"), entities(stem, "وَبِمُوسكو"));
  }

  @Test
  void userListsAddTypesAndWinOverDefaults() {
    ArabicEntityTagger t = ArabicEntityTagger.builder()
        .addList(EntityType.of("PRODUCT"), "products", List.of("آيفون", "جالاكسي نوت"))
        .addList(EntityType.ORG, "mine", List.of("موسكو"))
        .build();
    List<String> found = entities(t, "اشترى آيفون وجالاكسي نوت في موسكو");
    assertEquals(List.of("آيفون/PRODUCT", "وجالاكسي نوت/PRODUCT", "موسكو/ORG"), found);
    Document d = tag(t, "في موسكو");
    assertEquals("gazetteer:mine", d.layer(Entity.class).get(0).source());
  }

  @Test
  void readsUserListsFromFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ships.txt");
    Files.writeString(file, "# ships\nسفينة النور\n\n", StandardCharsets.UTF_8);
    ArabicEntityTagger t = ArabicEntityTagger.builder().addList(EntityType.of("SHIP"), file).build();
    assertEquals(List.of("سفينة النور/SHIP"), entities(t, "أبحرت سفينة النور"));
    IOException e = assertThrows(IOException.class,
        () -> ArabicEntityTagger.builder().addList(EntityType.LOC, dir.resolve("missing.txt")));
    assertTrue(e.getMessage().contains("missing.txt"), e.getMessage());
  }

  @Test
  void rejectsAnEmptyListName() {
    assertThrows(IllegalArgumentException.class,
        () -> ArabicEntityTagger.builder().addList(EntityType.LOC, " ", List.of("x")));
  }

  @Test
  void recordsTheSourceOfEachEntity() {
    Document d = tag(TAGGER, "وقال الرئيس الروسي فلاديمير بوتين في موسكو");
    List<String> sources = new ArrayList<>();
    d.layer(Entity.class).forEach(e -> sources.add(d.text(e.span()) + "=" + e.source()));
    assertEquals(List.of("الروسي=gazetteer:norp", "فلاديمير بوتين=rule:title+name",
        "موسكو=gazetteer:locations"), sources);
  }

  @Test
  void declaresItsLayersAndFitsAfterTheTokenizer() {
    assertEquals(Set.of(Token.class), TAGGER.requires());
    assertEquals(Set.of(Entity.class), TAGGER.produces());
    assertThrows(IllegalArgumentException.class, () -> Pipeline.of(TAGGER));
    Pipeline.of(TOKENIZER, TAGGER);
  }

  @Test
  void emptyAndNonArabicTextGiveNoEntities() {
    assertTrue(entities(TAGGER, "").isEmpty());
    assertTrue(entities(TAGGER, "The quick brown fox jumps over the lazy dog.").isEmpty());
    Document noTokens = TAGGER.annotate(Document.of("x", "موسكو"));
    assertTrue(noTokens.hasLayer(Entity.class));
    assertTrue(noTokens.layer(Entity.class).isEmpty());
  }

  @Test
  void spansAreInsideTheTextSortedAndDisjointOnRandomText() {
    String[] words = {"الرئيس", "موسكو", "وبوتين", "في", "15", "٪", "مليار", "دولار", "مارس",
      "2022", "محمد", "بن", "وزارة", "الخارجية", "(", ")", "-", "😀", "قال", "إن", "مدينة",
      "x", "\u064E", "ـ", "للكرملين", "الإيراني", "عام", "الساعة", "10:30"};
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.append(words[random.nextInt(words.length)]);
        sb.append(random.nextInt(5) == 0 ? "" : " ");
      }
      Document d = tag(TAGGER, sb.toString());
      int lastEnd = 0;
      for (Entity e : d.layer(Entity.class)) {
        assertTrue(e.span().begin() >= lastEnd, () -> "overlap in " + d.text());
        assertTrue(e.span().end() <= d.text().length());
        assertFalse(e.span().isEmpty());
        lastEnd = e.span().end();
      }
      assertEquals(d.layer(Entity.class), tag(TAGGER, sb.toString()).layer(Entity.class));
    }
  }

  @ParameterizedTest
  @CsvSource({"'الرئيس ', 200000", "'9', 100000", "'(', 10000", "'[«(', 10000"})
  // a hang guard: 2.6 s at most on two busy cores
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void badInputsPassWithoutException(String unit, int times) {
    String text = unit.repeat(times) + (unit.equals("(") ? ")".repeat(times) : "");
    Document d = tag(TAGGER, text);
    assertTrue(d.hasLayer(Entity.class));
  }
}

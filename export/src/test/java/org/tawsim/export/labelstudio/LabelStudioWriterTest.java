/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.labelstudio;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.QuoteKind;
import org.tawsim.core.Quotation;
import org.tawsim.core.Span;
import org.tawsim.export.testing.TestDocuments;

class LabelStudioWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The configuration written, with the labels of the types beyond the usual ones at %s. */
  private static final String CONFIG = """
      <View>
        <Labels name="label" toName="text">
          <Label value="PER"/>
          <Label value="LOC"/>
          <Label value="ORG"/>
          <Label value="NORP"/>
          <Label value="DATE"/>
          <Label value="TIME"/>
          <Label value="MONEY"/>
          <Label value="PERCENT"/>
          <Label value="MISC"/>
      %s  </Labels>
        <Labels name="quote" toName="text">
          <Label value="SPEECH"/>
          <Label value="INDIRECT"/>
          <Label value="OTHER"/>
          <Label value="SPEAKER"/>
          <Label value="CUE"/>
        </Labels>
        <Relations>
          <Relation value="speaker"/>
          <Relation value="cue"/>
        </Relations>
        <View style="direction: rtl; text-align: right; font-size: 1.2em">
          <Text name="text" value="$text"/>
        </View>
      </View>
      """;

  /** The tasks and the configuration written for these documents. */
  static String[] write(List<Document> docs) throws IOException {
    ByteArrayOutputStream tasks = new ByteArrayOutputStream();
    ByteArrayOutputStream config = new ByteArrayOutputStream();
    try (LabelStudioWriter w = LabelStudioWriter.of(tasks, false, config)) {
      for (Document d : docs) {
        w.write(d);
      }
    }
    return new String[] {tasks.toString(UTF_8), config.toString(UTF_8)};
  }

  @Test
  void writesTheGoldenTasksAndConfiguration() throws IOException {
    String[] out = write(TestDocuments.golden());
    TestDocuments.assertGolden(getClass(), "news.expected.json", out[0]);
    TestDocuments.assertGolden(getClass(), "news.expected.config.xml", out[1]);
  }

  @Test
  void everyRegionTextIsItsCodePointSliceAndEveryIdIsUnique() throws IOException {
    JsonNode tasks = MAPPER.readTree(write(TestDocuments.golden())[0]);
    assertEquals(2, tasks.size());
    for (JsonNode task : tasks) {
      int[] cps = task.at("/data/text").textValue().codePoints().toArray();
      Set<String> ids = new HashSet<>();
      for (JsonNode r : task.at("/predictions/0/result")) {
        if (r.has("value")) {
          JsonNode v = r.get("value");
          String slice = new String(cps, v.get("start").intValue(),
              v.get("end").intValue() - v.get("start").intValue());
          assertEquals(slice, v.get("text").textValue(), r.toString());
          assertEquals(true, ids.add(r.get("id").textValue()), r.toString());
        }
      }
    }
  }

  @Test
  void writesAnEmptyArrayForNoDocuments() throws IOException {
    assertEquals(List.of("[\n]\n", CONFIG.formatted("")), List.of(write(List.of())));
  }

  @ParameterizedTest
  @CsvSource({
    // two entities on one span, and two quotations sharing speaker and cue: ids stay unique
    "'e0_5,e0_5_2,q14_19,s0_5,c6_9,q21_25,q14_19>s0_5:speaker,q14_19>c6_9:cue,q21_25>s0_5:speaker,"
        + "q21_25>c6_9:cue'",
  })
  void derivesRegionIdsFromOffsetsAndSharesSpeakerRegions(String expected) throws IOException {
    String t = "بوتين قال لهم \"نعم\" و\"لا\"";
    Entity putin = new Entity(new Span(0, 5), EntityType.PER, "");
    Document d = Document.of("d", t)
        .withLayer(Entity.class, List.of(putin, new Entity(new Span(0, 5), EntityType.of("HERO"), "")))
        .withLayer(Quotation.class, List.of(
            new Quotation(new Span(14, 19), new Span(15, 18), QuoteKind.SPEECH, false,
                new Span(0, 5), new Span(6, 9), putin),
            new Quotation(new Span(21, 25), new Span(22, 24), QuoteKind.SPEECH, false,
                new Span(0, 5), new Span(6, 9), putin)));
    String[] out = write(List.of(d));
    List<String> ids = new ArrayList<>();
    for (JsonNode r : MAPPER.readTree(out[0]).at("/0/predictions/0/result")) {
      ids.add(r.has("id")
          ? r.get("id").textValue()
          : r.get("from_id").textValue() + ">" + r.get("to_id").textValue() + ":"
              + r.at("/labels/0").textValue());
    }
    assertEquals(expected, String.join(",", ids));
    assertEquals(CONFIG.formatted("    <Label value=\"HERO\"/>\n"), out[1]);
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.labelstudio;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawsim.core.Document;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.HumanLayers;
import org.tawsim.export.testing.TestDocuments;

class LabelStudioReaderTest {

  /** What one import gave: the documents, the rejections and the notices. */
  record Import(List<Document> docs, List<String> rejected, List<String> notices, int repairs) {}

  static Import read(String json) throws IOException {
    RejectHandler.Collecting rejects = RejectHandler.collecting();
    List<String> notices = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    try (LabelStudioReader r = new LabelStudioReader("tasks.json",
        new ByteArrayInputStream(json.getBytes(UTF_8)), rejects, notices::add)) {
      for (Optional<Document> d = r.read(); d.isPresent(); d = r.read()) {
        docs.add(d.get());
      }
      List<String> rejected = new ArrayList<>();
      rejects.rejections().forEach(e -> rejected.add(e.getMessage()));
      return new Import(docs, rejected, notices, r.repairs());
    }
  }

  /** The exported tasks with their predictions made the annotation a person submitted. */
  static String annotated(List<Document> docs) throws IOException {
    return LabelStudioWriterTest.write(docs)[0].replace("\"predictions\":[{\"model_version\":\"tawsim\",",
        "\"annotations\":[{\"id\":1,");
  }

  @Test
  void readsBackEveryEntityAndQuotationOfTheGoldenDocuments() throws IOException {
    Import in = read(annotated(TestDocuments.golden()));
    assertEquals(List.of(), in.rejected());
    assertEquals(List.of(), in.notices());
    assertEquals(2, in.docs().size());
    for (int i = 0; i < 2; i++) {
      Document original = TestDocuments.golden().get(i);
      Document back = in.docs().get(i);
      assertEquals(original.id(), back.id());
      assertEquals(original.text(), back.text());
      assertEquals(original.metadata().get("source"), back.metadata().get("source"));
      assertEquals("entities,quotes", back.metadata().get(HumanLayers.KEY));
      assertEquals(TestDocuments.entities(original), TestDocuments.entities(back));
      assertEquals(TestDocuments.quotes(original), TestDocuments.quotes(back));
    }
  }

  private static final String TEXT = "😀👍🏽 قال بوتين في موسكو";

  private static String task(String annotations) {
    return "[{\"data\":{\"id\":\"t1\",\"text\":\"" + TEXT + "\"},\"annotations\":[" + annotations
        + "]}]";
  }

  private static String region(String id, Object start, Object end, String text, String label) {
    return "{\"id\":\"" + id + "\",\"from_name\":\"label\",\"to_name\":\"text\",\"type\":\"labels\","
        + "\"value\":{\"start\":" + start + ",\"end\":" + end + ",\"text\":\"" + text
        + "\",\"labels\":[\"" + label + "\"]}}";
  }

  // 😀 is one code point, 👍🏽 two: بوتين is [8, 13) in code points, [11, 16) in UTF-16
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "8  | 13 | PER[11, 16) | 0 | ",
    "7  | 12 | PER[11, 16) | 1 | repaired: task 't1', region r1: [7, 12) moved to [8, 13), where its text 'بوتين' is",
    "10 | 15 | PER[11, 16) | 1 | repaired: task 't1', region r1: [10, 15) moved to [8, 13), where its text 'بوتين' is",
    // UTF-16 offsets, three off after the emoji: too far to guess
    "11 | 16 | ''         | 0 | tasks.json: task 't1', region r1: value.text 'بوتين' is not at [11, 16) (which holds 'ين في') nor within 2 characters of it",
    "5  | 10 | ''         | 0 | tasks.json: task 't1', region r1: value.text 'بوتين' is not at [5, 10) (which holds 'ال بو') nor within 2 characters of it",
    "8  | 30 | ''         | 0 | tasks.json: task 't1', region r1: offsets [8, 30) out of range for a text of 22 code points",
    // 3.7 is not 3: a fractional offset is no offset
    "8.7 | 13 | ''        | 0 | tasks.json: task 't1', region r1: offsets [8.7, 13) are not whole numbers",
    "8  | 13.0 | ''        | 0 | tasks.json: task 't1', region r1: offsets [8, 13.0) are not whole numbers",
  })
  void movesARegionOntoItsTextWithinTwoCharactersElseRejectsTheTask(
      String start, String end, String expected, int repairs, String message) throws IOException {
    Import in = read(task("{\"result\":[" + region("r1", start, end, "بوتين", "PER") + "]}"));
    assertEquals(expected, in.docs().isEmpty() ? "" : TestDocuments.entities(in.docs().get(0)));
    assertEquals(repairs, in.repairs());
    List<String> said = new ArrayList<>(in.notices());
    said.addAll(in.rejected());
    assertEquals(message == null ? List.of() : List.of(message), said);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // annotations: id, updated_at (- for none), cancelled, the region's label
    "1,2024-05-01T10:00:00Z,false,PER;2,2024-04-01T10:00:00Z,false,LOC | PER[11, 16) | ",
    "1,2024-04-01T10:00:00Z,false,PER;2,2024-05-01T10:00:00.5Z,false,LOC | LOC[11, 16) | ",
    "1,2024-05-01T10:00:00Z,false,PER;2,-,false,LOC                      | LOC[11, 16) | ",
    "1,-,false,PER;2,-,true,LOC                                          | PER[11, 16) | task 't1': annotation 2 was cancelled; not imported",
    "1,-,true,PER                                                        | rejected    | task 't1': annotation 1 was cancelled; not imported//tasks.json: task 't1': every annotation was cancelled (1)",
    "''                                                                  | rejected    | tasks.json: task 't1': no annotation (not labelled yet)",
  })
  void theLastAnnotationWinsAndCancelledOnesAreReported(
      String annotations, String expected, String messages) throws IOException {
    List<String> list = new ArrayList<>();
    for (String a : annotations.isEmpty() ? new String[0] : annotations.split(";")) {
      String[] f = a.split(",");
      list.add("{\"id\":" + f[0] + (f[1].equals("-") ? "" : ",\"updated_at\":\"" + f[1] + "\"")
          + ",\"was_cancelled\":" + f[2] + ",\"result\":[" + region("r", 8, 13, "بوتين", f[3]) + "]}");
    }
    Import in = read(task(String.join(",", list)));
    assertEquals(expected, in.docs().isEmpty() ? "rejected" : TestDocuments.entities(in.docs().get(0)));
    List<String> said = new ArrayList<>(in.notices());
    said.addAll(in.rejected());
    assertEquals(messages == null ? List.of() : List.of(messages.split("//")), said);
  }

  @Test
  void turnsAnUnknownLabelIntoANewTypeWithOneNotice() throws IOException {
    Import in = read(task("{\"result\":[" + region("a", 8, 13, "بوتين", "Person") + ","
        + region("b", 17, 22, "موسكو", "Person") + "," + region("c", 17, 22, "موسكو", "LOC") + "]}"));
    assertEquals("PERSON[11, 16) PERSON[20, 25) LOC[20, 25)", TestDocuments.entities(in.docs().get(0)));
    assertEquals(List.of("unknown label 'Person' imported as a new entity type PERSON"), in.notices());
  }

  @Test
  void reportsNoRepairForATaskThatIsRejected() throws IOException {
    Import in = read(task("{\"result\":[" + region("a", 7, 12, "بوتين", "PER") + ","
        + region("b", 0, 3, "موسكو", "LOC") + "]}"));
    assertEquals(List.of(), in.docs());
    assertEquals(0, in.repairs());
    assertEquals(List.of(), in.notices());
    assertEquals(List.of("tasks.json: task 't1', region b: value.text 'موسكو' is not at [0, 3)"
        + " (which holds '😀👍🏽') nor within 2 characters of it"), in.rejected());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "PER      | PER             | ",
    "' per '  | PER             | label ' per ' imported as entity type PER",
    "event    | EVENT           | unknown label 'event' imported as a new entity type EVENT",
    "work of art | WORK_OF_ART  | unknown label 'work of art' imported as a new entity type WORK_OF_ART",
    "شخص      | U0634U062EU0635 | unknown label 'شخص' imported as a new entity type U0634U062EU0635",
    "3D       | X_3D            | unknown label '3D' imported as a new entity type X_3D",
  })
  void namesATypeForEveryLabel(String label, String type, String notice) throws IOException {
    Import in = read(task("{\"result\":[" + region("a", 8, 13, "بوتين", label) + "]}"));
    assertEquals(type + "[11, 16)", TestDocuments.entities(in.docs().get(0)));
    assertEquals(notice == null ? List.of() : List.of(notice), in.notices());
  }

  @Test
  void readsTasksOneAfterAnotherAndLabelStudiosOwnIds() throws IOException {
    String json = "{\"id\":7,\"data\":{\"text\":\"قال\"},\"annotations\":[{\"result\":[]}]}\n"
        + "{\"id\":8,\"data\":{\"id\":\"x\",\"text\":\"في\"},\"annotations\":[{\"result\":[]}]}\n";
    Import in = read(json);
    assertEquals(List.of("7", "x"), in.docs().stream().map(Document::id).toList());
  }

  @Test
  void stopsAtJsonThatIsBrokenNamingThePlace() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> read("[{\"data\":{\"id\":\"a\",\"text\":\"x\"},\"annotations\":[{\"result\":[]}]},\n{\"data\": ]"));
    String prefix = "tasks.json: line 2, column 10: not a Label Studio JSON export (Unexpected"
        + " character (']' (code 93))";
    assertEquals(prefix, e.getMessage().substring(0, prefix.length()));
  }
}

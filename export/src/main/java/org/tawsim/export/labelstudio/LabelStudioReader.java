/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.labelstudio;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentReader;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.RejectHandler;
import org.tawsim.export.internal.EntityLabels;
import org.tawsim.export.internal.ToolFields;

/**
 * Reads a Label Studio export (JSON: an array of tasks, or tasks one after another as JSONL) back
 * into documents with the person's layers: entities from the {@code label} control, quotations
 * with their speakers and cues from the {@code quote} control (see {@link LabelStudioWriter}).
 *
 * <p>Per task: the id is {@code data.id} (else Label Studio's own task {@code id}), the text {@code
 * data.text}, the metadata {@code data.meta}, marked with {@link org.tawsim.export.HumanLayers}.
 * Of its annotations, cancelled ones ({@code was_cancelled}) are left out with a notice; of the
 * rest the last wins: the latest {@code updated_at} when every one has it, else the last in the
 * list. Predictions are never read. A task with no annotation left is rejected, as is a task
 * whose region is out of range, or whose {@code value.text} is neither at its offsets nor within
 * {@value RegionRepair#REACH} characters of them; a region found nearby is moved there, counted
 * and told in a notice naming the task and the region, which begins with {@link
 * org.tawsim.export.Formats#REPAIR_NOTICE}. A label outside
 * Tawsim's usual types becomes a new type, with a notice.
 *
 * <p>The file is streamed with Jackson's parser: one task at a time is in memory, whatever the
 * export's size. A rejected task goes to the {@link RejectHandler} (input: the file; location: the
 * task's id, or its number from 1) and reading goes on; a file that is not JSON stops with an
 * {@link InvalidInputException} at the place. Offsets are code points in the file and UTF-16 in
 * the documents. Not thread-safe; closes the stream when closed.
 */
public final class LabelStudioReader implements DocumentReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String input;
  private final InputStream in;
  private final JsonParser parser;
  private final RejectHandler rejects;
  private final Consumer<String> notices;
  private final TaskParser tasks;
  private boolean array;
  private boolean started;
  private int number;

  /**
   * Creates a reader.
   *
   * @param input the input's name, for messages
   * @param in the bytes (UTF-8); closed with the reader
   * @param rejects what to do with a task that cannot be imported
   * @param notices hears of each repair, cancelled annotation and new label
   * @throws java.io.IOException when the stream cannot be read
   */
  public LabelStudioReader(
      String input, InputStream in, RejectHandler rejects, Consumer<String> notices)
      throws IOException {
    this.input = Objects.requireNonNull(input, "input");
    this.in = Objects.requireNonNull(in, "in");
    this.rejects = Objects.requireNonNull(rejects, "rejects");
    this.notices = Objects.requireNonNull(notices, "notices");
    this.parser = MAPPER.getFactory().createParser(in);
    this.tasks = new TaskParser(input, new EntityLabels(notices), notices);
  }

  /** {@return how many regions were moved onto their text so far} */
  int repairs() {
    return tasks.repairs;
  }

  @Override
  public Optional<Document> read() throws IOException {
    while (true) {
      JsonToken t = next();
      if (t == null || (array && t == JsonToken.END_ARRAY)) {
        return Optional.empty();
      }
      number++;
      if (t != JsonToken.START_OBJECT) {
        parser.skipChildren();
        rejects.reject(new InvalidInputException(input, "task " + number, "not a JSON object"));
        continue;
      }
      JsonNode task;
      try {
        task = MAPPER.readTree(parser);
      } catch (JsonProcessingException e) {
        throw notJson(e);
      }
      try {
        return Optional.of(parse(task));
      } catch (InvalidInputException e) {
        rejects.reject(e);
      }
    }
  }

  private JsonToken next() throws IOException {
    try {
      JsonToken t = parser.nextToken();
      if (!started) {
        started = true;
        if (t == JsonToken.START_ARRAY) {
          array = true;
          t = parser.nextToken();
        }
      }
      return t;
    } catch (JsonProcessingException e) {
      throw notJson(e);
    }
  }

  private InvalidInputException notJson(JsonProcessingException e) {
    return new InvalidInputException(input,
        "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(),
        "not a Label Studio JSON export (" + e.getOriginalMessage() + ")", e);
  }

  private Document parse(JsonNode task) throws InvalidInputException {
    JsonNode data = task.get("data");
    String id = ToolFields.id(data == null ? null : data.get("id"));
    if (id == null) {
      id = ToolFields.id(task.get("id"));
    }
    String where = id == null ? "task " + number : "task '" + id + "'";
    if (id == null) {
      throw new InvalidInputException(input, where, "no data.id and no task id");
    }
    JsonNode text = data == null ? null : data.get("text");
    if (text == null || !text.isTextual()) {
      throw new InvalidInputException(input, where, "no data.text string");
    }
    Map<String, String> meta = ToolFields.metadata(data.get("meta"), List.of());
    JsonNode annotation = lastAnnotation(task.get("annotations"), where);
    try {
      return tasks.document(Document.of(id, text.textValue(), meta), annotation.get("result"), where);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(input, where, e.getMessage(), e);
    }
  }

  /** The annotation that wins: see the class comment. */
  private JsonNode lastAnnotation(JsonNode annotations, String where)
      throws InvalidInputException {
    List<JsonNode> kept = new ArrayList<>();
    int cancelled = 0;
    if (annotations != null && annotations.isArray()) {
      for (JsonNode a : annotations) {
        if (a.path("was_cancelled").asBoolean(false)) {
          cancelled++;
          notices.accept(where + ": annotation " + a.path("id").asText("?")
              + " was cancelled; not imported");
        } else {
          kept.add(a);
        }
      }
    }
    if (kept.isEmpty()) {
      throw new InvalidInputException(input, where, cancelled == 0
          ? "no annotation (not labelled yet)"
          : "every annotation was cancelled (" + cancelled + ")");
    }
    JsonNode last = null;
    Instant latest = null;
    for (JsonNode a : kept) {
      Instant at = instant(a.get("updated_at"));
      if (at == null) {
        return kept.get(kept.size() - 1); // not every one has a time: the list order decides
      }
      if (latest == null || !at.isBefore(latest)) {
        latest = at;
        last = a;
      }
    }
    return last;
  }

  private static Instant instant(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return null;
    }
    try {
      return Instant.parse(node.textValue());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try (in) {
      parser.close();
    }
  }
}

package org.tawsim.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tawsim.export.dataset.DatasetBuilder;
import org.tawsim.export.jsonl.JsonlWriter;

/**
 * The output formats {@code tawsim build --formats} knows, by name, each with its file extension
 * and writer.
 */
final class BuildFormats {

  /** A format: its file extension and how to open its writer. */
  record Entry(String extension, DatasetBuilder.WriterFactory factory) {}

  private static final Map<String, Entry> FORMATS = new LinkedHashMap<>();

  static {
    FORMATS.put("jsonl", new Entry(".jsonl", JsonlWriter::to));
  }

  private BuildFormats() {}

  /**
   * Adds the named formats to the builder, in the order given.
   *
   * @throws IllegalArgumentException naming an unknown format and the known ones
   */
  static void addTo(DatasetBuilder.Builder builder, List<String> names) {
    for (String name : names) {
      Entry e = FORMATS.get(name);
      if (e == null) {
        throw new IllegalArgumentException(
            "unknown format '" + name + "' (available: " + String.join(", ", FORMATS.keySet()) + ")");
      }
      builder.format(name, e.extension(), e.factory());
    }
  }
}

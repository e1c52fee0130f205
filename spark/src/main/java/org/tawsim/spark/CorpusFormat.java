package org.tawsim.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Locale;
import org.tawsim.core.DocumentWriter;
import org.tawsim.export.jsonl.JsonlWriter;

/**
 * An output format by name, as {@code tawsim build --formats} names it: its folder, its file
 * extension and how to open its writer on an executor. Only the name travels to the executors.
 */
record CorpusFormat(String name, String extension) implements Serializable {

  /**
   * Returns the format of this name.
   *
   * @throws IllegalArgumentException naming the formats there are, for an unknown name
   */
  static CorpusFormat named(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("jsonl")) {
      return new CorpusFormat("jsonl", ".jsonl");
    }
    throw new IllegalArgumentException("unknown format '" + name + "'; known: jsonl");
  }

  /** Returns a writer onto the stream; it does not close the stream. */
  DocumentWriter open(OutputStream out) throws IOException {
    return JsonlWriter.to(out);
  }
}

package org.tawsim.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import org.tawsim.core.DocumentWriter;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.OutputFormat;

/**
 * An output format of the job: an {@link OutputFormat} by name (only the name travels to the
 * executors), written with {@link ExportOptions#defaults()}, to {@code NAME/SPLIT/part-N.EXT}.
 *
 * <p>{@code hf} is not offered: its label list covers the whole corpus, and each task sees only
 * its partition.
 */
record CorpusFormat(String name, String extension) implements Serializable {

  /**
   * Returns the format of this name.
   *
   * @throws IllegalArgumentException naming the formats there are, for an unknown name or hf
   */
  static CorpusFormat named(String name) {
    OutputFormat f = OutputFormat.fromLabel(name.trim());
    if (f == OutputFormat.HF) {
      throw new IllegalArgumentException(
          "format hf is not available in the Spark job yet: its label list spans every"
              + " partition; use tawsim build, or tawsim export on the jsonl output");
    }
    return new CorpusFormat(f.label(), f.extension());
  }

  /** Returns true when the format writes tokens, so documents need a token layer. */
  boolean needsTokens() {
    return OutputFormat.fromLabel(name).needsTokens();
  }

  /** Returns a writer onto the stream; it does not close the stream. */
  DocumentWriter open(OutputStream out) throws IOException {
    return OutputFormat.fromLabel(name).open(out, null, ExportOptions.defaults());
  }
}

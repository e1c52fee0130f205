/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.tawsim.core.InvalidInputException;

/** Reports rejected inputs: a count and each reason on stderr, and a JSONL file of them. */
final class Rejects {

  private Rejects() {}

  /**
   * Prints the summary and writes the rejects file.
   *
   * @param path where to write the rejects as JSONL, or null to write none
   * @return the exit code: 0 when nothing was rejected, else {@link Tawsim#EXIT_REJECTS}
   */
  static int report(PrintWriter err, List<InvalidInputException> rejected, int written, String path)
      throws IOException {
    if (rejected.isEmpty()) {
      return 0;
    }
    for (InvalidInputException e : rejected) {
      err.println("rejected: " + e.getMessage());
    }
    if (path != null) {
      Output out = Output.open(path, System.out);
      try (out;
          JsonGenerator json =
              new JsonFactory().createGenerator(out.stream(), JsonEncoding.UTF8)) {
        json.setRootValueSeparator(null);
        for (InvalidInputException e : rejected) {
          json.writeStartObject();
          json.writeStringField("input", e.input());
          json.writeStringField("location", e.location());
          json.writeStringField("reason", e.reason());
          json.writeEndObject();
          json.writeRaw('\n');
        }
        json.close();
        out.commit();
      }
    }
    err.println(
        written
            + " documents written, "
            + rejected.size()
            + " inputs rejected"
            + (path == null ? "" : " (listed in " + path + ")"));
    err.flush();
    return Tawsim.EXIT_REJECTS;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.example.consumer;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.tawsim.annotate.Annotators;
import org.tawsim.core.Document;
import org.tawsim.core.DocumentWriter;
import org.tawsim.core.Entity;
import org.tawsim.core.Pipeline;
import org.tawsim.core.Quotation;
import org.tawsim.export.ExportOptions;
import org.tawsim.export.Formats;
import org.tawsim.export.OutputFormat;

/** Annotates one Arabic sentence and prints its entities, its quotation and its CoNLL. */
public final class Consumer {

  private Consumer() {}

  public static void main(String[] args) throws Exception {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    Pipeline pipeline = Annotators.defaultPipeline();
    Document doc = pipeline.annotate(Document.of("consumer-1",
        "وقال وزير الخارجية سامح شكري في القاهرة: «نرحب بالحوار»."));
    for (Entity e : doc.layer(Entity.class)) {
      out.println(e.type() + " " + doc.text(e.span()));
    }
    for (Quotation q : doc.layer(Quotation.class)) {
      out.println(q.speakerSpan().map(doc::text).orElse("?") + ": " + doc.text(q.content()));
    }
    try (DocumentWriter conll = Formats.writer(OutputFormat.CONLL, out, ExportOptions.defaults())) {
      conll.write(doc);
    }
    out.flush();
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON generators every JSON writer of this module writes with: UTF-8, emoji written as their
 * UTF-8 bytes rather than as {@code \uD83D\uDE00} escapes (smaller, readable, equal to a reader, and
 * the same bytes from every writer), and the stream left open when the generator closes, because a
 * writer closes only what it opened. Not API. Thread-safe.
 */
public final class JsonOutput {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build();

  private JsonOutput() {}

  /** {@return a UTF-8 generator onto {@code out}, which closing the generator leaves open} */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    return FACTORY.createGenerator(out, JsonEncoding.UTF8);
  }
}

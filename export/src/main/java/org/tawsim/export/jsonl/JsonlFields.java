/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.jsonl;

import org.tawsim.export.JsonlLayer;

/** Field names of native JSONL, shared by the writer and the reader. */
final class JsonlFields {
  static final String ID = "id";
  static final String TEXT = "text";
  static final String META = "meta";
  static final String ZONES = JsonlLayer.ZONES.label();
  static final String SENTENCES = JsonlLayer.SENTENCES.label();
  static final String TOKENS = JsonlLayer.TOKENS.label();
  static final String ENTITIES = JsonlLayer.ENTITIES.label();
  static final String QUOTES = JsonlLayer.QUOTES.label();
  static final String START = "start";
  static final String END = "end";
  static final String TYPE = "type";
  static final String NORM = "norm";
  static final String SOURCE = "source";
  static final String KIND = "kind";
  static final String UNCLOSED = "unclosed";
  static final String CONTENT = "content";
  static final String SPEAKER = "speaker";
  static final String CUE = "cue";
  static final String SPEAKER_ENTITY = "speaker_entity";
  static final String SPEAKER_IMPLICIT = "speaker_implicit";

  private JsonlFields() {}
}

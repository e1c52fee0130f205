/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.labelstudio;

/** Names Label Studio's task files and Tawsim's labelling configuration share: writer and reader. */
final class LabelStudioFields {
  /** The control that holds entities. */
  static final String ENTITY_CONTROL = "label";
  /** The control that holds quotations, their speakers and cues. */
  static final String QUOTE_CONTROL = "quote";
  /** The object tag both controls label. */
  static final String TEXT_OBJECT = "text";

  private LabelStudioFields() {}
}

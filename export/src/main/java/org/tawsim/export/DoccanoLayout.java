/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export;

/**
 * Which of doccano's two import layouts the {@code doccano} format writes ({@link
 * ExportOptions#withDoccano}); offsets are code points, end exclusive, in both.
 */
public enum DoccanoLayout {
  /**
   * For sequence labelling projects: {@code {"id":..,"text":..,"label":[[4,18,"PER"],...]}}, a list
   * of {@code [start, end, type]}, entities only.
   */
  SPANS,
  /**
   * For relation projects: {@code entities} and {@code relations}, quotations with their speaker and
   * cue included, linked from the quote by relations of those types.
   */
  RELATIONS
}

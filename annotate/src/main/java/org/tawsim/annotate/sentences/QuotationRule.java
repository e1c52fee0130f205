/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.sentences;

/**
 * Whether a sentence may end inside a closed quotation.
 *
 * <p>News pages keep a quotation whole with its reporting clause ({@code قال "...جملة. جملة..."} is
 * one sentence), which is {@link #KEEP_WHOLE}, the default. Corpora segmented like their English
 * source, such as NTREX-128, end sentences inside quotations; {@link #SPLIT} follows them.
 */
public enum QuotationRule {
  /** No sentence ends inside a closed quotation. */
  KEEP_WHOLE,
  /** Quotations are ignored: a sentence may end inside one. */
  SPLIT
}

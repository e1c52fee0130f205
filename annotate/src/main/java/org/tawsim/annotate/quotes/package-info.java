/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Quotations: pairing quotation marks, telling speech from names and terms, and attributing
 * speech to its speaker.
 *
 * <p>Most users need only {@link org.tawsim.annotate.quotes.QuotationTagger}, which the default
 * pipeline runs last. {@link org.tawsim.annotate.quotes.QuotePairer} pairs marks on its own; {@link
 * org.tawsim.annotate.quotes.CueLexicon} replaces or extends the word lists the tagger uses.
 */
package org.tawsim.annotate.quotes;

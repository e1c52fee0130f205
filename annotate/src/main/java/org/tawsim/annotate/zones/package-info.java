/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Page zones: {@link org.tawsim.annotate.zones.ZoneTagger} marks the headline, dateline, body,
 * subheadings, lists and the furniture of a scraped news page (source line, keywords, related
 * articles); {@link org.tawsim.annotate.zones.ZoneCues} holds the cue words it goes by, and {@link
 * org.tawsim.annotate.zones.Datelines} the one definition of a dateline, which the sentence
 * annotator also uses to split a title run into its article's dateline.
 */
package org.tawsim.annotate.zones;

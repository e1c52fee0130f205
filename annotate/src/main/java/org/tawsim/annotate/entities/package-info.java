/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The rule-based Arabic entity tagger. Most users need only {@link
 * org.tawsim.annotate.entities.ArabicEntityTagger} ({@code ArabicEntityTagger.create()}, or its
 * builder to add lists and types); it is in {@link org.tawsim.annotate.Annotators#defaultPipeline()}.
 *
 * <p>The lists it matches are data under {@code src/main/resources/org/tawsim/annotate/entities/},
 * each with its source on its first lines. The named lists are generated from open data by {@code
 * EntityListGenerator} (a program of this package; its javadoc gives the command), the CLDR lists
 * are written from ICU4J into the jar at build time; their licences are in the repository's
 * NOTICE.
 */
package org.tawsim.annotate.entities;

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The document model of Tawsim.
 *
 * <p>Most users need only {@link org.tawsim.core.Document} (an immutable text with annotation
 * layers), the annotation records {@link org.tawsim.core.Sentence}, {@link org.tawsim.core.Token},
 * {@link org.tawsim.core.Entity}, {@link org.tawsim.core.Quotation} and {@link
 * org.tawsim.core.Zone}, and {@link org.tawsim.core.Pipeline}, which runs {@link
 * org.tawsim.core.Annotator}s in a checked order. A document keeps its token layer as a {@link
 * org.tawsim.core.TokenList} (offsets in arrays, not one object per token); loops over long
 * documents read it through {@link org.tawsim.core.Document#tokens()}.
 *
 * <p>All offsets here are UTF-16 units into {@link org.tawsim.core.Document#text()}, half-open.
 */
package org.tawsim.core;

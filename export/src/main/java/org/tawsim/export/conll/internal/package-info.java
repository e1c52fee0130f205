/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The CoNLL-2002/2003 writer, which {@link org.tawsim.export.Formats} opens with the {@link
 * org.tawsim.export.conll.ConllLayout}, {@link org.tawsim.export.conll.DocStart} and {@link
 * org.tawsim.export.conll.TagScheme} of its {@link org.tawsim.export.ExportOptions}. Not exported
 * from the module: its package, {@code conll}, is, for the tag schemes and the reader.
 */
package org.tawsim.export.conll.internal;

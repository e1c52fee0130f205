/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Helpers the writers and readers of this module share across its packages. Not exported, but to
 * {@code org.tawsim.eval}, whose gold readers read spans with {@link
 * org.tawsim.export.internal.CodePointSpans} as the format readers do.
 */
package org.tawsim.export.internal;

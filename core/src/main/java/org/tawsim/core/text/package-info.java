/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Arabic text basics.
 *
 * <p>Most users need {@link org.tawsim.core.text.ArabicNormalizer} (a normalised view of a text for
 * matching) and the {@link org.tawsim.core.text.NormalizedText} it returns, which maps spans of the
 * view back to the original text and forward. {@link org.tawsim.core.text.ArabicCharacters} names
 * Arabic characters and character classes; {@link org.tawsim.core.text.CodePointOffsets} converts
 * offsets between UTF-16 units and code points.
 */
package org.tawsim.core.text;

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Tokens: {@link org.tawsim.annotate.tokens.ArabicTokenizer} produces the {@link
 * org.tawsim.core.Token} layer; {@link org.tawsim.annotate.tokens.ArabicClitics} offers the
 * candidate proclitic segmentations of a word (و ف ب ل ك س and the article ال) for annotators that
 * look words up.
 */
package org.tawsim.annotate.tokens;

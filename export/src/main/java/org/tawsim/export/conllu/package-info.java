/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * CoNLL-U, the format of Universal Dependencies: {@link org.tawsim.export.conllu.ConlluWriter} with
 * entity tags and spacing in MISC, and {@link org.tawsim.export.conllu.ConlluReader}, both opened
 * through {@link org.tawsim.export.Formats}.
 *
 * <p>Not exported from the module: nothing outside it names these classes.
 */
package org.tawsim.export.conllu;

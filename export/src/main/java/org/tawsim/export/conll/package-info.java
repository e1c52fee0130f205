/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * CoNLL-2002/2003 files: one token per line with its entity tag, an empty line between sentences.
 *
 * <p>{@link org.tawsim.export.Formats} opens {@link org.tawsim.export.conll.ConllWriter}, with
 * the {@link org.tawsim.export.conll.ConllLayout}, {@link org.tawsim.export.conll.DocStart} and
 * {@link org.tawsim.export.conll.TagScheme} of its {@link org.tawsim.export.ExportOptions}, and
 * {@link org.tawsim.export.conll.ConllReader}; the reader's builder reads other columns and one
 * document per sentence. {@link org.tawsim.export.conll.TagScheme} turns entities
 * over tokens ({@link org.tawsim.export.conll.Chunk}s) into tags and back (IOB2/BIO, IOB1, BIOES,
 * IO); the writers of the other token formats reuse it.
 */
package org.tawsim.export.conll;

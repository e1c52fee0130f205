/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Tag schemes and the token view of entities that every token format shares, and the reader of
 * CoNLL-2002/2003 files (one token per line with its entity tag, an empty line between sentences).
 *
 * <p>{@link org.tawsim.export.conll.TagScheme} turns entities over tokens ({@link
 * org.tawsim.export.conll.Chunk}s) into tags and back (IOB2/BIO, IOB1, BIOES, IO); {@link
 * org.tawsim.export.conll.TokenAlignment} aligns a document's entities to whole tokens under a
 * {@link org.tawsim.export.conll.BoundaryPolicy}, and {@link org.tawsim.export.conll.ExportReport}
 * counts what that changed or lost. {@link org.tawsim.export.conll.ConllLayout} and {@link
 * org.tawsim.export.conll.DocStart} are the CoNLL settings of {@link
 * org.tawsim.export.ExportOptions}; {@link org.tawsim.export.Formats} opens the CoNLL writer with
 * them. {@link org.tawsim.export.Formats} also opens {@link org.tawsim.export.conll.ConllReader},
 * whose builder reads other columns and one document per sentence.
 */
package org.tawsim.export.conll;

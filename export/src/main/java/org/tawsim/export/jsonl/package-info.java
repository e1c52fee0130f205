/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * JSONL: Tawsim's native {@link org.tawsim.export.jsonl.JsonlWriter} and {@link
 * org.tawsim.export.jsonl.JsonlReader}, and the flavours other tools import: {@link
 * org.tawsim.export.jsonl.SpacyJsonlWriter} (spaCy, Prodigy), {@link
 * org.tawsim.export.jsonl.HfJsonlWriter} (Hugging Face token classification, with its label list)
 * and {@link org.tawsim.export.jsonl.DoccanoJsonlWriter}, with their readers, all opened through
 * {@link org.tawsim.export.Formats}. Offsets in files are Unicode code points,
 * end exclusive, so that Python's {@code text[start:end]} gets the same characters.
 *
 * <p>Not exported from the module: nothing outside it names these classes.
 */
package org.tawsim.export.jsonl;

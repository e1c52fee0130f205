/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The reader of inputs every command uses: {@link org.tawsim.export.input.InputReader} reads text
 * files, folders, JSONL, gzip and standard input ({@link org.tawsim.export.input.InputFormat}) as
 * documents, without losing one silently.
 */
package org.tawsim.export.input;

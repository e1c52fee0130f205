/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.spark;

import java.io.Serializable;
import org.tawsim.export.input.InputFormat;

/**
 * One input file as the driver found it: its full path (any scheme Hadoop reads), its name in
 * rejections (for a plain local path as {@code tawsim build} names it: the argument, then the path
 * relative to it; else the full path), the document id
 * a text file gets (its path relative to the argument that named it, as {@code tawsim build} gives
 * it), how to read it ({@link InputFormat#TXT} or {@link InputFormat#JSONL}) and its size in
 * bytes.
 */
record InputSource(String path, String name, String id, InputFormat format, long size)
    implements Serializable {}

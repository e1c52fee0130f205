package org.tawsim.spark;

import java.io.Serializable;
import org.tawsim.export.dataset.InputFormat;

/**
 * One input file as the driver found it: its full path (any scheme Hadoop reads), the document id
 * a text file gets (its path relative to the argument that named it, as {@code tawsim build} gives
 * it), how to read it ({@link InputFormat#TXT} or {@link InputFormat#JSONL}) and its size in
 * bytes.
 */
record InputSource(String path, String id, InputFormat format, long size) implements Serializable {}

/**
 * Tawsim's native JSONL: {@link org.tawsim.export.jsonl.JsonlWriter} and {@link
 * org.tawsim.export.jsonl.JsonlReader}. Offsets in files are Unicode code points, end exclusive, so
 * that Python's {@code text[start:end]} gets the same characters.
 */
package org.tawsim.export.jsonl;

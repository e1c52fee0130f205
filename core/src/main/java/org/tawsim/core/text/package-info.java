/**
 * Arabic text basics: offsets in code points and UTF-16 units ({@link
 * org.tawsim.core.text.CodePointOffsets}).
 */
package org.tawsim.core.text;

/** Reading bytes as text without losing or repairing anything: {@link org.tawsim.core.io.StrictUtf8}. */
package org.tawsim.core.io;

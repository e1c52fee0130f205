/** Helpers the writers of this module share. Not API: may change without notice. */
package org.tawsim.export.internal;

/**
 * Tawsim's annotators. Most users need only {@link org.tawsim.annotate.Annotators#defaultPipeline()}.
 */
package org.tawsim.annotate;

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.util.Set;

/**
 * One step of annotation: reads some layers of a document and adds others.
 *
 * <p>An annotator declares the layers it {@link #requires()} and the layers it {@link #produces()},
 * so that a {@link Pipeline} can check its order when it is built rather than halfway through a
 * corpus. Implementations are thread-safe unless their javadoc says loudly that they are not.
 */
public interface Annotator {

  /**
   * {@return a document with the layers this annotator produces added; the text, the metadata and
   * the other layers are unchanged}
   *
   * @param document a document with the layers {@link #requires} names
   */
  Document annotate(Document document);

  /** {@return the layers this annotator reads; each must be produced by an earlier step} */
  Set<Class<? extends Annotation>> requires();

  /** {@return the layers this annotator adds or replaces} */
  Set<Class<? extends Annotation>> produces();

  /** {@return a short name for messages; the simple class name by default} */
  default String name() {
    return getClass().getSimpleName();
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.quotes;

import org.tawsim.core.Entity;
import org.tawsim.core.Span;

/**
 * The speaker given to a quotation: the mention, the entity it links to, and whether it was taken
 * from an earlier sentence. Any part may be missing.
 */
record Speaker(Span span, Entity entity, boolean implicit) {

  static final Speaker NONE = new Speaker(null, null, false);
}

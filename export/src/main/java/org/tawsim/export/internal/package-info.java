/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Helpers the writers and readers of this module share across its packages, which is why they are
 * public. Not API: left out of the javadoc, used nowhere outside this module, may change without
 * notice.
 */
package org.tawsim.export.internal;

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** Helpers the writers of this module share. Not API: may change without notice. */
package org.tawsim.export.internal;

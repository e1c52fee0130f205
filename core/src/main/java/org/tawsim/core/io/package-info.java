/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Reading bytes as text without losing or repairing anything: {@link org.tawsim.core.io.StrictUtf8};
 * word lists, shipped or the user's, in their one format: {@link org.tawsim.core.io.WordLists}.
 */
package org.tawsim.core.io;

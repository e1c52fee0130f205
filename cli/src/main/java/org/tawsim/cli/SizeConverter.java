/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads 1024, 10K or 10M (K = 1024 chars, M = 1048576). */
final class SizeConverter implements CommandLine.ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT);
    int unit = v.endsWith("K") ? 1 << 10 : v.endsWith("M") ? 1 << 20 : 1;
    String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
    long size;
    try {
      size = Long.parseLong(digits) * unit;
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is no size: write chars as 1024, 10K or 10M");
    }
    if (size < 1 || size > 256L << 20) {
      throw new CommandLine.TypeConversionException(
          "size '" + value + "' must be between 1 and 256M chars");
    }
    return (int) size;
  }
}

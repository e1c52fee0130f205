/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.labelstudio;

import static org.tawsim.export.internal.QuotationParts.CUE;
import static org.tawsim.export.internal.QuotationParts.SPEAKER;
import static org.tawsim.export.labelstudio.LabelStudioFields.*;

import java.util.Collection;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tawsim.core.QuoteKind;
import org.tawsim.export.internal.EntityLabels;

/**
 * The labelling configuration of a Label Studio project for Tawsim's tasks: the text shown right to
 * left, a {@code label} control with the entity types, a {@code quote} control with the quotation
 * kinds ({@code SPEECH}, {@code INDIRECT}, {@code OTHER}) and {@code SPEAKER} and {@code CUE}, and
 * the relations {@code speaker} and {@code cue} that link a quotation to them.
 *
 * <p>The entity labels are Tawsim's usual types ({@code PER}, {@code LOC}, {@code ORG}, {@code
 * NORP}, {@code DATE}, {@code TIME}, {@code MONEY}, {@code PERCENT}, {@code MISC}) and any other
 * type given, sorted after them, so an annotator can add an entity of a type the machine missed.
 * The XML is byte-stable: fixed order, {@code \n} line ends.
 */
final class LabelStudioConfig {

  private LabelStudioConfig() {}

  /**
   * {@return the configuration offering the usual types plus {@code extraTypes}}
   *
   * @param extraTypes the other entity types to offer
   */
  public static String xml(Collection<String> extraTypes) {
    SortedSet<String> extra = new TreeSet<>(extraTypes);
    extra.removeAll(EntityLabels.USUAL);
    StringBuilder sb = new StringBuilder("<View>\n");
    sb.append("  <Labels name=\"").append(ENTITY_CONTROL).append("\" toName=\"").append(TEXT_OBJECT)
        .append("\">\n");
    for (String t : EntityLabels.USUAL) {
      label(sb, t);
    }
    for (String t : extra) {
      label(sb, t);
    }
    sb.append("  </Labels>\n");
    sb.append("  <Labels name=\"").append(QUOTE_CONTROL).append("\" toName=\"").append(TEXT_OBJECT)
        .append("\">\n");
    for (QuoteKind k : QuoteKind.values()) {
      label(sb, k.name());
    }
    label(sb, SPEAKER);
    label(sb, CUE);
    sb.append("  </Labels>\n");
    sb.append("  <Relations>\n");
    sb.append("    <Relation value=\"").append(SPEAKER.toLowerCase(Locale.ROOT)).append("\"/>\n");
    sb.append("    <Relation value=\"").append(CUE.toLowerCase(Locale.ROOT)).append("\"/>\n");
    sb.append("  </Relations>\n");
    sb.append("  <View style=\"direction: rtl; text-align: right; font-size: 1.2em\">\n");
    sb.append("    <Text name=\"").append(TEXT_OBJECT).append("\" value=\"$text\"/>\n");
    sb.append("  </View>\n");
    return sb.append("</View>\n").toString();
  }

  // type names are [A-Z][A-Z0-9_-]*: nothing to escape
  private static void label(StringBuilder sb, String value) {
    sb.append("    <Label value=\"").append(value).append("\"/>\n");
  }
}

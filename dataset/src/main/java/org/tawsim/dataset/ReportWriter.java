/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.dataset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders a {@link BuildReport} as {@code stats.json} and as the readable {@code summary.txt}.
 * Both are byte-stable: fixed field order, sorted types and kinds, no times, no thread counts.
 */
final class ReportWriter {

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private ReportWriter() {}

  static void writeJson(BuildReport r, OutputStream out) throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("inputs", r.inputs());
      json.writeNumberField("written", r.written());
      json.writeNumberField("rejected", r.rejected());
      json.writeNumberField("dropped_duplicates", r.droppedDuplicates());
      json.writeBooleanField("reconciles", r.reconciles());
      json.writeObjectFieldStart("details");
      json.writeNumberField("documents_read", r.read());
      json.writeNumberField("rejected_while_reading", r.readRejected());
      json.writeNumberField("rejected_after_reading", r.rejected() - r.readRejected());
      json.writeNumberField("related_split_off", r.splitOff());
      json.writeNumberField("related_left_out", r.relatedLeftOut());
      json.writeNumberField("dropped_exact", r.droppedExact());
      json.writeNumberField("dropped_near", r.droppedNear());
      json.writeNumberField("near_copies_kept", r.nearCopiesKept());
      json.writeEndObject();
      json.writeObjectFieldStart("settings");
      json.writeArrayFieldStart("ratios");
      json.writeNumber(r.splitter().share(Split.TRAIN));
      json.writeNumber(r.splitter().share(Split.DEV));
      json.writeNumber(r.splitter().share(Split.TEST));
      json.writeEndArray();
      json.writeNumberField("seed", r.splitter().seed());
      json.writeStringField("dedup", label(r.dedup()));
      json.writeStringField("pages", label(r.pages()));
      json.writeArrayFieldStart("formats");
      for (String f : r.formats()) {
        json.writeString(f);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeObjectFieldStart("splits");
      for (Map.Entry<Split, SplitStats> e : r.splits().entrySet()) {
        json.writeObjectFieldStart(e.getKey().label());
        splitJson(json, e.getValue());
        json.writeEndObject();
      }
      json.writeObjectFieldStart("total");
      splitJson(json, total(r));
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static void splitJson(JsonGenerator json, SplitStats s) throws IOException {
    json.writeNumberField("documents", s.documents());
    json.writeNumberField("characters", s.characters());
    json.writeNumberField("sentences", s.sentences());
    json.writeNumberField("tokens", s.tokens());
    json.writeNumberField("documents_with_human_layers", s.humanLayers());
    json.writeNumberField("documents_with_machine_layers", s.machineLayers());
    json.writeObjectFieldStart("entities");
    for (Map.Entry<String, Long> e : s.entities().entrySet()) {
      json.writeNumberField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
    json.writeObjectFieldStart("quotations");
    for (Map.Entry<String, Long> e : s.quotations().entrySet()) {
      json.writeNumberField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
  }

  static SplitStats total(BuildReport r) {
    SplitStats total = new SplitStats();
    r.splits().values().forEach(total::addAll);
    return total;
  }

  static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String summary(BuildReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.equation()).append(r.reconciles() ? "" : "  (DOES NOT RECONCILE)").append('\n');
    sb.append(
        String.format(
            Locale.ROOT,
            "  inputs: %d documents read + %d inputs rejected while reading + %d related articles"
                + " split off%n",
            r.read(),
            r.readRejected(),
            r.splitOff()));
    sb.append(
        String.format(
            Locale.ROOT,
            "  dropped duplicates: %d exact + %d near; near copies kept with their group: %d%n",
            r.droppedExact(),
            r.droppedNear(),
            r.nearCopiesKept()));
    if (r.relatedLeftOut() > 0) {
      sb.append("  related articles on pages, not exported: ").append(r.relatedLeftOut()).append('\n');
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "settings: split %s/%s/%s seed %d, dedup %s, pages %s, formats %s%n%n",
            percent(r.splitter().share(Split.TRAIN)),
            percent(r.splitter().share(Split.DEV)),
            percent(r.splitter().share(Split.TEST)),
            r.splitter().seed(),
            label(r.dedup()),
            label(r.pages()),
            String.join(",", r.formats())));
    SplitStats total = total(r);
    String row = "%-10s %10s %12s %10s %10s %10s %12s%n";
    sb.append(
        String.format(
            Locale.ROOT, row, "split", "documents", "characters", "sentences", "tokens", "entities",
            "quotations"));
    for (Map.Entry<Split, SplitStats> e : r.splits().entrySet()) {
      splitRow(sb, row, e.getKey().label(), e.getValue());
    }
    splitRow(sb, row, "total", total);
    Set<String> types = new TreeSet<>(total.entities().keySet());
    if (!types.isEmpty()) {
      sb.append('\n');
      table(sb, "entities", types, r, true);
    }
    Set<String> kinds = new TreeSet<>(total.quotations().keySet());
    if (!kinds.isEmpty()) {
      sb.append('\n');
      table(sb, "quotations", kinds, r, false);
    }
    return sb.toString().replace(System.lineSeparator(), "\n");
  }

  private static void splitRow(StringBuilder sb, String row, String name, SplitStats s) {
    sb.append(
        String.format(
            Locale.ROOT,
            row,
            name,
            s.documents(),
            s.characters(),
            s.sentences(),
            s.tokens(),
            s.entityCount(),
            s.quotationCount()));
  }

  private static void table(
      StringBuilder sb, String title, Set<String> keys, BuildReport r, boolean entities) {
    String row = "%-12s %10s %10s %10s %10s%n";
    sb.append(String.format(Locale.ROOT, row, title, "train", "dev", "test", "total"));
    for (String k : keys) {
      long[] n = new long[4];
      int i = 0;
      for (SplitStats s : r.splits().values()) {
        Map<String, Long> m = entities ? s.entities() : s.quotations();
        n[i++] = m.getOrDefault(k, 0L);
      }
      n[3] = n[0] + n[1] + n[2];
      sb.append(String.format(Locale.ROOT, row, k, n[0], n[1], n[2], n[3]));
    }
  }

  private static String percent(double share) {
    double p = share * 100;
    return p == Math.rint(p) ? Long.toString(Math.round(p)) : String.format(Locale.ROOT, "%.2f", p);
  }
}

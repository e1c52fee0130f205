/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.export.conll;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What writers changed or left out to fit a document into a format, counted, with one warning per
 * case that names the document.
 *
 * <p>Token formats cannot hold everything a document can: entities off token boundaries ({@link
 * BoundaryPolicy}), overlapping or nested entities, an entity across a sentence end, a token with a
 * space inside (a CoNLL column separator). Writers count every such case here and pass a message to
 * the warning sink. Not thread-safe: one report per writer, or per thread.
 *
 * <p>A {@linkplain #recording() recording} report also keeps each case, so that a writer on a worker
 * thread can hand the cases of one document to the report of the file, which counts and warns
 * them in document order ({@link #drain}, {@link #replayInto}). A report is {@link
 * java.io.Serializable}, so that the cases recorded in another process (a Spark executor) reach
 * the report that warns; a report read back warns nobody.
 */
public final class ExportReport implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** The kinds of case, in the order of the counters. */
  private enum Kind { EXPANDED, DROPPED, REWRITTEN, SKIPPED }

  private record Case(Kind kind, String message) implements java.io.Serializable {}

  /** Where warnings go; not serialized: a report read back warns nobody. */
  private transient Consumer<String> warnings;
  /** The cases kept, or null when this report does not record. */
  private final List<Case> recorded;
  /** Entities widened to token boundaries. */
  private long entitiesExpanded;
  /** Entities left out. */
  private long entitiesDropped;
  /** Tokens written with other characters. */
  private long tokensRewritten;
  /** Tokens left out. */
  private long tokensSkipped;

  private ExportReport(Consumer<String> warnings) {
    this(warnings, null);
  }

  private ExportReport(Consumer<String> warnings, List<Case> recorded) {
    this.warnings = warnings;
    this.recorded = recorded;
  }

  /** {@return a report that counts and keeps each case, warning nobody (see the class comment)} */
  public static ExportReport recording() {
    return new ExportReport(w -> {}, new ArrayList<>());
  }

  /**
   * {@return a recording report holding, and counting, the cases this one recorded since the last
   * drain, and forgets them here (the counts stay)}
   *
   * @throws IllegalStateException when this report does not record
   */
  public ExportReport drain() {
    ExportReport taken = recording();
    replayInto(taken);
    recorded.clear();
    return taken;
  }

  /**
   * Counts and warns every case this recording report holds in {@code target}, in their order.
   *
   * @param target the report to replay into
   */
  public void replayInto(ExportReport target) {
    if (recorded == null) {
      throw new IllegalStateException("this report does not record its cases");
    }
    for (Case c : recorded) {
      switch (c.kind()) {
        case EXPANDED -> target.entityExpanded(c.message());
        case DROPPED -> target.entityDropped(c.message());
        case REWRITTEN -> target.tokenRewritten(c.message());
        case SKIPPED -> target.tokenSkipped(c.message());
      }
    }
  }

  private void keep(Kind kind, String message) {
    if (recorded != null) {
      recorded.add(new Case(kind, message));
    }
  }

  /**
   * {@return a report that passes each warning to {@code warnings}}
   *
   * @param warnings receives each warning
   */
  public static ExportReport to(Consumer<String> warnings) {
    return new ExportReport(Objects.requireNonNull(warnings, "warnings"));
  }

  /** {@return a report that only counts} */
  public static ExportReport counting() {
    return new ExportReport(w -> {});
  }

  void entityExpanded(String message) {
    entitiesExpanded++;
    keep(Kind.EXPANDED, message);
    warnings.accept(message);
  }

  void entityDropped(String message) {
    entitiesDropped++;
    keep(Kind.DROPPED, message);
    warnings.accept(message);
  }

  /**
   * Counts a token whose text a writer changed to fit its format, such as a space inside a token
   * of a format whose columns spaces separate. Token alignment ({@link TokenAlignment#of}) counts
   * the other cases itself; a writer of a token format counts this one.
   *
   * @param message the warning
   */
  public void tokenRewritten(String message) {
    tokensRewritten++;
    keep(Kind.REWRITTEN, message);
    warnings.accept(message);
  }

  /** Counts a token left out (an empty one: no format can write it). */
  void tokenSkipped(String message) {
    tokensSkipped++;
    keep(Kind.SKIPPED, message);
    warnings.accept(message);
  }

  /** {@return how many entities were widened to token boundaries} */
  public long entitiesExpanded() {
    return entitiesExpanded;
  }

  /** {@return how many entities were left out} */
  public long entitiesDropped() {
    return entitiesDropped;
  }

  /** {@return how many tokens were written with other characters (spaces replaced)} */
  public long tokensRewritten() {
    return tokensRewritten;
  }

  /** {@return how many tokens were left out (empty tokens)} */
  public long tokensSkipped() {
    return tokensSkipped;
  }

  /**
   * Reads a report back, which warns nobody.
   *
   * @param in the stream
   * @throws java.io.IOException when the stream fails
   * @throws ClassNotFoundException when a class of the report is missing
   */
  private void readObject(java.io.ObjectInputStream in)
      throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    warnings = w -> {};
  }

  /** {@return true when nothing was changed or left out} */
  public boolean isClean() {
    return entitiesExpanded + entitiesDropped + tokensRewritten + tokensSkipped == 0;
  }

  /** {@return a one-line summary such as {@code "2 entities expanded, 0 dropped, ..."}} */
  public String summary() {
    return entitiesExpanded + " entities expanded to token boundaries, " + entitiesDropped
        + " entities dropped, " + tokensRewritten + " tokens rewritten, " + tokensSkipped
        + " tokens skipped";
  }
}

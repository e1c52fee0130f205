package org.tawsim.export.conll;

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
 */
public final class ExportReport {

  private final Consumer<String> warnings;
  private long entitiesExpanded;
  private long entitiesDropped;
  private long tokensRewritten;
  private long tokensSkipped;

  private ExportReport(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  /** Returns a report that passes each warning to {@code warnings}. */
  public static ExportReport to(Consumer<String> warnings) {
    return new ExportReport(Objects.requireNonNull(warnings, "warnings"));
  }

  /** Returns a report that only counts. */
  public static ExportReport counting() {
    return new ExportReport(w -> {});
  }

  void entityExpanded(String message) {
    entitiesExpanded++;
    warnings.accept(message);
  }

  void entityDropped(String message) {
    entitiesDropped++;
    warnings.accept(message);
  }

  /** Counts a token whose text was changed to fit the format (public for the line writers). */
  public void tokenRewritten(String message) {
    tokensRewritten++;
    warnings.accept(message);
  }

  /** Counts a token left out (public for the line writers). */
  public void tokenSkipped(String message) {
    tokensSkipped++;
    warnings.accept(message);
  }

  /** Returns how many entities were widened to token boundaries. */
  public long entitiesExpanded() {
    return entitiesExpanded;
  }

  /** Returns how many entities were left out. */
  public long entitiesDropped() {
    return entitiesDropped;
  }

  /** Returns how many tokens were written with other characters (spaces replaced). */
  public long tokensRewritten() {
    return tokensRewritten;
  }

  /** Returns how many tokens were left out (empty tokens). */
  public long tokensSkipped() {
    return tokensSkipped;
  }

  /** Returns true when nothing was changed or left out. */
  public boolean isClean() {
    return entitiesExpanded + entitiesDropped + tokensRewritten + tokensSkipped == 0;
  }

  /** Returns a one-line summary such as {@code "2 entities expanded, 0 dropped, ..."}. */
  public String summary() {
    return entitiesExpanded + " entities expanded to token boundaries, " + entitiesDropped
        + " entities dropped, " + tokensRewritten + " tokens rewritten, " + tokensSkipped
        + " tokens skipped";
  }
}

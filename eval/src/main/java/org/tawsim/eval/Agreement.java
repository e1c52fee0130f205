/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.eval;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.InvalidInputException;
import org.tawsim.core.Token;
import org.tawsim.export.conll.BoundaryPolicy;
import org.tawsim.export.conll.ExportReport;
import org.tawsim.export.conll.TagScheme;
import org.tawsim.export.conll.TokenAlignment;

/**
 * How far two annotations of the same documents agree, the first (A) taken as the reference:
 * entity precision, recall and F1, overall and per type, exact spans and types ({@link
 * EntityScorer}); Cohen's kappa over the tokens' BIO labels; quotation span F1 and speaker
 * agreement over A's speech quotations, one that B lacks counting as a disagreement, as {@link
 * QuotationScorer} scores speakers.
 *
 * <pre>{@code
 * Agreement agreement = new Agreement();
 * agreement.add(machine, corrected);   // same id and text; the first needs a token layer
 * agreement.writeJson(System.out);
 * }</pre>
 *
 * <p>Kappa is computed on A's tokens: both sides' entities are put on them as IOB2 labels, an
 * entity off token boundaries widened to the tokens it overlaps (nested entities keep the outer
 * one), one label per token of every sentence. Not thread-safe.
 */
public final class Agreement {

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final EntityScorer entities = new EntityScorer();
  private final QuotationScorer quotes = new QuotationScorer();
  private final TokenKappa kappa = new TokenKappa();

  /** Creates an agreement that has compared no documents yet. */
  public Agreement() {}

  /**
   * Adds one document as A and B annotated it.
   *
   * @param a the document as annotator A made it
   * @param b the document as annotator B made it
   * @throws IllegalArgumentException when the ids or texts differ, or A has no token layer
   */
  public void add(Document a, Document b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (!a.id().equals(b.id()) || !a.text().equals(b.text())) {
      throw new IllegalArgumentException("document '" + a.id() + "': A and B are not the same"
          + " document (" + (a.id().equals(b.id()) ? "the texts differ" : "ids '" + a.id()
          + "' and '" + b.id() + "'") + ")");
    }
    if (!a.hasLayer(Token.class)) {
      throw new IllegalArgumentException("document '" + a.id() + "': A has no token layer");
    }
    entities.add(a.layer(Entity.class), b.layer(Entity.class));
    quotes.add(a, b);
    List<String> la = labels(a);
    List<String> lb = labels(a.withLayer(Entity.class, b.layer(Entity.class)));
    kappa.add(la, lb);
  }

  private static List<String> labels(Document d) {
    TokenAlignment alignment;
    try {
      alignment = TokenAlignment.of(d, BoundaryPolicy.EXPAND, ExportReport.counting());
    } catch (InvalidInputException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    String[] tags = new String[alignment.tokens().size()];
    for (int s = 0; s < alignment.sentenceCount(); s++) {
      int from = alignment.sentenceStart(s);
      String[] part = new String[alignment.sentenceEnd(s) - from];
      TagScheme.IOB2.encode(alignment.chunks(s), part);
      System.arraycopy(part, 0, tags, from, part.length);
    }
    return List.of(tags);
  }

  /** {@return the entity scores, A as gold} */
  public EntityScorer entities() {
    return entities;
  }

  /** {@return the quotation scores, A as gold} */
  public QuotationScorer.Result quotes() {
    return quotes.result();
  }

  /** {@return Cohen's kappa over the tokens' IOB2 labels} */
  public double kappa() {
    return kappa.kappa();
  }

  /** {@return the number of tokens kappa was computed over} */
  public long tokens() {
    return kappa.tokens();
  }

  /**
   * Writes the figures as one JSON object, ratios rounded to four decimals, byte-stable:
   * {@code {"documents", "entities": {"a", "b", "both", "precision", "recall", "f1", "per_type":
   * {TYPE: {...}}}, "tokens": {"count", "kappa"}, "quotes": {"a", "b", "both", "precision",
   * "recall", "f1", "speech", "speaker_agreement"}}}: {@code speech} counts the speech
   * quotations of A that speaker agreement is computed over. Does not close the stream.
   *
   * @param out the stream to write to, flushed, not closed
   * @throws java.io.IOException when writing fails
   */
  public void writeJson(OutputStream out) throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeNumberField("documents", entities.documents());
      json.writeObjectFieldStart("entities");
      score(json, entities.overall());
      json.writeObjectFieldStart("per_type");
      for (Map.Entry<EntityType, Score> e : entities.byType().entrySet()) {
        json.writeObjectFieldStart(e.getKey().name());
        score(json, e.getValue());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeEndObject();
      json.writeObjectFieldStart("tokens");
      json.writeNumberField("count", tokens());
      ratio(json, "kappa", kappa());
      json.writeEndObject();
      QuotationScorer.Result q = quotes();
      json.writeObjectFieldStart("quotes");
      score(json, q.spans());
      json.writeNumberField("speech", q.speakerGold());
      ratio(json, "speaker_agreement", q.speakerAccuracy());
      json.writeEndObject();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void score(JsonGenerator json, Score s) throws IOException {
    json.writeNumberField("a", s.gold());
    json.writeNumberField("b", s.predicted());
    json.writeNumberField("both", s.correct());
    ratio(json, "precision", s.precision());
    ratio(json, "recall", s.recall());
    ratio(json, "f1", s.f1());
  }

  private static void ratio(JsonGenerator json, String name, double value) throws IOException {
    json.writeNumberField(name, BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN));
  }

  /**
   * {@return the figures as lines for a person: entities overall and per type, kappa, quotations}
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "documents: %d, A as reference\n", entities.documents()));
    sb.append(line("entities", entities.overall()));
    entities.byType().forEach((t, s) -> sb.append(line("  " + t.name(), s)));
    sb.append(String.format(Locale.ROOT, "tokens: %d, Cohen's kappa (IOB2 labels) %.4f\n",
        tokens(), kappa()));
    QuotationScorer.Result q = quotes();
    sb.append(String.format(Locale.ROOT, "quotes: %s; speaker agreement %.4f over %d\n",
        figures(q.spans()), q.speakerAccuracy(), q.speakerGold()));
    return sb.toString();
  }

  private static String line(String name, Score s) {
    return String.format(Locale.ROOT, "%-12s %s\n", name + ":", figures(s));
  }

  private static String figures(Score s) {
    return String.format(Locale.ROOT, "A %d, B %d, both %d; precision %.4f, recall %.4f, F1 %.4f",
        s.gold(), s.predicted(), s.correct(), s.precision(), s.recall(), s.f1());
  }

  /** Returns the quotation counts as a score: its precision, recall and F1 are the result's. */
}

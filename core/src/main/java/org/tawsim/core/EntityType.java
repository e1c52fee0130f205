/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The type of an {@link Entity}: an open set of names with the usual ones as constants.
 *
 * <p>A user adds a type with {@link #of(String)}; two types are equal when their names are. Names are
 * upper-case ASCII letters, digits, {@code _} and {@code -}, starting with a letter, so they fit as
 * they are into CoNLL tags such as {@code B-PER}.
 */
public final class EntityType implements Comparable<EntityType> {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_-]*");

  /** People. */
  public static final EntityType PER = new EntityType("PER");
  /** Locations: countries, cities, regions, natural places. */
  public static final EntityType LOC = new EntityType("LOC");
  /** Organisations. */
  public static final EntityType ORG = new EntityType("ORG");
  /** Nationalities, religious and political groups ({@code الإيراني}). */
  public static final EntityType NORP = new EntityType("NORP");
  /** Dates and periods. */
  public static final EntityType DATE = new EntityType("DATE");
  /** Times of day. */
  public static final EntityType TIME = new EntityType("TIME");
  /** Amounts of money. */
  public static final EntityType MONEY = new EntityType("MONEY");
  /** Percentages. */
  public static final EntityType PERCENT = new EntityType("PERCENT");
  /** Other names, as the MISC type of CoNLL and ANERcorp. */
  public static final EntityType MISC = new EntityType("MISC");

  private final String name;

  private EntityType(String name) {
    this.name = name;
  }

  /**
   * {@return the type with this name}
   *
   * @param name the type's name, such as {@code PER} or a user's {@code DISEASE}
   * @throws IllegalArgumentException when the name is not upper-case letters, digits, {@code _} or
   *     {@code -}, starting with a letter
   */
  public static EntityType of(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "invalid entity type '" + name + "': use upper-case letters, digits, '_' and '-'");
    }
    return new EntityType(name);
  }

  /** {@return the type's name, such as {@code "PER"}} */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(EntityType other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EntityType other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}

/*
 * Copyright 2026 The Tawsim Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.tawsim.annotate.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tawsim.core.Annotation;
import org.tawsim.core.Annotator;
import org.tawsim.core.Document;
import org.tawsim.core.Entity;
import org.tawsim.core.EntityType;
import org.tawsim.core.Span;
import org.tawsim.core.Token;
import org.tawsim.core.TokenList;
import org.tawsim.core.io.WordLists;

/**
 * The rule-based Arabic entity tagger: lists, patterns and rules over the tokens of a document.
 *
 * <p>Reads the {@link Token} layer (matching on each token's normal form, normalised again with
 * {@link org.tawsim.core.text.ArabicNormalizer#standard()}) and writes the {@link Entity} layer:
 * PER, LOC, ORG, NORP, DATE, TIME, MONEY, PERCENT and any type of a list the user adds. Every entity
 * records its {@link Entity#source() source}: {@code gazetteer:NAME}, {@code rule:NAME} or {@code
 * document:NAME}.
 *
 * <p>How it works, in order:
 *
 * <ol>
 *   <li>Lists (people, organisations, places from CLDR and the shipped gazetteers, nationality
 *       adjectives, user lists): the longest phrase at each token, the first word matched with or
 *       without its proclitics (وموسكو، بموسكو، للكرملين، والصين).
 *   <li>Rules: {@link NumericRules numbers}, {@link NameRules title + name and given names}, {@link
 *       NameWordRules runs of name words of open data}, {@link VerbSubjects a foreign name word
 *       after a verb}, {@link NamedAs a name after يدعى or المدعو}, {@link KinNames a
 *       name after a relative with a pronoun (زوجته ميلفا)}, {@link SubjectVerbNames a name-like word before its
 *       verb (أن كولانجيلو سينتقل)}, {@link QuotedAsSaying the person a report quotes (عن كينيون
 *       قوله)}, {@link AgeApposition a name before its
 *       age (أغاسي ( 36 عاما ))}, {@link
 *       HeadRules organisation heads and place triggers}, {@link LatinOrganisations names in Latin
 *       script with a head noun (Free University of Berlin)}, {@link GroupNames a group named
 *       after تنظيم (تنظيم داعش)}, {@link PlaceSpellings listed places
 *       written with one vowel letter more or less (كراكاس for كاراكاس)}.
 *   <li>Overlaps: the longer candidate wins; between equal lengths the higher priority (user lists
 *       50, numbers 35, title + name 40, given name 32, curated lists 30, WikiFANE's people and
 *       organisations 29, name words 27, places 25/22/20/10, Latin organisation names 25,
 *       organisation heads 20, one-word WikiFANE names 19, place triggers 15, place spellings 8,
 *       nationality adjectives 5); then the earlier.
 *   <li>After the overlaps: clubs named by a city and a nationality adjective or an unknown name
 *       before the city ({@link ClubRules}: بايرن ميونيخ) and teams of a match report ({@link
 *       MatchReports}: على ضيفه واتفورد; {@link TeamNames}: the teams of open data there, مدرب
 *       النصر).
 *   <li>{@link TypeAgreement}: the type a head noun gives a name holds at its other mentions in
 *       the document (شركة كوالكوم ... وقالت كوالكوم، نادي الزمالك ... وطلب الزمالك: ORG).
 *   <li>{@link DocumentConsistency}: other mentions, family names alone and near spellings of names
 *       found once.
 * </ol>
 *
 * <p>Spans are whole tokens, proclitics included, as ANERcorp marks them; {@link
 * Builder#stemOnly(boolean)} starts an entity after the proclitics of its first word instead. Offsets
 * are UTF-16 units of the original text.
 *
 * <pre>{@code
 * ArabicEntityTagger tagger = ArabicEntityTagger.builder()
 *     .norp(false)
 *     .addList(EntityType.of("PRODUCT"), "products", List.of("آيفون", "جالاكسي"))
 *     .build();
 * Document tagged = tagger.annotate(tokenized);
 * }</pre>
 *
 * <p>Immutable and thread-safe; the default lists are read once per class loader (under a second,
 * a few megabytes). Linear in the number of tokens: every rule looks at a bounded window.
 */
public final class ArabicEntityTagger implements Annotator {

  private static final int USER_PRIORITY = 50;

  private final Lexicon lexicon;
  private final PhraseTrie<Entry> userLists;
  private final boolean hasUserLists;
  private final boolean stemOnly;
  private final boolean norp;
  private final boolean consistency;
  private final boolean governmentBodies;

  private ArabicEntityTagger(Builder b) {
    this.lexicon = Lexicon.defaults();
    this.userLists = new PhraseTrie<>();
    for (UserList list : b.userLists) {
      Entry entry = new Entry(list.type(), "gazetteer:" + list.name(), USER_PRIORITY);
      for (List<String> words : list.phrases()) {
        userLists.put(words, entry, (x, y) -> y);
      }
    }
    this.hasUserLists = !b.userLists.isEmpty();
    this.stemOnly = b.stemOnly;
    this.norp = b.norp;
    this.consistency = b.consistency;
    this.governmentBodies = b.governmentBodies;
  }

  /** {@return the tagger with the default settings and lists} */
  public static ArabicEntityTagger create() {
    return builder().build();
  }

  /**
   * {@return a builder with the defaults: whole words, NORP on, document consistency on, government
   * bodies tagged}
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Document annotate(Document document) {
    Objects.requireNonNull(document, "document");
    return document.withLayer(Entity.class, entities(document.text(), document.tokens()));
  }

  /** Returns the entities of a text given its tokens, sorted by span. */
  List<Entity> entities(String text, TokenList tokens) {
    Words w = new Words(text, tokens, lexicon);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < w.size; i++) {
      if (hasUserLists) {
        PhraseMatch<Entry> user = PhraseMatch.longest(userLists, w, i);
        if (user != null) {
          candidates.add(candidate(i, user));
        }
      }
      PhraseMatch<Entry> m = PhraseMatch.longest(Lexicon.Trie.ENTITIES, w, i);
      if (m != null) {
        candidates.add(candidate(i, m));
        w.listType[i] = m.value().type();
      }
    }
    // a place that is also a common word (صور، مالي) needs a place context
    candidates.removeIf(c -> c.length() == 1 && w.has(c.start(), Lexicon.AMBIGUOUS_PLACE)
        && c.type().equals(EntityType.LOC) && c.priority() < USER_PRIORITY
        && !HeadRules.placeContext(w, c.start()));
    EventAndModelNames.drop(w, candidates, USER_PRIORITY);
    NumericRules.find(w, lexicon, candidates);
    NameRules.find(w, lexicon, candidates);
    NameWordRules.find(w, candidates);
    VerbSubjects.find(w, candidates);
    NamedAs.find(w, lexicon, candidates);
    KinNames.find(w, lexicon, candidates);
    RelativeClauseNames.find(w, candidates);
    SubjectVerbNames.find(w, candidates);
    QuotedAsSaying.find(w, candidates);
    OrganisationTails.find(w, candidates);
    AgeApposition.find(w, candidates);
    HeadRules.find(w, lexicon, candidates);
    ReportSources.find(w, candidates);
    SpelledAcronyms.find(w, candidates);
    LatinOrganisations.find(w, candidates);
    GroupNames.find(w, candidates);
    PlaceSpellings.find(w, candidates);
    ObjectsOfIn.drop(w, candidates, USER_PRIORITY);
    yieldToListedPlaces(w, candidates);
    if (!governmentBodies) {
      candidates.removeIf(c -> c.type().equals(EntityType.ORG)
          && governmentBody(w, c.start(), c.end()));
    }
    boolean[] covered = new boolean[w.size];
    List<Candidate> accepted = resolve(candidates, covered);
    accepted.addAll(PersonConjuncts.coordinated(w, accepted, covered));
    ClubRules.clubs(w, accepted, covered);
    ClubRules.unlistedClubs(w, accepted, covered);
    ClubRules.cityClubs(w, accepted, covered);
    MatchReports.teams(w, accepted, covered);
    MatchReports.opponents(w, accepted, covered);
    TeamNames.find(w, accepted, covered);
    QuotedNameRules.quotedPlaces(w, accepted);
    if (consistency) {
      TypeAgreement.agree(w, accepted);
      accepted.addAll(DocumentConsistency.find(w, lexicon, accepted, covered));
    }
    List<Entity> out = new ArrayList<>(accepted.size());
    for (Candidate c : accepted) {
      if (!norp && c.type().equals(EntityType.NORP)) {
        continue;
      }
      int begin = tokens.begin(c.start());
      if (stemOnly && c.cut() > 0) {
        begin = stemBegin(text, begin, tokens.end(c.start()), c.cut());
      }
      out.add(new Entity(new Span(begin, tokens.end(c.end() - 1)), c.type(), c.source()));
    }
    // what the collector would otherwise copy after this document (see Words.release)
    w.release();
    candidates.clear();
    accepted.clear();
    return out;
  }

  /**
   * Drops a person that a rule guessed from the words of a listed place of two words or more, over
   * exactly its span (أبو ظبي is no أبو + a name, سان فرنسيسكو no two name words); a title before
   * the words (rule:title+name) or a list of people still makes them a person.
   */
  private static void yieldToListedPlaces(Words w, List<Candidate> candidates) {
    int[] placeEnd = null;
    for (Candidate c : candidates) {
      if (c.length() > 1 && c.type().equals(EntityType.LOC) && c.source().startsWith("gazetteer:")) {
        if (placeEnd == null) {
          placeEnd = new int[w.size];
        }
        placeEnd[c.start()] = Math.max(placeEnd[c.start()], c.end());
      }
    }
    if (placeEnd != null) {
      int[] ends = placeEnd;
      candidates.removeIf(c -> ends[c.start()] == c.end() && c.type().equals(EntityType.PER)
          && !c.source().startsWith("gazetteer:") && !c.source().equals("rule:title+name"));
    }
  }

  private static Candidate candidate(int i, PhraseMatch<Entry> m) {
    Entry e = m.value();
    return new Candidate(i, m.end(), e.type(), e.source(), e.priority(), m.cut());
  }

  /**
   * Longer first, then higher priority, then earlier; each accepted when it overlaps none before.
   * Before that, an organisation pattern that only extends a listed organisation at the same start
   * (حزب الله اللبناني over حزب الله, مجلس الأمن المؤلف over مجلس الأمن) gives way to the list.
   */
  /**
   * True when tokens [start, end) are a government body of {@code government-bodies.txt}, or one
   * with a nationality adjective after it (مجلس النواب الأمريكي، مجلس الوزراء الإسرائيلي): the list
   * names the kinds of body, the adjective the state.
   */
  private boolean governmentBody(Words w, int start, int end) {
    return lexicon.governmentBody(w, start, end) || end - start >= 3
        && w.hasOwn(end - 1, Lexicon.NORP) && lexicon.governmentBody(w, start, end - 1);
  }

  /**
   * Longer first, then higher priority, then earlier: one method, where a chain of comparators
   * made three calls through lambdas per comparison (1.6% of the tagger's CPU samples).
   */
  private static final Comparator<Candidate> LONGER_FIRST = (a, b) -> {
    int c = Integer.compare(b.length(), a.length());
    if (c == 0) {
      c = Integer.compare(b.priority(), a.priority());
    }
    return c != 0 ? c : Integer.compare(a.start(), b.start());
  };

  private static List<Candidate> resolve(List<Candidate> candidates, boolean[] covered) {
    java.util.Map<Integer, Candidate> listedOrg = new java.util.HashMap<>();
    for (Candidate c : candidates) {
      if (c.type().equals(EntityType.ORG) && c.source().startsWith("gazetteer:")) {
        listedOrg.merge(c.start(), c, (a, b) -> a.end() >= b.end() ? a : b);
      }
    }
    if (!listedOrg.isEmpty()) {
      candidates.removeIf(c -> c.source().equals("rule:org-head")
          && listedOrg.containsKey(c.start()) && listedOrg.get(c.start()).end() < c.end());
    }
    candidates.sort(LONGER_FIRST);
    List<Candidate> accepted = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean free = true;
      for (int i = c.start(); i < c.end() && free; i++) {
        free = !covered[i];
      }
      if (free) {
        for (int i = c.start(); i < c.end(); i++) {
          covered[i] = true;
        }
        accepted.add(c);
      }
    }
    return accepted;
  }

  /**
   * Returns the offset in the original text where the stem starts: after the first {@code cut}
   * characters of the token's normal form (characters that normalisation deletes, such as
   * diacritics on the clitic, go with the clitic).
   */
  private static int stemBegin(String text, int tokenBegin, int tokenEnd, int cut) {
    int seen = 0;
    for (int i = tokenBegin; i < tokenEnd; i++) {
      if (seen == cut
          && !Lexicon.NORMALIZER.normalizeToString(text, i, i + 1).isEmpty()) {
        return i;
      }
      seen += Lexicon.NORMALIZER.normalizeToString(text, i, i + 1).length();
    }
    return tokenBegin;
  }

  @Override
  public Set<Class<? extends Annotation>> requires() {
    return Set.of(Token.class);
  }

  @Override
  public Set<Class<? extends Annotation>> produces() {
    return Set.of(Entity.class);
  }

  /** Settings and user lists of an {@link ArabicEntityTagger}; not thread-safe. */
  public static final class Builder {
    private final List<UserList> userLists = new ArrayList<>();
    private boolean stemOnly;
    private boolean norp = true;
    private boolean consistency = true;
    private boolean governmentBodies = true;

    private Builder() {}

    /**
     * Tags a state's own government bodies as ORG: ministries (وزارة الخارجية الروسية), the cabinet
     * and chambers of parliament (مجلس الوزراء، مجلس النواب), with or without a nationality adjective
     * (مجلس الشيوخ الأمريكي). Default: on. Off follows ANERcorp's conventions, which leave them untagged (and tag
     * international bodies such as مجلس الأمن).
     *
     * @param on whether to tag them
     * @return this builder
     */
    public Builder governmentBodies(boolean on) {
      this.governmentBodies = on;
      return this;
    }

    /**
     * Starts entities after the proclitics of their first word (موسكو in بموسكو) instead of at the
     * word's start. Default: off, whole words as ANERcorp marks them.
     *
     * @param stemOnly whether entities start after the proclitics
     * @return this builder
     */
    public Builder stemOnly(boolean stemOnly) {
      this.stemOnly = stemOnly;
      return this;
    }

    /**
     * Tags nationality and group adjectives (الإيراني) as NORP. Default: on.
     *
     * @param norp whether to tag them
     * @return this builder
     */
    public Builder norp(boolean norp) {
      this.norp = norp;
      return this;
    }

    /**
     * Tags other mentions of names found once in the document. Default: on.
     *
     * @param on whether to tag them
     * @return this builder
     */
    public Builder documentConsistency(boolean on) {
      this.consistency = on;
      return this;
    }

    /**
     * Adds a list: each phrase is tagged {@code type} wherever it occurs, before the default lists
     * (a user entry wins over an overlapping default match of the same length). Phrases are
     * normalised as the tokens are; proclitics on the first word are allowed.
     *
     * @param name the list's name; entities record {@code gazetteer:NAME} as their source
     * @param type the type of the list's entities
     * @param phrases the list's phrases
     * @return this builder
     * @throws IllegalArgumentException when the name is empty
     */
    public Builder addList(EntityType type, String name, Collection<String> phrases) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(phrases, "phrases");
      if (name.isBlank()) {
        throw new IllegalArgumentException("list name is empty");
      }
      List<List<String>> normalised = new ArrayList<>();
      for (String phrase : phrases) {
        List<String> words = Lexicon.words(Objects.requireNonNull(phrase, "phrase"));
        if (!words.isEmpty()) {
          normalised.add(List.copyOf(words));
        }
      }
      userLists.add(new UserList(type, name, List.copyOf(normalised)));
      return this;
    }

    /**
     * Adds a list from a UTF-8 file: one phrase a line, {@code #} comments and blank lines skipped.
     * The list is named after the file (without extension).
     *
     * @param type the type of the list's entities
     * @param file the list file
     * @return this builder
     * @throws IOException when the file cannot be read, with its path in the message: a {@link
     *     java.nio.file.FileSystemException} as the file system gave it, a content error (bad
     *     UTF-8) as {@code cannot read gazetteer FILE: ...}
     */
    public Builder addList(EntityType type, Path file) throws IOException {
      ListFile list = ListFile.read(file);
      return addList(type, list.name(), list.phrases());
    }

    /** {@return the tagger; the builder may go on to build others} */
    public ArabicEntityTagger build() {
      return new ArabicEntityTagger(this);
    }
  }

  /**
   * A list file as {@link Builder#addList(EntityType, Path)} reads it: its name (the file's name
   * without its extension, the entities' source) and its phrases.
   *
   * @param name the list's name
   * @param phrases the phrases, one a line of the file, comments and blank lines left out
   * @serial exclude
   */
  // Excluded from the serialised-form page, as HashSplitter: the components are documented above.
  public record ListFile(String name, List<String> phrases) implements java.io.Serializable {

    /**
     * Reads a list: UTF-8, one phrase a line, {@code #} comments.
     *
     * @param file the list
     * @return the list, named after the file
     * @throws IOException when the file cannot be read, with its path in the message: a {@link
     *     java.nio.file.FileSystemException} as the file system gave it, a content error (bad
     *     UTF-8) as {@code cannot read gazetteer FILE: ...}
     */
    public static ListFile read(Path file) throws IOException {
      Objects.requireNonNull(file, "file");
      List<String> phrases;
      try {
        phrases = WordLists.read(file);
      } catch (java.nio.file.FileSystemException e) {
        throw e; // names the file, and its type says why (no such file, permission denied)
      } catch (IOException e) {
        throw new IOException("cannot read gazetteer " + file + ": " + e.getMessage(), e);
      }
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      return new ListFile(dot > 0 ? name.substring(0, dot) : name, List.copyOf(phrases));
    }
  }

  /** A list added through the builder, its phrases already normalised. */
  private record UserList(EntityType type, String name, List<List<String>> phrases) {}
}

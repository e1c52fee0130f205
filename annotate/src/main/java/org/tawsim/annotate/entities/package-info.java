/**
 * The rule-based Arabic entity tagger. Most users need only {@link
 * org.tawsim.annotate.entities.ArabicEntityTagger} ({@code ArabicEntityTagger.create()}, or its
 * builder to add lists and types); it is in {@link org.tawsim.annotate.Annotators#defaultPipeline()}.
 *
 * <p>The lists it matches are data under {@code src/main/resources/org/tawsim/annotate/entities/},
 * each with its source on its first lines; the CLDR and gazetteer lists are generated (see {@code
 * EntityListGenerator} in the tests) and their licences are in the repository's NOTICE.
 */
package org.tawsim.annotate.entities;

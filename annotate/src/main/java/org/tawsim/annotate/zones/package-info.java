/**
 * Page zones: {@link org.tawsim.annotate.zones.ZoneTagger} marks the headline, dateline, body,
 * subheadings, lists and the furniture of a scraped news page (source line, keywords, related
 * articles); {@link org.tawsim.annotate.zones.ZoneCues} holds the cue words it goes by.
 */
package org.tawsim.annotate.zones;

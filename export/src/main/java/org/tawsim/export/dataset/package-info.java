/**
 * From inputs to corpora: {@link org.tawsim.export.dataset.InputReader} reads what a user names
 * (text files, JSONL, folders, standard input) without losing a document silently.
 */
package org.tawsim.export.dataset;

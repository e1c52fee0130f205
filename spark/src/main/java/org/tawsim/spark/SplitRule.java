package org.tawsim.spark;

import java.io.Serializable;
import java.util.List;

/**
 * Which split a document goes to, from its id alone, so that every executor decides the same way
 * without seeing the others' documents.
 */
interface SplitRule extends Serializable {

  /** Returns the label of the split of the document with this id, one of {@link #labels()}. */
  String splitOf(String id);

  /** Returns every split label, in the order the report lists them. */
  List<String> labels();

  /** Returns the rule that puts every document in one split, {@code all}. */
  static SplitRule none() {
    return new SplitRule() {
      private static final long serialVersionUID = 1L;

      @Override
      public String splitOf(String id) {
        return "all";
      }

      @Override
      public List<String> labels() {
        return List.of("all");
      }
    };
  }
}

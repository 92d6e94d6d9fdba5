package dev.newsframes.trends;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The validation rules of one frame; each problem is prefixed with where it is. */
final class FrameChecks {
  private FrameChecks() {}

  static List<String> problems(Frame f, String where) {
    List<String> out = new ArrayList<>();
    if (!f.id().isEmpty() && !FrameLexicon.isId(f.id())) {
      out.add(where + ": id must be snake_case ([a-z][a-z0-9_]*)");
    }
    if (!f.group().isEmpty() && !FrameLexicon.isId(f.group())) {
      out.add(where + ": group '" + f.group() + "' must be snake_case, e.g. ai_policy");
    }
    if (!(f.weight() > 0) || Double.isInfinite(f.weight())) {
      out.add(where + ": weight must be a positive number, got " + f.weight());
    }
    if (f.lemmas().isEmpty() && f.phrases().isEmpty() && !f.usesEntities()) {
      out.add(where + ": no terms; give at least one of lemmas, phrases, entities, ner_types");
    }
    Set<String> seen = new HashSet<>();
    for (String lemma : f.lemmas()) {
      if (lemma.isBlank()) {
        out.add(where + ": empty lemma");
      } else if (lemma.contains(" ")) {
        out.add(where + ": lemma '" + lemma + "' has several words; list it under phrases");
      } else if (!seen.add(Terms.canonical(lemma))) {
        out.add(where + ": term '" + lemma + "' is listed twice");
      }
    }
    for (String phrase : f.phrases()) {
      if (Terms.words(phrase).size() < 2) {
        out.add(where + ": phrase '" + phrase + "' is a single word; list it under lemmas");
      } else if (!seen.add(Terms.canonical(phrase))) {
        out.add(where + ": term '" + phrase + "' is listed twice");
      }
    }
    for (String entity : f.entities()) {
      if (entity.isBlank()) {
        out.add(where + ": empty entity name");
      }
    }
    for (String type : f.nerTypes()) {
      if (!FrameLexicon.isNerType(type)) {
        out.add(where + ": NER type '" + type + "' must look like PERSON or CRIMINAL_CHARGE");
      }
    }
    for (String exclusion : f.exclusions()) {
      if (Terms.words(exclusion).isEmpty()) {
        out.add(where + ": empty exclusion");
      } else if (!cancelsSomething(f, Terms.words(exclusion))) {
        out.add(
            where
                + ": exclusion '"
                + exclusion
                + "' contains none of the frame's lemmas or phrases, so it would never cancel a hit");
      }
    }
    return out;
  }

  private static boolean cancelsSomething(Frame f, List<String> exclusion) {
    for (String term : concat(f.lemmas(), f.phrases())) {
      if (Collections.indexOfSubList(exclusion, Terms.words(term)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
